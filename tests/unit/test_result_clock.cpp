// Result<T> carries a value or an error; TestClock moves only when told.
#include "core/Clock.h"
#include "core/Result.h"

#include <QTest>
#include <QTimeZone>

using namespace tokenwise;

namespace {
Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return Result<int>::failure(QStringLiteral("not a positive number: %1").arg(text));
    return value;
}
} // namespace

class TestResultClock : public QObject
{
    Q_OBJECT
private slots:
    void resultHoldsValue()
    {
        const auto r = parsePositive(QStringLiteral("42"));
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 42);
        QVERIFY(r.error().isEmpty());
    }
    void resultHoldsError()
    {
        const auto r = parsePositive(QStringLiteral("-3"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("not a positive number: -3"));
    }
    void statusSuccess() { QVERIFY(success().ok()); }

    void testClockIsUtcAndAdvances()
    {
        TestClock clock(QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone("Europe/Berlin")));
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        QCOMPARE(clock.nowUtc(), QDateTime(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC));
        clock.advanceSecs(90 * 60);
        QCOMPARE(clock.nowUtc(), QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
    }
    void systemClockIsUtc() { QCOMPARE(SystemClock::instance().nowUtc().timeSpec(), Qt::UTC); }
};

QTEST_GUILESS_MAIN(TestResultClock)
#include "test_result_clock.moc"
