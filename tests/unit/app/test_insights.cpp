// Typical day, percentiles, the surge rule and the tray level, each with exact figures.
#include "core/Insights.h"

#include <QTest>

using namespace tokenwise;

class TestInsights : public QObject
{
    Q_OBJECT
private slots:
    void medianOfActiveDays_data()
    {
        QTest::addColumn<QList<MicroUsd>>("values");
        QTest::addColumn<int>("window");
        QTest::addColumn<MicroUsd>("median");
        QTest::newRow("idle days do not count")
            << QList<MicroUsd> {0, 10, 0, 30, 20, 0} << 30 << MicroUsd(20);
        QTest::newRow("even count averages the middle two")
            << QList<MicroUsd> {10, 20, 30, 40} << 30 << MicroUsd(25);
        QTest::newRow("only the last N active days")
            << QList<MicroUsd> {1000, 1000, 1, 2, 3} << 3 << MicroUsd(2);
        QTest::newRow("nothing active") << QList<MicroUsd> {0, 0} << 30 << MicroUsd(0);
    }
    void medianOfActiveDays()
    {
        QFETCH(QList<MicroUsd>, values);
        QFETCH(int, window);
        QFETCH(MicroUsd, median);
        QCOMPARE(medianOfActive(values, window), median);
    }

    void nearestRankPercentile()
    {
        QList<MicroUsd> hours(100, 0);
        for (int i = 0; i < 100; ++i)
            hours[i] = (i + 1) * 1000; // 1000 … 100000
        QCOMPARE(percentile(hours, 95), MicroUsd(95'000));
        QCOMPARE(percentile(hours, 100), MicroUsd(100'000));
        QCOMPARE(percentile({}, 95), MicroUsd(0));
    }

    void surge_data()
    {
        QTest::addColumn<MicroUsd>("lastHour");
        QTest::addColumn<bool>("surging");
        QTest::addColumn<MicroUsd>("threshold");
        // Baseline: 720 hours with p95 = $2 → 4 × $2 = $8 is above the $5 floor.
        QTest::newRow("quiet hour") << MicroUsd(1'000'000) << false << MicroUsd(8'000'000);
        QTest::newRow("exactly at the threshold is not a surge")
            << MicroUsd(8'000'000) << false << MicroUsd(8'000'000);
        QTest::newRow("runaway agent") << MicroUsd(8'000'001) << true << MicroUsd(8'000'000);
    }
    void surge()
    {
        QFETCH(MicroUsd, lastHour);
        QFETCH(bool, surging);
        QFETCH(MicroUsd, threshold);
        QList<MicroUsd> hourly(720, 0);
        for (int i = 0; i < 720; i += 10)
            hourly[i] = 2'000'000; // 72 active hours of $2 = 10 % of hours, so the p95 is $2
        const SurgeCheck check = checkSurge(hourly, lastHour, {});
        QCOMPARE(check.hourlyP95, MicroUsd(2'000'000));
        QCOMPARE(check.threshold, threshold);
        QCOMPARE(check.surging, surging);
    }
    void surgeFloorGuardsAQuietBaseline()
    {
        const SurgeCheck check = checkSurge(QList<MicroUsd>(720, 10'000), 4'900'000, {});
        QCOMPARE(check.threshold, MicroUsd(5'000'000)); // 4 × 1 cent is far below the $5 floor
        QVERIFY(!check.surging);
    }

    void level_data()
    {
        QTest::addColumn<MicroUsd>("today");
        QTest::addColumn<MicroUsd>("typical");
        QTest::addColumn<MicroUsd>("budget"); // 0: none
        QTest::addColumn<SpendLevel>("level");
        QTest::newRow("nothing yet") << MicroUsd(0) << MicroUsd(10) << MicroUsd(0) << SpendLevel::Quiet;
        QTest::newRow("a typical day") << MicroUsd(10) << MicroUsd(10) << MicroUsd(0) << SpendLevel::Normal;
        QTest::newRow("above typical") << MicroUsd(11) << MicroUsd(10) << MicroUsd(0) << SpendLevel::Elevated;
        QTest::newRow("twice typical") << MicroUsd(21) << MicroUsd(10) << MicroUsd(0) << SpendLevel::High;
        QTest::newRow("80 % of the budget")
            << MicroUsd(8) << MicroUsd(100) << MicroUsd(10) << SpendLevel::Elevated;
        QTest::newRow("budget spent")
            << MicroUsd(10) << MicroUsd(100) << MicroUsd(10) << SpendLevel::OverBudget;
        QTest::newRow("no history yet") << MicroUsd(5) << MicroUsd(0) << MicroUsd(0) << SpendLevel::Normal;
    }
    void level()
    {
        QFETCH(MicroUsd, today);
        QFETCH(MicroUsd, typical);
        QFETCH(MicroUsd, budget);
        QFETCH(SpendLevel, level);
        QCOMPARE(spendLevel(today, typical, budget ? std::optional<MicroUsd>(budget) : std::nullopt), level);
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "test_insights.moc"
