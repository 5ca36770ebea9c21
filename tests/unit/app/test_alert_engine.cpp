// Alert rules with a test clock: budget thresholds once each, surges once per episode, quiet hours, pauses.
#include "app/alerts/AlertEngine.h"

#include <QTest>

using namespace tokenwise;

namespace {

UsageSnapshot snapshotAt(const QDateTime &nowUtc, MicroUsd today, MicroUsd week, bool surging = false)
{
    UsageSnapshot s;
    s.takenAtUtc = nowUtc;
    s.zone = QTimeZone("Europe/Berlin");
    PeriodRow day;
    day.start = nowUtc.toTimeZone(s.zone).date();
    day.totals.cost = today;
    day.costBySource.insert(QStringLiteral("codex"), today);
    s.days << day;
    s.today = today;
    s.weekToDate = week;
    s.monthToDate = week;
    s.surge.surging = surging;
    s.surge.lastHour = 40 * kMicrosPerDollar;
    s.surge.hourlyP95 = 2 * kMicrosPerDollar;
    s.surgeTaskKey = QStringLiteral("claude-code\nrunaway");
    s.surgeTaskLabel = QStringLiteral("Retry loop");
    return s;
}

QStringList titles(const QList<Alert> &alerts)
{
    QStringList list;
    for (const Alert &a : alerts)
        list << a.title;
    return list;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT
private slots:
    void budgetThresholdsFireOnceEach()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
        AlertEngine engine(clock);
        AlertSettings settings;
        settings.overall.daily = 20 * kMicrosPerDollar;
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 9'990'000, 0), settings).size(), 0);
        QCOMPARE(titles(engine.evaluate(snapshotAt(clock.nowUtc(), 10 * kMicrosPerDollar, 0), settings)),
                 QStringList {QStringLiteral("50 % of your Overall daily budget")});
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 11 * kMicrosPerDollar, 0), settings).size(), 0);
        const QList<Alert> eighty
            = engine.evaluate(snapshotAt(clock.nowUtc(), 16 * kMicrosPerDollar, 0), settings);
        QCOMPARE(titles(eighty), QStringList {QStringLiteral("80 % of your Overall daily budget")});
        QCOMPARE(eighty.constFirst().message, QStringLiteral("$16.00 of $20.00 spent."));
        const QList<Alert> full
            = engine.evaluate(snapshotAt(clock.nowUtc(), 25 * kMicrosPerDollar, 0), settings);
        QCOMPARE(titles(full), QStringList {QStringLiteral("Overall daily budget reached")});
        QVERIFY(full.constFirst().urgent);
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 30 * kMicrosPerDollar, 0), settings).size(), 0);
        // A new day starts over.
        clock.advanceSecs(24 * 3600);
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 11 * kMicrosPerDollar, 0), settings).size(), 1);
    }

    void jumpingPastSeveralThresholdsAnnouncesOnlyTheHighest()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
        AlertEngine engine(clock);
        AlertSettings settings;
        settings.overall.weekly = 100 * kMicrosPerDollar;
        QCOMPARE(titles(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 85 * kMicrosPerDollar), settings)),
                 QStringList {QStringLiteral("80 % of your Overall weekly budget")});
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 86 * kMicrosPerDollar), settings).size(), 0);
    }

    void providerBudget()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
        AlertEngine engine(clock);
        AlertSettings settings;
        settings.bySource.insert(QStringLiteral("codex"), Budget {4 * kMicrosPerDollar, 0, 0});
        QCOMPARE(titles(engine.evaluate(snapshotAt(clock.nowUtc(), 5 * kMicrosPerDollar, 0), settings)),
                 QStringList {QStringLiteral("Codex daily budget reached")});
    }

    // What was announced, kept through a restart, is not announced again; a fresh engine would.
    void announcementsSurviveARestart()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
        AlertSettings settings;
        settings.overall.daily = 20 * kMicrosPerDollar;
        QStringList kept;
        {
            AlertEngine first(clock);
            QCOMPARE(
                first.evaluate(snapshotAt(clock.nowUtc(), 25 * kMicrosPerDollar, 0, true), settings).size(),
                2);
            kept = first.firedIds();
        }
        QVERIFY(kept.contains(QStringLiteral("surge:open")));
        QVERIFY(kept.contains(QStringLiteral("budget:all:day:2026-11-18:100")));
        AlertEngine restarted(clock);
        restarted.restoreFired(kept);
        QCOMPARE(
            restarted.evaluate(snapshotAt(clock.nowUtc(), 26 * kMicrosPerDollar, 0, true), settings).size(),
            0);
        AlertEngine fresh(clock);
        QCOMPARE(fresh.evaluate(snapshotAt(clock.nowUtc(), 26 * kMicrosPerDollar, 0, true), settings).size(),
                 2);
        restarted.pauseUntil(clock.nowUtc().addSecs(600));
        QVERIFY(restarted.isPaused());
        clock.advanceSecs(601);
        QVERIFY(!restarted.isPaused());
    }

    void surgeOncePerEpisodeNamingTheTask()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(2, 0), Qt::UTC));
        AlertEngine engine(clock);
        const QList<Alert> first = engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, true), {});
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.constFirst().title, QStringLiteral("Spending fast — runaway agent?"));
        QCOMPARE(first.constFirst().message,
                 QStringLiteral(
                     "$40.00 in the last hour, above your usual $2.00 per hour. Most of it: Retry loop."));
        QCOMPARE(first.constFirst().taskKey, QStringLiteral("claude-code\nrunaway"));
        clock.advanceSecs(900);
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, true), {}).size(), 0); // same episode
        clock.advanceSecs(900);
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, false), {}).size(), 0); // it ended
        clock.advanceSecs(900);
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, true), {}).size(), 1); // a new one
    }

    void quietHoursHoldAlertsUntilTheyEnd()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(22, 30), Qt::UTC)); // 23:30 in Berlin
        AlertEngine engine(clock);
        AlertSettings settings;
        settings.quietHours = true;
        settings.quietFrom = 22;
        settings.quietUntil = 7;
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, true), settings).size(), 0);
        clock.set(QDateTime(QDate(2026, 11, 19), QTime(6, 0), Qt::UTC)); // 07:00 in Berlin
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, true), settings).size(), 1);
    }

    void pauseForAnHourAndUntilTomorrow()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
        AlertEngine engine(clock);
        engine.pauseFor(60);
        QVERIFY(engine.isPaused());
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, true), {}).size(), 0);
        clock.advanceSecs(3601);
        QVERIFY(!engine.isPaused());
        QCOMPARE(engine.evaluate(snapshotAt(clock.nowUtc(), 0, 0, true), {}).size(), 1);
        engine.pauseUntilTomorrow(QTimeZone("Europe/Berlin"));
        QCOMPARE(engine.pausedUntil(),
                 QDateTime(QDate(2026, 11, 18), QTime(23, 0), Qt::UTC)); // Berlin midnight
        engine.resume();
        QVERIFY(!engine.isPaused());
    }

    void demoDataNeverAlerts()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
        AlertEngine engine(clock);
        UsageSnapshot s = snapshotAt(clock.nowUtc(), 0, 0, true);
        s.demo = true;
        QCOMPARE(engine.evaluate(s, {}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "test_alert_engine.moc"
