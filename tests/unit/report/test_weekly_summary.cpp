// The weekly summary model on the fixture ledger: exact totals, days, comparisons, tasks and estimates.
#include "SummaryFixture.h"
#include "report/PriceEstimates.h"
#include "report/SummaryBuilder.h"

#include <QTest>

using namespace tokenwise;
using namespace tokenwise::report;

class TestWeeklySummary : public QObject
{
    Q_OBJECT

    PriceBook m_prices = test::fixturePrices();

    WeeklySummary build(const std::function<void(SummaryRequest &)> &adjust = {})
    {
        MemoryLedger ledger;
        test::fillLedger(ledger);
        SummaryRequest request = test::fixtureRequest(m_prices);
        if (adjust)
            adjust(request);
        return buildWeeklySummary(ledger, request);
    }

private slots:
    void totalsAndDays()
    {
        const WeeklySummary s = build();
        QCOMPARE(s.totals.cost, MicroUsd(8'750'000));
        QCOMPARE(s.totals.bases, QStringList {QStringLiteral("priced")});
        QVERIFY(s.totals.unpriced);
        QVERIFY(!s.demo);
        QList<MicroUsd> days;
        qint64 hours = 0;
        for (const DaySpend &d : s.days) {
            days << d.cost;
            hours += d.hours();
        }
        // Monday holds the unpriced call at 00:10 local; Sunday both sides of the clock change.
        QCOMPARE(days, (QList<MicroUsd> {4'000'000, 2'500'000, 1'250'000, 0, 0, 0, 1'000'000}));
        QCOMPARE(hours, qint64(167));
        QCOMPARE(s.days[0].bySource.size(), 1);
        QVERIFY(s.days[0].bySource[0].unpriced);
        QCOMPARE(s.days[0].bySource[0].tokens.input, qint64(6000));
        QCOMPARE(s.days[2].bySource[0].source, QStringLiteral("codex"));
    }

