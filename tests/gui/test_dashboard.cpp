// The dashboard filled from a test ledger: exact figures on the cards, the chart, tasks, models and sources.
#include "app/usage/UsageSnapshot.h"
#include "core/PriceBook.h"
#include "gui/dashboard/DashboardWindow.h"
#include "gui/dashboard/ModelsTab.h"
#include "gui/dashboard/OverviewTab.h"
#include "gui/dashboard/SourcesTab.h"
#include "gui/dashboard/SummaryCard.h"
#include "gui/dashboard/TaskTableModel.h"
#include "gui/dashboard/TasksTab.h"
#include "store/MemoryLedger.h"

#include <QComboBox>
#include <QLineEdit>
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

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    UsageSnapshot m_snapshot;

private slots:
    void initTestCase()
    {
        MemoryLedger ledger;
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
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        SnapshotRequest request;
        request.nowUtc = now;
        request.zone = QTimeZone::utc();
        request.days = 30;
        request.prices = &*prices;
        m_snapshot = buildSnapshot(ledger, request);
        m_snapshot.priceVersion = prices->version();
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
        QCOMPARE(window.overview()->chart()->rollingMean().constLast(), (6 * 10.0 + 12.0) / 7);
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
    }

    void sourcesAndDemo()
    {
        DashboardWindow window;
        window.setSnapshot(m_snapshot);
        QTableWidget *sources = window.sources()->table();
        QCOMPARE(sources->rowCount(), 2);
        QCOMPARE(sources->item(0, 0)->text(), QStringLiteral("claude-code"));
        QCOMPARE(sources->item(0, 5)->text(), QStringLiteral("2"));
        UsageSnapshot demo = m_snapshot;
        demo.demo = true;
        window.setSnapshot(demo);
        QVERIFY(window.demoBannerVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Tokenwise — demo data"));
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
