// The shell: with no tray it shows the dashboard; snapshots reach every view; surges notify and open their
// task.
#include "app/settings/Settings.h"
#include "gui/DesktopShell.h"
#include "gui/dashboard/DashboardWindow.h"
#include "gui/dashboard/OverviewTab.h"
#include "gui/dashboard/SummaryCard.h"
#include "gui/dashboard/TasksTab.h"
#include "gui/settings/GeneralPages.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tray/TrayController.h"
#include "gui/widget/SpendWidget.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tokenwise;

namespace {

UsageSnapshot surgingSnapshot()
{
    UsageSnapshot s;
    s.takenAtUtc = QDateTime(QDate(2026, 11, 18), QTime(2, 0), Qt::UTC);
    s.zone = QTimeZone::utc();
    PeriodRow day;
    day.start = QDate(2026, 11, 18);
    day.totals.cost = 55 * kMicrosPerDollar;
    s.days << day;
    s.today = 55 * kMicrosPerDollar;
    s.typicalDay = 20 * kMicrosPerDollar;
    s.surge = {true, 50 * kMicrosPerDollar, 8 * kMicrosPerDollar, 2 * kMicrosPerDollar};
    s.surgeTaskKey = QStringLiteral("claude-code\nrunaway");
    s.surgeTaskLabel = QStringLiteral("Retry loop");
    TaskRow task;
    task.source = QStringLiteral("claude-code");
    task.sessionId = QStringLiteral("runaway");
    task.title = QStringLiteral("Retry loop");
    task.totals.cost = 50 * kMicrosPerDollar;
    s.tasks << task;
    s.events = 2;
    return s;
}

} // namespace

class TestDesktopShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int m_profiles = 0;

    // A fresh profile per test: what one test paused or announced is kept for the next start of that profile.
    DesktopShell::Options options(bool sameAsLast = false)
    {
        if (!sameAsLast)
            ++m_profiles;
        const QString profile = QStringLiteral("profile-%1/").arg(m_profiles);
        return {{m_dir.filePath(profile + QStringLiteral("data")),
                 m_dir.filePath(profile + QStringLiteral("config"))},
                false,
                false};
    }

