// Time source: the system clock in the app, a settable clock in tests.
#pragma once

#include <QDateTime>

namespace tokenwise {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    static const SystemClock &instance();
};

class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime nowUtc);
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc);
    void advanceSecs(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace tokenwise
