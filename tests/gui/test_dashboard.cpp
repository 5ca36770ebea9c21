// The dashboard filled from a test ledger: exact figures on the cards, the chart, tasks, models and sources.
#include "app/usage/UsageSnapshot.h"
#include "core/PriceBook.h"
#include "gui/DisplayMoney.h"
#include "gui/dashboard/DashboardWindow.h"
#include "gui/dashboard/ModelsTab.h"
#include "gui/dashboard/OverviewTab.h"
#include "gui/dashboard/SourcesTab.h"
#include "gui/dashboard/SpendChart.h"
#include "gui/dashboard/SummaryCard.h"
#include "gui/dashboard/TaskTableModel.h"
#include "gui/dashboard/TaskTimelineChart.h"
#include "gui/dashboard/TasksTab.h"
#include "gui/dashboard/TokenBreakdown.h"
#include "gui/tray/TrayText.h"
#include "gui/widget/SpendWidget.h"
#include "sources/local/LocalSourceRegistry.h"
#include "store/MemoryLedger.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tokenwise;

namespace {

UsageEvent usage(int n, const QDateTime &at, MicroUsd cost, const QString &session, const QString &model,
                 const QString &source = QStringLiteral("claude-code"))
{
    UsageEvent e;
    e.source = source;
    e.eventKey = "k" + QByteArray::number(n);
    e.timestampMs = at.toMSecsSinceEpoch();
    e.model = model;
    e.tokens.input = 100;
    e.tokens.cacheRead = 900;
    e.tokens.output = 50;
    e.cost = cost;
    e.sessionId = session;
    return e;
}

// The row of a source in the Sources tab, found by the id it keeps under Qt::UserRole; -1 when absent.
int sourceRow(const QTableWidget *table, const QString &id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    UsageSnapshot m_snapshot;
    std::optional<PriceBook> m_prices;

    // Today (Wednesday 18 Nov) $12, each of the 20 days before $10.
    void fill(MemoryLedger &ledger)
    {
        IngestBatch batch;
        const QDateTime now(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);
        int n = 0;
        for (int day = 1; day <= 20; ++day)
            batch.events << usage(++n, now.addDays(-day), 10 * kMicrosPerDollar, QStringLiteral("old"),
                                  QStringLiteral("claude-sonnet-4-5-20250929"));
        batch.events << usage(++n, now.addSecs(-3600 * 3), 7 * kMicrosPerDollar, QStringLiteral("pay"),
                              QStringLiteral("claude-opus-4-6"));
        batch.events << usage(++n, now.addSecs(-3600 * 2), 5 * kMicrosPerDollar, QStringLiteral("web"),
                              QStringLiteral("gpt-5-codex"), QStringLiteral("codex"));
        batch.tasks << TaskInfo {QStringLiteral("claude-code"),
                                 QStringLiteral("pay"),
                                 QStringLiteral("-w-pay"),
                                 QStringLiteral("/w/pay"),
                                 QStringLiteral("feature/PAY-12-refunds"),
                                 QStringLiteral("Refunds")};
        FileCursor cursor;
        cursor.source = QStringLiteral("claude-code");
        cursor.path = QStringLiteral("/logs/a.jsonl");
        cursor.lines = 40;
        cursor.malformed = 2;
        batch.cursors << cursor;
        QVERIFY(ledger.commit(batch).ok());
    }

    UsageSnapshot snapshotOf(MemoryLedger &ledger)
    {
        SnapshotRequest request;
        request.nowUtc = QDateTime(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);
        request.zone = QTimeZone::utc();
        request.days = 30;
        request.prices = &*m_prices;
        UsageSnapshot snapshot = buildSnapshot(ledger, request);
        snapshot.priceVersion = m_prices->version();
        return snapshot;
    }

private slots:
    // A QString::arg() with a missing argument, or any other runtime warning, is a defect on screen.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg"))); }

    void initTestCase()
    {
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        MemoryLedger ledger;
        fill(ledger);
        m_snapshot = snapshotOf(ledger);
    }

    void teamBandFromStoredDistribution()
    {
        MemoryLedger ledger;
        fill(ledger);
        auto distribution = [](const QString &origin, int members, MicroUsd p50) {
            TeamDistribution d;
            d.source = QStringLiteral("anthropic");
            d.origin = origin;
            d.start = QDate(2026, 11, 1);
            d.end = QDate(2026, 11, 30);
            d.members = members;
            d.p25 = 240 * kMicrosPerDollar;
            d.p50 = p50;
            d.p75 = 450 * kMicrosPerDollar;
            d.p90 = 600 * kMicrosPerDollar;
            return d;
        };
        ApiBatch api;
        // The feed wins over a local computation for the same days.
        api.distributions << distribution(QStringLiteral("feed"), 12, 300 * kMicrosPerDollar)
                          << distribution(QStringLiteral("local"), 6, 420 * kMicrosPerDollar);
        QVERIFY(ledger.commitApi(api).ok());
        const UsageSnapshot s = snapshotOf(ledger);

        // 1–18 Nov of the 30 shown days; a 30-day cycle spread evenly: $8 / $10 / $15 a day.
        QCOMPARE(s.teamBand.size(), 18);
        QCOMPARE(s.teamBand.firstKey(), QDate(2026, 11, 1));
        QCOMPARE(s.teamBand.value(QDate(2026, 11, 18)).p50, 10 * kMicrosPerDollar);
        // Mon–Wed: yours $10 + $10 + $12 against $24 / $30 / $45.
        const TeamComparison &c = s.teamWeekToDate;
        QCOMPARE(c.days, 3);
        QCOMPARE(c.yours, 32 * kMicrosPerDollar);
        QCOMPARE(c.p25, 24 * kMicrosPerDollar);
        QCOMPARE(c.p50, 30 * kMicrosPerDollar);
        QCOMPARE(c.p75, 45 * kMicrosPerDollar);
        QCOMPARE(c.members, 12);
        QCOMPARE(c.position, TeamPosition::MedianToP75);

        DashboardWindow window;
        window.setSnapshot(s);
        SpendChart *chart = window.overview()->chart();
        QVERIFY(!chart->showsPublicReference());
        QCOMPARE(chart->teamMedian(), QList<double>(18, 10.0));
        QCOMPARE(chart->teamP25(), QList<double>(18, 8.0));
        QCOMPARE(chart->teamP75(), QList<double>(18, 15.0));
        QCOMPARE(window.overview()->teamCard()->value(), QStringLiteral("median–p75"));
        QCOMPARE(
            window.overview()->teamCard()->detail(),
            QStringLiteral("This week $32.00, between the team median and p75: team p25–p75 $24.00–$45.00 "
                           "(median $30.00) for the same 3 day(s)."));
        QVERIFY(trayToolTip(s, {}).contains(
            QStringLiteral("Team band: this week between the team median and p75 (team of 12)")));
        SpendWidget widget(nullptr);
        widget.setSnapshot(s);
        QCOMPARE(widget.teamText(), QStringLiteral("Team: between the team median and p75"));

        QVERIFY(window.overview()->chart()->barTotals().size() == 30);
        window.setSnapshot(m_snapshot); // no distribution: the labelled public reference, no band
        QVERIFY(chart->showsPublicReference());
        QVERIFY(chart->teamMedian().isEmpty());
        QCOMPARE(window.overview()->teamCard()->value(), QStringLiteral("—"));
        QVERIFY(trayToolTip(m_snapshot, {}).contains(QStringLiteral("Team band: no team feed configured")));
        widget.setSnapshot(m_snapshot);
        QVERIFY(widget.teamText().isEmpty());
    }

    void displayCurrencyConvertsOnScreenOnly()
    {
        setDisplayCurrency({QStringLiteral("EUR"), 0.5});
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        const QString today = window.overview()->todayCard()->value();
        const QList<double> bars = window.overview()->chart()->barTotals();
        const QString tip = window.overview()->todayCard()->toolTip();
        const QString taskCost = window.tasks()->proxy()->index(0, TaskTableModel::Cost).data().toString();
        setDisplayCurrency({});
        QCOMPARE(today, QStringLiteral("€6.00"));
        QCOMPARE(bars.constLast(), 6.0);
        QCOMPARE(taskCost, QStringLiteral("€100.00"));
        QVERIFY(tip.contains(
            QStringLiteral("Converted from US dollars at your fixed rate of 0.5 EUR per dollar.")));
        QCOMPARE(m_snapshot.today, 12 * kMicrosPerDollar); // the snapshot stays in dollars
        QCOMPARE(formatMoney(m_snapshot.today), QStringLiteral("$12.00"));
    }

    void sourcesShowPollStateAndReportedGap()
    {
        MemoryLedger ledger;
        fill(ledger);
        ApiBatch api;
        api.reported << ReportedDayCost {QStringLiteral("claude-code"), QDate(2026, 11, 17),
                                         QStringLiteral("anthropic"), 12 * kMicrosPerDollar};
        SourcePollState state;
        state.source = QStringLiteral("anthropic");
        state.state = QStringLiteral("rate-limited");
        state.detail = QStringLiteral("until 14:05");
        state.lastAttemptMs = QDateTime(QDate(2026, 11, 18), QTime(14, 30), Qt::UTC).toMSecsSinceEpoch();
        api.state = state;
        QVERIFY(ledger.commitApi(api).ok());
        const UsageSnapshot s = snapshotOf(ledger);
        const UsageSnapshot::ReportedGap gap = s.reportedGaps.value(QStringLiteral("claude-code"));
        QCOMPARE(gap.reported, 12 * kMicrosPerDollar);
        QCOMPARE(gap.priced, 10 * kMicrosPerDollar); // the logs' $10 of 17 Nov
        QCOMPARE(gap.days, 1);

        DashboardWindow window;
        window.setSnapshot(s);
        QTableWidget *table = window.sources()->table();
        // Every registered local source, in registry order, then the provider APIs.
        QCOMPARE(table->rowCount(), int(localSourceIds().size()) + 1);
        const int anthropic = sourceRow(table, QStringLiteral("anthropic"));
        QCOMPARE(anthropic, table->rowCount() - 1);
        QCOMPARE(table->item(anthropic, 0)->text(), QStringLiteral("Anthropic"));
        QCOMPARE(table->item(anthropic, 1)->text(), QStringLiteral("rate-limited: until 14:05"));
        QCOMPARE(table->item(anthropic, 6)->text(), QStringLiteral("2026-11-18 14:30"));
        QCOMPARE(sourceRow(table, QStringLiteral("claude-code")), 0);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Claude Code"));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("$12.00 vs $10.00 (+$2.00)"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Codex"));
        QCOMPARE(table->item(1, 7)->text(), QStringLiteral("–"));
    }

    void teamPositionInWords()
    {
        const MicroUsd p25 = 8, p50 = 10, p75 = 15;
        QCOMPARE(teamPositionWords(teamPosition(7, p25, p50, p75)), QStringLiteral("below the team p25"));
        QCOMPARE(teamPositionWords(teamPosition(8, p25, p50, p75)), QStringLiteral("below the team median"));
        QCOMPARE(teamPositionWords(teamPosition(10, p25, p50, p75)),
                 QStringLiteral("between the team median and p75"));
        QCOMPARE(teamPositionWords(teamPosition(15, p25, p50, p75)),
                 QStringLiteral("between the team median and p75"));
        QCOMPARE(teamPositionWords(teamPosition(16, p25, p50, p75)), QStringLiteral("above the team p75"));
    }

    // D1: a day's 7-day mean is a property of the day, the same in every range; none before the first log.
    void sevenDayMeanIsTheSameInEveryRange()
    {
        QCOMPARE(m_snapshot.trailingMean7.value(QDate(2026, 11, 18)), 10'285'714);
        QCOMPARE(m_snapshot.trailingMean7.value(QDate(2026, 10, 29)), 10'000'000); // the first day with spend
        QVERIFY(!m_snapshot.trailingMean7.contains(QDate(2026, 10, 28))); // before the first log: no mean
        SpendChart chart;
        chart.setData(m_snapshot, 30, SpendChart::Stack::None);
        QCOMPARE(chart.rollingMean().size(), 21); // 29 Oct – 18 Nov, not a $0 line before the first log
        QCOMPARE(chart.rollingMean().constLast(), 10.285714);
        chart.setData(m_snapshot, QDate(2026, 11, 18), QDate(2026, 11, 18), SpendChart::Stack::None);
        QCOMPARE(chart.rollingMean(), QList<double> {10.285714}); // not the day's own bar ($12)
        chart.setData(m_snapshot, 7, SpendChart::Stack::None);
        QCOMPARE(chart.rollingMean().constFirst(), 10.0); // 12 Nov: the 7 days before are all $10
        QCOMPARE(chart.rollingMean().constLast(), 10.285714);
    }

    // D2: the month card's subtitle is this month's figure: $182 over 18 active November days.
    void monthCardIsThisMonths()
    {
        QCOMPARE(m_snapshot.monthPerActiveDay, 10'111'111);
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        QCOMPARE(window.overview()->monthCard()->value(), QStringLiteral("$182.00"));
        QCOMPARE(window.overview()->monthCard()->detail(),
                 QStringLiteral("$10.11 per active day this month"));
    }

    // Reasoning is named only when reported, as a part of output.
    void tokenBreakdownNamesReasoning()
    {
        TokenCounts tokens;
        tokens.input = 2000;
        tokens.output = 300;
        tokens.cacheRead = 6000;
        QCOMPARE(tokenBreakdownText(tokens),
                 QStringLiteral("2,000 input, 300 output, 0 cache write, 6,000 cache read"));
        tokens.reasoning = 120;
        QCOMPARE(
            tokenBreakdownText(tokens),
            QStringLiteral("2,000 input, 300 output (120 of it reasoning), 0 cache write, 6,000 cache read"));
    }

    // D9: every main action has a menu entry and a standard shortcut that works from the keyboard.
    void keyboardReachesTheMainActions()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        const QList<std::pair<const char *, QKeySequence>> expected {
            {"refresh", QKeySequence(Qt::Key_F5)},
            {"export", QKeySequence(QStringLiteral("Ctrl+E"))},
            {"settings", QKeySequence(QStringLiteral("Ctrl+,"))},
            {"find", QKeySequence(QKeySequence::Find)},
            {"close", QKeySequence(QStringLiteral("Ctrl+W"))},
            {"quit", QKeySequence(QStringLiteral("Ctrl+Q"))},
            {"tab1", QKeySequence(QStringLiteral("Ctrl+1"))},
            {"tab4", QKeySequence(QStringLiteral("Ctrl+4"))}};
        for (const auto &[name, keys] : expected) {
            QAction *a = window.action(QLatin1String(name));
            QVERIFY2(a, name);
            QCOMPARE(a->shortcut(), keys);
        }
        QVERIFY(window.action(QStringLiteral("about")));
        QVERIFY(window.menuBar()->actions().size() >= 3);

        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy refresh(&window, &DashboardWindow::refreshRequested);
        QSignalSpy quit(&window, &DashboardWindow::quitRequested);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(refresh.size(), 1);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), window.models());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), window.tasks());
        QVERIFY(window.tasks()->filter()->hasFocus());
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.size(), 1);
        QSignalSpy closed(&window, &DashboardWindow::closedByUser);
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(closed.size(), 1);
        QVERIFY(!window.isVisible());
    }

    // D21: at 800 px the Tasks table shows each task's cost without scrolling.
    void narrowWindowKeepsCostVisible()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        window.resize(800, 600);
        window.show();
        window.tabs()->setCurrentWidget(window.tasks());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.tasks()->view()->horizontalHeader();
        const int right = header->sectionViewportPosition(TaskTableModel::Cost)
            + header->sectionSize(TaskTableModel::Cost);
        QVERIFY2(right <= window.tasks()->view()->viewport()->width(),
                 qPrintable(
                     QStringLiteral("%1 > %2").arg(right).arg(window.tasks()->view()->viewport()->width())));
    }

    // D27: the default size leaves room for the frame and panels on the screen it opens on.
    void defaultSizeFitsTheScreen()
    {
        DashboardWindow window;
        const QRect available = window.screen()->availableGeometry();
        QCOMPARE(window.width(), std::min(1100, available.width() * 9 / 10));
        QCOMPARE(window.height(), std::min(720, available.height() * 85 / 100));
        QVERIFY(window.height() < available.height());
    }

    void overviewCardsAndChart()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        QCOMPARE(window.overview()->todayCard()->value(), QStringLiteral("$12.00"));
        QCOMPARE(window.overview()->todayCard()->detail(),
                 QStringLiteral("60 % of your typical $20.00")
                     .replace(QStringLiteral("$20.00"), QStringLiteral("$10.00"))
                     .replace(QStringLiteral("60"), QStringLiteral("120")));
        QVERIFY(window.overview()->todayCard()->toolTip().contains(QStringLiteral("litellm-2026-07-24")));
        QVERIFY(!window.demoBannerVisible());
        const QList<double> bars = window.overview()->chart()->barTotals();
        QCOMPARE(bars.size(), 30);
        QCOMPARE(bars.constLast(), 12.0);
        QCOMPARE(bars.at(bars.size() - 2), 10.0);
        // (6 × $10 + $12) / 7 = $10.285714 (to the micro-dollar).
        QCOMPARE(window.overview()->chart()->rollingMean().constLast(), 10.285714);
        // Screen readers get the figures too.
        QCOMPARE(window.overview()->todayCard()->accessibleName(), QStringLiteral("Today"));
        QCOMPARE(window.overview()->todayCard()->accessibleDescription(),
                 QStringLiteral("$12.00, 120 % of your typical $10.00"));
        QVERIFY(window.overview()->chart()->accessibleDescription().contains(
            QStringLiteral("dashed line: public reference of about $13 per active day, not your team")));
        QVERIFY(
            window.overview()->chart()->accessibleDescription().contains(QStringLiteral("$212.00 in total")));
        // A custom range: 8–18 Nov, eleven days.
        window.overview()->setCustomRange(QDate(2026, 11, 8), QDate(2026, 11, 18));
        QCOMPARE(window.overview()->rangeDays(), 0);
        QCOMPARE(window.overview()->chart()->barTotals(),
                 (QList<double> {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12}));
        window.overview()->setCustomRange(QDate(2026, 10, 1), QDate(2026, 10, 25)); // clamped to the snapshot
        QCOMPARE(window.overview()->chart()->barTotals().size(), 6); // 20–25 Oct
        QCOMPARE(window.overview()->chart()->barTotals().constLast(), 0.0);
    }

    // D6: a task over several days shows both dates; D13: a group of tasks from several projects names none.
    void activeRangeAndGroupedProjects()
    {
        const QTimeZone utc = QTimeZone::utc();
        const qint64 start = QDateTime(QDate(2026, 11, 21), QTime(13, 43), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(activeRange(start, start + 3600'000LL * 46 + 28 * 60'000, utc),
                 QStringLiteral("2026-11-21 13:43 – 2026-11-23 12:11"));
        QCOMPARE(activeRange(start, start + 20 * 60'000, utc), QStringLiteral("2026-11-21 13:43 – 14:03"));
        UsageSnapshot s = m_snapshot;
        for (TaskRow &t : s.tasks)
            t.gitBranch = QStringLiteral("main"); // one branch across the projects
        DashboardWindow window;
        window.setSnapshot(s);
        window.tasks()->grouping()->setCurrentIndex(2); // by branch
        QSortFilterProxyModel *proxy = window.tasks()->proxy();
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, TaskTableModel::Project).data().toString(), QStringLiteral("2 projects"));
        QVERIFY(proxy->index(0, TaskTableModel::Project)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("/w/pay")));
    }

    // D24: the Models table sorts by the number behind a cell, not its text.
    void modelsTableSortsByValue()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        QTableWidget *table = window.models()->table();
        QVERIFY(table->isSortingEnabled());
        table->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(table->item(table->rowCount() - 1, 1)->text(),
                 QStringLiteral("$200.00")); // not "$200" < "$5"
        table->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("$200.00"));
    }

    void tasksSortedFilteredGrouped()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        TasksTab *tasks = window.tasks();
        QSortFilterProxyModel *proxy = tasks->proxy();
        QCOMPARE(proxy->rowCount(), 3);
        QCOMPARE(proxy->index(0, TaskTableModel::Cost).data().toString(), QStringLiteral("$200.00"));
        QCOMPARE(proxy->index(1, TaskTableModel::Task).data().toString(), QStringLiteral("Refunds"));
        QCOMPARE(proxy->index(1, TaskTableModel::BranchTicket).data().toString(), QStringLiteral("PAY-12"));
        QCOMPARE(proxy->index(1, TaskTableModel::CacheShare).data().toString(), QStringLiteral("90 %"));
        tasks->filter()->setText(QStringLiteral("pay-12"));
        QCOMPARE(proxy->rowCount(), 1);
        tasks->filter()->clear();
        tasks->grouping()->setCurrentIndex(3); // by project: the two tasks of unknown project share a row
        QCOMPARE(proxy->rowCount(), 2);
        tasks->grouping()->setCurrentIndex(1); // by ticket
        QCOMPARE(proxy->rowCount(), 2);
        QVERIFY(window.tasks()->showTask(QStringLiteral("claude-code\npay")));
        QVERIFY(tasks->detailText().contains(QStringLiteral("Ticket: PAY-12")));
        QVERIFY(tasks->detailText().contains(QStringLiteral("claude-opus-4-6: $7.00 (100 %)")));
    }

    void taskTimelineHourly()
    {
        const auto slice = [](int hour, int minute, const char *model, MicroUsd cost) {
            UsageSlice s;
            s.bucketMs = QDateTime(QDate(2026, 11, 18), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
            s.source = QStringLiteral("claude-code");
            s.model = QString::fromLatin1(model);
            s.cost = cost;
            return s;
        };
        const TaskTimeline t
            = buildTaskTimeline({slice(10, 15, "opus", 1'000'000), slice(10, 45, "haiku", 2'000'000),
                                 slice(12, 0, "opus", 3'000'000)},
                                QTimeZone("Asia/Kolkata")); // a half-hour zone: hours stay UTC hours
        QVERIFY(t.hourly);
        QCOMPARE(t.bucketStartMs.size(), 3);
        QCOMPARE(t.bucketStartMs.constFirst(),
                 QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(t.models, (QStringList {QStringLiteral("opus"), QStringLiteral("haiku")}));
        QCOMPARE(t.costByModel.at(0), (QList<MicroUsd> {1'000'000, 0, 3'000'000}));
        QCOMPARE(t.costByModel.at(1), (QList<MicroUsd> {2'000'000, 0, 0}));
        QCOMPARE(t.totals, (QList<MicroUsd> {3'000'000, 0, 3'000'000}));
    }

    void taskDetailPaneOverDays()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        QVERIFY(window.tasks()->showTask(QStringLiteral("claude-code\nold")));
        const TaskTimeline &t = window.tasks()->timelineChart()->timeline();
        QVERIFY(!t.hourly); // 20 days, one $10 event a day
        QCOMPARE(t.bucketStartMs.size(), 20);
        QCOMPARE(t.totals, QList<MicroUsd>(20, 10 * kMicrosPerDollar));
        QCOMPARE(t.models, QStringList {QStringLiteral("claude-sonnet-4-5-20250929")});
        QVERIFY(!window.tasks()->timelineChart()->isHidden());
        QVERIFY(window.tasks()->detailText().contains(
            QStringLiteral("claude-sonnet-4-5-20250929: $200.00 (100 %)")));
        QVERIFY(window.tasks()->detailText().contains(
            QStringLiteral("Commits: — (no git repository reachable)")));
        window.tasks()->grouping()->setCurrentIndex(3); // a group has no single timeline
        window.tasks()->view()->setCurrentIndex(window.tasks()->proxy()->index(0, 0));
        QVERIFY(window.tasks()->timelineChart()->isHidden());
    }

    void modelsWithWhatIf()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        QTableWidget *table = window.models()->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("$200.00"));
        // What if: 20 × (100 input, 900 cache read, 50 output) on haiku-4-5 = 20 × (100×1 + 900×0.1 + 50×5)
        // µ$
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("$0.0088 on claude-haiku-4-5"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("gpt-5-codex"));
        // The mix over time: every day of the snapshot, bars only.
        QCOMPARE(window.models()->mixChart()->barTotals().size(), 30);
        QCOMPARE(window.models()->mixChart()->barTotals().constLast(), 12.0);
        QVERIFY(window.models()->mixChart()->rollingMean().isEmpty());
    }

    void sourcesAndDemo()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        QTableWidget *sources = window.sources()->table();
        QCOMPARE(sources->rowCount(), int(localSourceIds().size()));
        QCOMPARE(sources->item(0, 0)->text(), QStringLiteral("Claude Code"));
        QCOMPARE(sources->item(0, 5)->text(), QStringLiteral("2"));
        // A refresh's look at each source says what it found, or where it looked.
        UsageSnapshot looked = m_snapshot;
        SourceScanStatus claude;
        claude.source = QStringLiteral("claude-code");
        claude.searched
            = {QStringLiteral("/h/.config/claude/projects"), QStringLiteral("/h/.claude/projects")};
        claude.roots = {QStringLiteral("/h/.claude/projects")};
        claude.files = 3;
        SourceScanStatus codex;
        codex.source = QStringLiteral("codex");
        codex.searched
            = {QStringLiteral("/h/.codex/sessions"), QStringLiteral("/h/.codex/archived_sessions")};
        SourceScanStatus locked;
        locked.source = QStringLiteral("codex");
        locked.errors = {QStringLiteral("/h/.codex/sessions: cannot read this folder (Permission denied)")};
        looked.localScans = {claude, codex};
        window.setSnapshot(looked);
        QCOMPARE(sources->item(0, 1)->text(), QStringLiteral("found in /h/.claude/projects (files: 3)"));
        QCOMPARE(sources->item(1, 1)->text(),
                 QStringLiteral("not found (looked in /h/.codex/sessions, /h/.codex/archived_sessions)"));
        looked.localScans = {claude, locked};
        window.setSnapshot(looked);
        QCOMPARE(
            sources->item(1, 1)->text(),
            QStringLiteral("cannot read: /h/.codex/sessions: cannot read this folder (Permission denied)"));
        UsageSnapshot demo = m_snapshot;
        demo.demo = true;
        window.setSnapshot(demo);
        QVERIFY(window.demoBannerVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Tokenwise — demo data"));
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
