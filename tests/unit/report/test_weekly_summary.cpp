// The weekly summary model on the fixture ledger: exact totals, days, comparisons, tasks and estimates.
#include "SummaryFixture.h"
#include "report/PriceEstimates.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryExport.h"
#include "report/WeekSignals.h"

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
            r.team = TeamBand {members, 5'000'000, 8'000'000, 12'000'000, {}, 7, {}};
        });
        QCOMPARE(int(s.teamStatus), status);
        QCOMPARE(s.team.has_value(), position >= 0);
        if (position >= 0)
            QCOMPARE(int(s.teamPosition), position);
        QCOMPARE(int(build().teamStatus), int(TeamStatus::NotConfigured));
    }

    static TeamDistribution distribution(const char *source, const char *origin, QDate start, QDate end,
                                         int members, MicroUsd p25, MicroUsd p50, MicroUsd p75)
    {
        TeamDistribution d;
        d.source = QLatin1String(source);
        d.origin = QLatin1String(origin);
        d.start = start;
        d.end = end;
        d.members = members;
        d.p25 = p25;
        d.p50 = p50;
        d.p75 = p75;
        return d;
    }

    void teamBandFromTheLedgersDistributions()
    {
        MemoryLedger ledger;
        test::fillLedger(ledger);
        ApiBatch batch;
        // Anthropic's published feed, one row a day, Monday to Friday of W13 ($1, $2, $3 a day).
        for (int i = 0; i < 5; ++i) {
            const QDate day(2026, 3, 23 + i);
            batch.distributions << distribution("anthropic", "feed", day, day, 6, 1'000'000, 2'000'000,
                                                3'000'000);
        }
        // A local billing cycle for OpenAI covering the whole week: loses to the published feed.
        batch.distributions << distribution("openai", "local", QDate(2026, 3, 1), QDate(2026, 3, 30), 40,
                                            30'000'000, 60'000'000, 90'000'000);
        QVERIFY(ledger.commitApi(batch).ok());
        const WeeklySummary s = buildWeeklySummary(ledger, test::fixtureRequest(m_prices));
        QCOMPARE(int(s.teamStatus), int(TeamStatus::Shown));
        QCOMPARE(s.team->source, QStringLiteral("anthropic"));
        QCOMPARE(s.team->days, 5);
        QCOMPARE(s.team->members, 6);
        QCOMPARE(s.team->p25, MicroUsd(5'000'000));
        QCOMPARE(s.team->p50, MicroUsd(10'000'000));
        QCOMPARE(s.team->p75, MicroUsd(15'000'000));
        // Claude Code on Monday to Friday: 4.00 + 2.50 (Sunday's 1.00 is outside the band; Codex is OpenAI).
        QCOMPARE(s.teamComparedSpend, MicroUsd(6'500'000));
        QCOMPARE(s.teamPosition, TeamPosition::P25ToMedian);
        const auto md = renderWeeklySummary(s, ExportFormat::Markdown,
                                            QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(md.ok());
        QVERIFY2(
            md->contains(
                "| Team band | Between the team's 25th percentile and median: your Anthropic spend $6.50 "
                "(team of 6: p25 $5.00, median $10.00, p75 $15.00) · the band covers 5 of the 7 days |"),
            md->constData());
        QVERIFY(md->contains("not a ranking."));
        QVERIFY(!md->contains("rank ")); // words, never a rank
    }

    void providerReportedDaysReplaceThePricedFigure()
    {
        MemoryLedger ledger;
        test::fillLedger(ledger);
        ApiBatch batch;
        // Monday: logs priced $4.00, Anthropic says $5.00. Thursday: no logs, $0.50. W12's Wednesday: $6 →
        // $7.
        batch.reported << ReportedDayCost {QStringLiteral("claude-code"), QDate(2026, 3, 23),
                                           QStringLiteral("anthropic"), 5'000'000}
                       << ReportedDayCost {QStringLiteral("claude-code"), QDate(2026, 3, 26),
                                           QStringLiteral("anthropic"), 500'000}
                       << ReportedDayCost {QStringLiteral("claude-code"), QDate(2026, 3, 18),
                                           QStringLiteral("anthropic"), 7'000'000};
        QVERIFY(ledger.commitApi(batch).ok());
        const WeeklySummary s = buildWeeklySummary(ledger, test::fixtureRequest(m_prices));
        QCOMPARE(s.totals.cost, MicroUsd(10'250'000));
        QVERIFY(s.totals.bases.contains(QStringLiteral("reported")));
        QCOMPARE(s.days[0].cost, MicroUsd(5'000'000));
        QCOMPARE(s.days[3].cost, MicroUsd(500'000));
        QCOMPARE(s.days[3].bySource.size(), 1);
        QCOMPARE(s.bySource[0].source, QStringLiteral("claude-code"));
        QCOMPARE(s.bySource[0].cost, MicroUsd(9'000'000));
        QCOMPARE(s.reported.size(), 2);
        QCOMPARE(s.reported[0].date, QDate(2026, 3, 23));
        QCOMPARE(s.reported[0].reported, MicroUsd(5'000'000));
        QCOMPARE(s.reported[0].priced, MicroUsd(4'000'000));
        QCOMPARE(s.reported[1].priced, MicroUsd(0));
        QCOMPARE(s.comparison.previousWeek, std::optional<MicroUsd>(7'500'000));
        // Tasks and models stay priced.
        QCOMPARE(s.topTasks[0].cost, MicroUsd(6'500'000));
    }

    void teamBandSpreadsACycleOverItsDays()
    {
        QList<DaySpend> days;
        for (int i = 0; i < 7; ++i) {
            DaySpend day;
            day.date = QDate(2026, 3, 23 + i);
            day.bySource << SourceSpend {QStringLiteral("codex"), {}, 1'000'000, false};
            days << day;
        }
        const QList<TeamDistribution> cycle {
            distribution("openai", "local", QDate(2026, 3, 1), QDate(2026, 3, 30), 8, 15'000'000, 30'000'000,
                         45'000'000),
            // Too small to show: ignored even though it is a published feed.
            distribution("cursor", "feed", QDate(2026, 3, 23), QDate(2026, 3, 29), 4, 1, 2, 3)};
        const auto band = weeklyTeamBand(cycle, days);
        QVERIFY(band);
        QCOMPARE(band->source, QStringLiteral("openai"));
        QCOMPARE(band->days, 7);
        QCOMPARE(band->p25, MicroUsd(3'500'000)); // 15 × 7 / 30
        QCOMPARE(band->p50, MicroUsd(7'000'000));
        QCOMPARE(band->p75, MicroUsd(10'500'000));
        QCOMPARE(spendComparedWithBand(*band, days), MicroUsd(7'000'000));
        QCOMPARE(teamPositionOf(7'000'000, *band), TeamPosition::MedianToP75);
        QVERIFY(!weeklyTeamBand({cycle[1]}, days));
        QVERIFY(!weeklyTeamBand({}, days));
    }

    void surgesFromTheLedger()
    {
        // No spend in the 30 days before W13's busiest hours is above zero often enough to raise the p95:
        // the floor decides. $3 catches Monday's $4 hour; $2 also Tuesday's $2.50 hour.
        const WeeklySummary three = build([](SummaryRequest &r) {
            r.surgeRule = SurgeRule {4.0, 3'000'000};
        });
        QCOMPARE(three.surges->size(), 1);
        QCOMPARE(three.surges->at(0).startMs, test::utcMs("2026-03-23T08:00:00Z"));
        QCOMPARE(three.surges->at(0).endMs, test::utcMs("2026-03-23T09:00:00Z"));
        QCOMPARE(three.surges->at(0).cost, MicroUsd(4'000'000));
        QCOMPARE(three.surges->at(0).taskTitle, QStringLiteral("Refund retries | idempotency"));
        const WeeklySummary two = build([](SummaryRequest &r) { r.surgeRule = SurgeRule {4.0, 2'000'000}; });
        QCOMPARE(two.surges->size(), 2);
        QCOMPARE(two.surges->at(1).startMs, test::utcMs("2026-03-24T09:00:00Z"));
        QCOMPARE(two.surges->at(1).cost, MicroUsd(2'500'000));
        QVERIFY(!build().surges);
    }

    void surgeBaselineIsTheThirtyDaysBefore()
    {
        MemoryLedger ledger;
        // Every hour of the 30 days before 2026-W53 (UTC) spends $1: the p95 is $1, the threshold 4 × $1.
        IngestBatch batch;
        const qint64 weekStart = test::utcMs("2026-12-28T00:00:00Z");
        for (int h = 1; h <= 30 * 24; ++h) {
            UsageEvent e;
            e.source = QStringLiteral("claude-code");
            e.eventKey = "base-" + QByteArray::number(h);
            e.timestampMs = weekStart - qint64(h) * 3'600'000 + 60'000;
            e.model = QStringLiteral("claude-opus-4-6");
            e.tokens.output = 1;
            e.cost = 1'000'000;
            e.sessionId = QStringLiteral("base");
            batch.events << e;
        }
        for (const auto &[at, cost] : {std::pair("2026-12-31T23:10:00Z", MicroUsd(4'000'000)),
                                       std::pair("2027-01-01T00:10:00Z", MicroUsd(4'000'001)),
                                       std::pair("2027-01-01T01:10:00Z", MicroUsd(9'000'000))}) {
            UsageEvent e;
            e.source = QStringLiteral("claude-code");
            e.eventKey = QByteArray("w53-") + at;
            e.timestampMs = test::utcMs(at);
            e.model = QStringLiteral("claude-opus-4-6");
            e.tokens.output = 1;
            e.cost = cost;
            e.sessionId = QStringLiteral("new-year");
            batch.events << e;
        }
        QVERIFY(ledger.commit(batch).ok());
        SummaryRequest request;
        request.week = IsoWeek(2026, 53);
        request.surgeRule = SurgeRule {4.0, 500'000};
        const WeeklySummary s = buildWeeklySummary(ledger, request);
        // 23:00 holds exactly the threshold (not above); 00:00 and 01:00 of the new year form one episode.
        QCOMPARE(s.surges->size(), 1);
        QCOMPARE(s.surges->at(0).startMs, test::utcMs("2027-01-01T00:00:00Z"));
        QCOMPARE(s.surges->at(0).endMs, test::utcMs("2027-01-01T02:00:00Z"));
        QCOMPARE(s.surges->at(0).cost, MicroUsd(13'000'001));
        QCOMPARE(s.totals.cost, MicroUsd(17'000'001));
    }

    void budgetsAcrossAYearEnd()
    {
        MemoryLedger ledger;
        IngestBatch batch;
        for (const auto &[at, cost] : {std::pair("2026-12-02T12:00:00Z", MicroUsd(50'000'000)),
                                       std::pair("2026-12-29T12:00:00Z", MicroUsd(7'000'000)),
                                       std::pair("2026-12-31T12:00:00Z", MicroUsd(2'000'000)),
                                       std::pair("2027-01-02T12:00:00Z", MicroUsd(6'000'000)),
                                       std::pair("2027-01-05T12:00:00Z", MicroUsd(99'000'000))}) {
            UsageEvent e;
            e.source = QStringLiteral("claude-code");
            e.eventKey = QByteArray("b-") + at;
            e.timestampMs = test::utcMs(at);
            e.model = QStringLiteral("claude-opus-4-6");
            e.tokens.output = 1;
            e.cost = cost;
            batch.events << e;
        }
        QVERIFY(ledger.commit(batch).ok());
        SummaryRequest request;
        request.week = IsoWeek(2026, 53);
        request.zone = QTimeZone("America/New_York");
        request.budgets = BudgetLimits {5'000'000, 20'000'000, 40'000'000};
        const WeeklySummary s = buildWeeklySummary(ledger, request);
        QCOMPARE(s.startMs, test::utcMs("2026-12-28T05:00:00Z"));
        QCOMPARE(s.totals.cost, MicroUsd(15'000'000));
        QCOMPARE(s.budgets->size(), 4);
        const BudgetStatus &daily = s.budgets->at(0);
        QCOMPARE(daily.period, QStringLiteral("daily"));
        QCOMPARE(daily.spent, MicroUsd(7'000'000));
        QCOMPARE(daily.from, QDate(2026, 12, 29));
        QCOMPARE(daily.daysOver, 2);
        QCOMPARE(s.budgets->at(1).period, QStringLiteral("weekly"));
        QCOMPARE(s.budgets->at(1).spent, MicroUsd(15'000'000));
        QVERIFY(!s.budgets->at(1).over());
        // December to its 31st (the month before the week included), January to the week's Sunday.
        QCOMPARE(s.budgets->at(2).period, QStringLiteral("monthly"));
        QCOMPARE(s.budgets->at(2).from, QDate(2026, 12, 1));
        QCOMPARE(s.budgets->at(2).to, QDate(2026, 12, 31));
        QCOMPARE(s.budgets->at(2).spent, MicroUsd(59'000'000));
        QVERIFY(s.budgets->at(2).over());
        QCOMPARE(s.budgets->at(3).from, QDate(2027, 1, 1));
        QCOMPARE(s.budgets->at(3).to, QDate(2027, 1, 3));
        QCOMPARE(s.budgets->at(3).spent, MicroUsd(6'000'000));
        QVERIFY(!build().budgets);
    }

    void teamPositions()
    {
        const TeamBand band {9, 10, 20, 30, {}, 7, {}};
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