private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void withoutTrayTheDashboardShows()
    {
        DesktopShell shell(options());
        QVERIFY(!shell.dashboard()->isVisible());
        shell.start();
        QVERIFY(!shell.tray()->isDocked());
        QVERIFY(shell.dashboard()->isVisible());
    }

    void messagesFromASecondLaunch()
    {
        DesktopShell shell(options());
        shell.handleMessage(QStringLiteral("show dashboard"));
        QVERIFY(shell.dashboard()->isVisible());
        shell.handleMessage(QStringLiteral("show widget"));
        QVERIFY(shell.widget()->isVisible());
        QVERIFY(shell.settings()->value(QStringLiteral("widget/visible")).toBool());
        shell.handleMessage(QStringLiteral("show settings"));
        QVERIFY(shell.settingsDialog() && shell.settingsDialog()->isVisible());
        QTest::ignoreMessage(QtWarningMsg, "ignoring unknown message from another launch: \"rank everyone\"");
        shell.handleMessage(QStringLiteral("rank everyone"));
        shell.widget()->close();
        QVERIFY(!shell.settings()->value(QStringLiteral("widget/visible")).toBool());
    }

    void snapshotReachesEveryViewAndASurgeAlerts()
    {
        DesktopShell shell(options());
        shell.apply(surgingSnapshot());
        QCOMPARE(shell.dashboard()->overview()->todayCard()->value(), QStringLiteral("$55.00"));
        QCOMPARE(shell.widget()->todayText(), QStringLiteral("Today $55.00"));
        QVERIFY(shell.tray()->toolTip().contains(
            QStringLiteral("Spending fast: $50.00 in the last hour (Retry loop)")));
        QCOMPARE(shell.lastAlerts().size(), 1);
        QCOMPARE(shell.lastAlerts().constFirst().taskKey, QStringLiteral("claude-code\nrunaway"));
        shell.apply(surgingSnapshot());
        QCOMPARE(shell.lastAlerts().size(), 0); // once per episode
        // Clicking the notification opens the task responsible.
        emit shell.tray()->notificationClicked();
        QVERIFY(shell.dashboard()->isVisible());
        QVERIFY(shell.dashboard()->tasks()->detailText().contains(QStringLiteral("Retry loop")));
    }

    void pausingAlertsSilencesTheNextSurge()
    {
        DesktopShell shell(options());
        emit shell.tray()->pauseAlertsRequested(60);
        QVERIFY(shell.alerts().isPaused());
        shell.apply(surgingSnapshot());
        QCOMPARE(shell.lastAlerts().size(), 0);
        emit shell.tray()->pauseAlertsRequested(-1);
        shell.apply(surgingSnapshot());
        QCOMPARE(shell.lastAlerts().size(), 1);
    }

    // D18: when real data replaces the demo, the app says what it found.
    void leavingTheDemoSaysWhatWasFound()
    {
        DesktopShell shell(options());
        UsageSnapshot demo = surgingSnapshot();
        demo.demo = true;
        shell.apply(demo);
        UsageSnapshot real = surgingSnapshot();
        real.surge = {};
        SourceTotals claude;
        claude.source = QStringLiteral("claude-code");
        claude.events = 568;
        real.sources << claude;
        shell.apply(real);
        QCOMPARE(shell.tray()->lastNotification(),
                 QStringLiteral("Found your usage: Tokenwise left the demo: Claude Code (568 events)."));
        shell.tray()->notify(QStringLiteral("other"), QStringLiteral("note"), false);
        shell.apply(real); // said once
        QCOMPARE(shell.tray()->lastNotification(), QStringLiteral("other: note"));
    }

    // D15: a pause and what was announced survive a restart, and the pause says until when.
    void pauseAndAnnouncementsSurviveARestart()
    {
        {
            DesktopShell shell(options());
            shell.apply(surgingSnapshot());
            QCOMPARE(shell.lastAlerts().size(), 1);
            emit shell.tray()->pauseAlertsRequested(60);
            QVERIFY(shell.tray()->toolTip().contains(QStringLiteral("Alerts paused until ")));
        }
        DesktopShell again(options(true));
        QVERIFY(again.alerts().isPaused());
        const QList<QAction *> actions = again.tray()->menu()->actions();
        QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [](const QAction *a) {
            return a->isVisible() && a->text().startsWith(QStringLiteral("Alerts paused until "));
        }));
        again.apply(surgingSnapshot());
        QCOMPARE(again.lastAlerts().size(), 0);
        emit again.tray()->pauseAlertsRequested(-1);
        QVERIFY(!again.tray()->toolTip().contains(QStringLiteral("Alerts paused")));
        again.apply(surgingSnapshot());
        QCOMPARE(again.lastAlerts().size(), 0); // this surge was announced before the restart
    }

    // D7: saving a budget that today's spend already exceeds alerts at once, not at the next refresh.
    void aSavedBudgetIsEvaluatedAtOnce()
    {
        DesktopShell shell(options());
        UsageSnapshot calm = surgingSnapshot();
        calm.surge = {};
        shell.apply(calm);
        QCOMPARE(shell.lastAlerts().size(), 0);
        QVERIFY(
            shell.settings()->setValue(QStringLiteral("budget/dailyMicros"), qint64(20 * kMicrosPerDollar)));
        QVERIFY(shell.settings()->setValue(QStringLiteral("budget/weeklyMicros"), qint64(0)));
        QTRY_COMPARE(shell.lastAlerts().size(), 1);
        QCOMPARE(shell.lastAlerts().constFirst().title, QStringLiteral("Overall daily budget reached"));
    }

    void perSourceBudgetFromTheSettingsPageAlerts()
    {
        QTemporaryDir dir;
        DesktopShell::Options o = options();
        o.paths.configDir = dir.path(); // settings of its own
        {
            Settings settings(dir.path());
            BudgetsPage page;
            page.load(settings);
            QCOMPARE(page.sourceBudget(QStringLiteral("codex"), 0)->value(), 0.0);
            page.sourceBudget(QStringLiteral("codex"), 0)->setValue(40.0);
            page.sourceBudget(QStringLiteral("cursor"), 2)->setValue(300.0);
            QString error;
            QVERIFY2(page.save(settings, &error), qPrintable(error));
            QCOMPARE(settings.value(QStringLiteral("budget/codex/dailyMicros")).toLongLong(),
                     40 * kMicrosPerDollar);
            QCOMPARE(settings.value(QStringLiteral("budget/cursor/monthlyMicros")).toLongLong(),
                     300 * kMicrosPerDollar);
            BudgetsPage again;
            again.load(settings);
            QCOMPARE(again.sourceBudget(QStringLiteral("codex"), 0)->value(), 40.0);
            QCOMPARE(again.sourceBudget(QStringLiteral("cursor"), 2)->value(), 300.0);
        }
        DesktopShell shell(o);
        UsageSnapshot s = surgingSnapshot();
        s.surge = {};
        s.days.last().costBySource.insert(QStringLiteral("codex"), 42 * kMicrosPerDollar);
        s.days.last().costBySource.insert(QStringLiteral("claude-code"), 13 * kMicrosPerDollar);
        shell.apply(s);
        QCOMPARE(shell.lastAlerts().size(), 1); // codex over its $40 day; no overall budget is set
        QVERIFY(shell.lastAlerts().constFirst().message.contains(QStringLiteral("$42.00")));
    }
};

QTEST_MAIN(TestDesktopShell)
#include "test_desktop_shell.moc"