    void providersAndModels()
    {
        const WeeklySummary s = build();
        QCOMPARE(s.bySource.size(), 2);
        QCOMPARE(s.bySource[0].source, QStringLiteral("claude-code"));
        QCOMPARE(s.bySource[0].cost, MicroUsd(7'500'000));
        QCOMPARE(s.bySource[1].source, QStringLiteral("codex"));
        QCOMPARE(s.bySource[1].cost, MicroUsd(1'250'000));
        QStringList names;
        QList<MicroUsd> costs;
        for (const ModelBreakdown &m : s.byModel) {
            names << m.modelName;
            costs << m.cost;
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("claude-opus-4-6"), QStringLiteral("gpt-5-codex"),
                               QStringLiteral("claude-sonnet-4-5-20250929"), QStringLiteral("kimi-k2")}));
        QCOMPARE(costs, (QList<MicroUsd> {6'500'000, 1'250'000, 1'000'000, 0}));
        QVERIFY(s.byModel[3].unpriced);
        QCOMPARE(s.unpriced.size(), 1);
        QCOMPARE(s.unpriced[0].model, QStringLiteral("kimi-k2"));
        QCOMPARE(s.unpriced[0].tokens.total(), qint64(6000));
    }

    void comparisons()
    {
        const WeeklySummary s = build();
        const Comparison &c = s.comparison;
        QCOMPARE(c.previousWeeks.size(), 8);
        QCOMPARE(c.previousWeeks.constFirst().week, IsoWeek(2026, 5));
        QCOMPARE(c.previousWeeks.constLast().week, IsoWeek(2026, 12));
        QList<bool> counted;
        QList<MicroUsd> costs;
        for (const WeekSpend &w : c.previousWeeks) {
            counted << w.counted;
            costs << w.cost;
        }
        // W05 and W06 come before the first usage (W07): unknown, not zero. W09 had none: a real zero.
        QCOMPARE(counted, (QList<bool> {false, false, true, true, true, true, true, true}));
        QCOMPARE(costs, (QList<MicroUsd> {0, 0, 2'000'000, 5'000'000, 0, 10'000'000, 3'000'000, 6'500'000}));
        QCOMPARE(c.previousWeek, std::optional<MicroUsd>(6'500'000));
        QCOMPARE(c.medianWeeks, 6);
        QCOMPARE(c.median, std::optional<MicroUsd>(4'000'000));
        QCOMPARE(*s.changeVsMedian(), 1.1875);
        QCOMPARE(*s.changeVsPreviousWeek(), 2.25 / 6.5);
    }

    void usageBeforeTheWindowCountsEveryWeek()
    {
        MemoryLedger ledger;
        test::fillLedger(ledger);
        UsageEvent old;
        old.source = QStringLiteral("claude-code");
        old.eventKey = "old";
        old.timestampMs = test::utcMs("2025-11-03T12:00:00Z");
        old.model = QStringLiteral("claude-opus-4-6");
        old.tokens.output = 1;
        old.cost = 1;
        QVERIFY(ledger.commit({{old}, {}, {}}).ok());
        const WeeklySummary s = buildWeeklySummary(ledger, test::fixtureRequest(m_prices));
        QCOMPARE(s.comparison.medianWeeks, 8);
        // 0, 0, 0, 2, 3, 5, 6.5, 10
        QCOMPARE(s.comparison.median, std::optional<MicroUsd>(2'500'000));
    }

    void emptyLedgerHasNoHistory()
    {
        MemoryLedger ledger;
        const WeeklySummary s = buildWeeklySummary(ledger, test::fixtureRequest(m_prices));
        QCOMPARE(s.totals.cost, MicroUsd(0));
        QVERIFY(!s.comparison.previousWeek);
        QVERIFY(!s.comparison.median);
        QCOMPARE(s.comparison.medianWeeks, 0);
        QVERIFY(!s.changeVsPreviousWeek());
        QVERIFY(s.topTasks.isEmpty());
        QVERIFY(!s.cache.share());
    }

    void topTasks()
    {
        const WeeklySummary s = build();
        QCOMPARE(s.taskCount, 4);
        QCOMPARE(s.topTasks.size(), 4);
        const TaskSummary &a = s.topTasks[0];
        QCOMPARE(a.title, QStringLiteral("Refund retries | idempotency"));
        QCOMPARE(a.project, QStringLiteral("payments"));
        QCOMPARE(a.branch, QStringLiteral("feature/PAY-1423-refunds"));
        QCOMPARE(a.ticket, QStringLiteral("PAY-1423"));
        QCOMPARE(a.cost, MicroUsd(6'500'000));
        QCOMPARE(a.tokens.total(), qint64(781'500));
        QCOMPARE(*a.cacheReadShare(), 700'000.0 / 751'500.0);
        QVERIFY(!a.commits);
        QVERIFY(!a.costPerCommit());
        QCOMPARE(s.topTasks[1].sessionId, QStringLiteral("c-ledger"));
        QCOMPARE(s.topTasks[1].ticket, QString());
        // Only this week's part of a task that also ran before and after it.
        QCOMPARE(s.topTasks[2].sessionId, QStringLiteral("s-docs"));
        QCOMPARE(s.topTasks[2].cost, MicroUsd(1'000'000));
        QCOMPARE(s.topTasks[3].sessionId, QStringLiteral("s-kimi"));
        QVERIFY(s.topTasks[3].unpriced);
        QCOMPARE(s.otherTasksCost, MicroUsd(0));

        const WeeklySummary two = build([](SummaryRequest &r) { r.topTaskCount = 2; });
        QCOMPARE(two.topTasks.size(), 2);
        QCOMPARE(two.taskCount, 4);
        QCOMPARE(two.otherTasksCost, MicroUsd(1'000'000));
    }

    void costPerCommitWhenKnown()
    {
        TaskSummary task;
        task.cost = 9'000'000;
        task.commits = 4;
        QCOMPARE(task.costPerCommit(), std::optional<MicroUsd>(2'250'000));
        task.commits = 0;
        QVERIFY(!task.costPerCommit());
    }

    void cacheEfficiency()
    {
        const CacheEfficiency c = build().cache;
        QCOMPARE(c.promptTokens, qint64(1'216'800));
        QCOMPARE(c.cacheReadTokens, qint64(1'050'000));
        QCOMPARE(c.pricedCacheReadTokens, qint64(1'050'000));
        // opus 700k × $0.50/M, gpt-5 200k × $0.125/M, sonnet 150k × $0.30/M; at input: ×10 each.
        QCOMPARE(c.cacheReadCost, MicroUsd(420'000));
        QCOMPARE(c.atInputPrice, MicroUsd(4'200'000));
        QCOMPARE(c.saved(), MicroUsd(3'780'000));
    }

    void modelFitWhatIfs()
    {
        const WeeklySummary s = build();
        QCOMPARE(s.whatIfs.size(), 3);
        QCOMPARE(s.whatIfs[0].model, QStringLiteral("claude-opus-4-6"));
        QCOMPARE(s.whatIfs[0].sibling, QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(s.whatIfs[0].actualCost, MicroUsd(6'500'000));
        // 1.5k in × $3 + 30k out × $15 + 50k write × $3.75 + 700k read × $0.30 (per million)
        QCOMPARE(s.whatIfs[0].estimatedCost, MicroUsd(852'000));
        QCOMPARE(s.whatIfs[1].model, QStringLiteral("gpt-5-codex"));
        QCOMPARE(s.whatIfs[1].sibling, QStringLiteral("gpt-5-mini"));
        QCOMPARE(s.whatIfs[1].estimatedCost, MicroUsd(40'000));
        QCOMPARE(s.whatIfs[2].model, QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(s.whatIfs[2].sibling, QStringLiteral("claude-haiku-4-5"));
        // 1h cache writes at twice the input price
        QCOMPARE(s.whatIfs[2].estimatedCost, MicroUsd(55'300));
        QCOMPARE(s.whatIfs[2].difference(), MicroUsd(944'700));
    }

    void whatIfsNeedTwoPricedModels()
    {
        ModelUsage usage;
        usage.tokens.output = 1'000'000;
        usage.cost = 25'000'000;
        usage.model = QStringLiteral("gpt-5-mini"); // its sibling, gpt-5-nano, is not in the fixture table
        QVERIFY(!modelFitWhatIf(usage, m_prices));
        usage.model = QStringLiteral("claude-haiku-4-5"); // no cheaper sibling at all
        QVERIFY(!modelFitWhatIf(usage, m_prices));
        usage.model = QStringLiteral("claude-opus-9"); // unpriced itself
        QVERIFY(!modelFitWhatIf(usage, PriceBook()));
        usage.model = QStringLiteral("claude-opus-4-6");
        usage.fast = true;
        const auto fast = modelFitWhatIf(usage, m_prices);
        QVERIFY(fast);
        QCOMPARE(fast->model, QStringLiteral("claude-opus-4-6-fast"));
        QCOMPARE(fast->estimatedCost, MicroUsd(15'000'000)); // the sibling at standard speed
    }

    void noSiblingWithoutPrices()
    {
        const WeeklySummary s = build([](SummaryRequest &r) { r.prices = PriceBook(); });
        QVERIFY(s.whatIfs.isEmpty());
        QCOMPARE(s.cache.cacheReadCost, MicroUsd(0));
        QCOMPARE(s.cache.cacheReadTokens, qint64(1'050'000));
    }

    void teamBand_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("position");
        QTest::newRow("seven members: shown")
            << 7 << int(TeamStatus::Shown) << int(TeamPosition::MedianToP75);
        QTest::newRow("five members: shown") << 5 << int(TeamStatus::Shown) << int(TeamPosition::MedianToP75);
        QTest::newRow("four members: withheld") << 4 << int(TeamStatus::TooFewMembers) << -1;
    }
    void teamBand()
    {
        QFETCH(int, members);
        QFETCH(int, status);
        QFETCH(int, position);
        const WeeklySummary s = build([&](SummaryRequest &r) {
            r.team = TeamBand {members, 5'000'000, 8'000'000, 12'000'000};
        });
        QCOMPARE(int(s.teamStatus), status);
        QCOMPARE(s.team.has_value(), position >= 0);
        if (position >= 0)
            QCOMPARE(int(s.teamPosition), position);
        QCOMPARE(int(build().teamStatus), int(TeamStatus::NotConfigured));
    }

    void teamPositions()
    {
        const TeamBand band {9, 10, 20, 30};
        QCOMPARE(teamPositionOf(9, band), TeamPosition::BelowP25);
        QCOMPARE(teamPositionOf(10, band), TeamPosition::P25ToMedian);
        QCOMPARE(teamPositionOf(20, band), TeamPosition::MedianToP75);
        QCOMPARE(teamPositionOf(30, band), TeamPosition::MedianToP75);
        QCOMPARE(teamPositionOf(31, band), TeamPosition::AboveP75);
    }

    void medians()
    {
        QCOMPARE(medianOf({}), MicroUsd(0));
        QCOMPARE(medianOf({7}), MicroUsd(7));
        QCOMPARE(medianOf({3, 1, 2}), MicroUsd(2));
        QCOMPARE(medianOf({1, 2}), MicroUsd(2)); // 1.5 rounds half up
        QCOMPARE(medianOf({10, 0, 4, 6}), MicroUsd(5));
    }

    void coverage()
    {
        const WeeklySummary s = build();
        QCOMPARE(s.coverage.size(), 2);
        QCOMPARE(s.coverage[0].source, QStringLiteral("claude-code"));
        QCOMPARE(s.coverage[0].events, qint64(11));
        QCOMPARE(s.coverage[0].lastIngestMs, test::utcMs("2026-03-30T07:00:00Z"));
        QVERIFY(s.coverage[0].usedThisWeek);
        QCOMPARE(s.coverage[1].source, QStringLiteral("codex"));
        QCOMPARE(s.coverage[1].events, qint64(2));
        QCOMPARE(s.coverage[1].lastIngestMs, qint64(0));
        QCOMPARE(s.priceVersion, QStringLiteral("fixture-prices"));
    }

    void demoIsDetectedFromTheRows()
    {
        MemoryLedger ledger;
        UsageEvent e;
        e.source = QStringLiteral("claude-code");
        e.eventKey = "demo-1";
        e.timestampMs = test::utcMs("2026-03-24T12:00:00Z");
        e.model = QStringLiteral("claude-opus-4-6");
        e.tokens.output = 10;
        e.cost = 100;
        e.basis = CostBasis::Demo;
        QVERIFY(ledger.commit({{e}, {}, {}}).ok());
        QVERIFY(buildWeeklySummary(ledger, test::fixtureRequest(m_prices)).demo);
    }
};

QTEST_GUILESS_MAIN(TestWeeklySummary)
#include "test_weekly_summary.moc"
