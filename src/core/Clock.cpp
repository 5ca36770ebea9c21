// Time source implementations.
#include "core/Clock.h"

#include <QTimeZone>

namespace tokenwise {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

TestClock::TestClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) { }

void TestClock::set(const QDateTime &nowUtc)
{
    m_now = nowUtc.toUTC();
}

void TestClock::advanceSecs(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace tokenwise
