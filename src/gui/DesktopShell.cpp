// Wires the usage service to the tray, the windows and the alerts.
#include "gui/DesktopShell.h"

#include "app/platform/Autostart.h"
#include "app/poll/ProviderPolling.h"
#include "app/settings/Settings.h"
#include "app/tasks/GitActivityService.h"
#include "app/usage/UsageService.h"
#include "gui/DisplayMoney.h"
#include "gui/GuiLogging.h"
#include "gui/dashboard/DashboardWindow.h"
#include "gui/dashboard/TasksTab.h"
#include "gui/export/ExportController.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tray/TrayController.h"
#include "gui/widget/SpendWidget.h"
#include "report/SummaryFormat.h"
#include "secrets/KeychainSecretStore.h"
#include "sources/api/http/SourceStatus.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QTimer>

namespace tokenwise {

namespace {
constexpr std::chrono::minutes kVisibleRefresh {1};

DisplayCurrency currencyFrom(const Settings &settings)
{
    return {settings.value(QStringLiteral("display/currency")).toString(),
            settings.value(QStringLiteral("display/usdRate")).toDouble()};
}
} // namespace

DesktopShell::DesktopShell(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<Settings>(m_options.paths.configDir))
    , m_placement(std::make_unique<QSettings>(
          QDir(m_options.paths.configDir).filePath(QStringLiteral("window-state.ini")), QSettings::IniFormat))
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_autostart(
          createAutostart(QCoreApplication::applicationFilePath(), m_options.paths.profileArguments()))
    , m_dashboard(std::make_unique<DashboardWindow>())
    , m_widget(std::make_unique<SpendWidget>(m_placement.get()))
    , m_tray(new TrayController(this))
    , m_git(std::make_unique<GitActivityService>())
{
    UsageService::Options service;
    service.databasePath = QDir(m_options.paths.dataDir).filePath(QStringLiteral("ledger.sqlite"));
    service.configDir = m_options.paths.configDir;
    service.forceDemo = m_options.demo;
    service.ticketPattern
        = QRegularExpression(m_settings->value(QStringLiteral("tasks/ticketRegex")).toString());
    service.surge = {m_settings->surgeFactor(),
                     m_settings->value(QStringLiteral("alerts/surgeFloorMicros")).toLongLong()};
    service.disabledSources = m_settings->disabledLocalSources();
    m_service = std::make_unique<UsageService>(service);
    m_polling = std::make_unique<ProviderPolling>(
        ProviderPolling::Options {service.databasePath, m_options.paths.configDir}, *m_secrets);
    connect(m_polling.get(), &ProviderPolling::polled, this, [this](const PollOutcome &outcome, bool stored) {
        if (outcome.failed() && outcome.kind != PollOutcome::Kind::NotConfigured)
            m_pollProblems.insert(outcome.source, api::describeSourceState(outcome.state, outcome.retryAt));
        else
            m_pollProblems.remove(outcome.source);
        if (stored)
            m_service->refreshNow();
    });
    m_widget->setRefreshMinutes(m_settings->refreshMinutes());
    setDisplayCurrency(currencyFrom(*m_settings));

    connect(m_service.get(), &UsageService::snapshotReady, this, &DesktopShell::apply);
    connect(m_git.get(), &GitActivityService::activityReady, m_dashboard->tasks(), &TasksTab::setGitActivity);
    connect(m_service.get(), &UsageService::ledgerRecovered, this,
            [this](const QString &message) { m_tray->notify(tr("Ledger rebuilt"), message, true); });
    connect(m_tray, &TrayController::openDashboardRequested, m_dashboard.get(), &DashboardWindow::present);
    connect(m_tray, &TrayController::trayUnavailable, m_dashboard.get(), &DashboardWindow::present);
    connect(m_tray, &TrayController::showWidgetRequested, this,
            [this] { showWindow(QStringLiteral("widget")); });
    connect(m_tray, &TrayController::refreshRequested, m_service.get(), &UsageService::refreshNow);
    connect(m_tray, &TrayController::exportRequested, this, &DesktopShell::exportRequested);
    connect(m_tray, &TrayController::settingsRequested, this, &DesktopShell::openSettings);
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_dashboard.get(), &DashboardWindow::quitRequested, qApp, &QCoreApplication::quit);
    // D10: without a tray, closing the last window quits rather than leaving an invisible process; with
    // one, the first close says once where the app went.
    connect(m_dashboard.get(), &DashboardWindow::closedByUser, this, [this] {
        if (!m_tray->isDocked()) {
            if (!m_widget->isVisible())
                QCoreApplication::quit();
            return;
        }
        if (!m_settings->value(QStringLiteral("ui/closeNoticeShown")).toBool()) {
            m_tray->notify(tr("Tokenwise is still running"),
                           tr("It stays in the tray. Quit it from the tray menu, or with Ctrl+Q in the "
                              "dashboard."),
                           false);
            m_settings->setValue(QStringLiteral("ui/closeNoticeShown"), true);
        }
    });
    // What the last run paused and announced holds after a restart (D15).
    if (const qint64 until = m_settings->value(QStringLiteral("alerts/pausedUntilMs")).toLongLong();
        until > 0)
        m_alerts.pauseUntil(QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc()));
    m_alerts.restoreFired(m_settings->value(QStringLiteral("alerts/fired"))
                              .toString()
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    m_tray->setAlertsPaused(m_alerts.isPaused(), m_alerts.pausedUntil());
    connect(m_tray, &TrayController::pauseAlertsRequested, this, [this](int minutes) {
        if (minutes < 0)
            m_alerts.resume();
        else if (minutes == 0)
            m_alerts.pauseUntilTomorrow(QTimeZone::systemTimeZone());
        else
            m_alerts.pauseFor(minutes);
        m_settings->setValue(QStringLiteral("alerts/pausedUntilMs"),
                             m_alerts.isPaused() ? m_alerts.pausedUntil().toMSecsSinceEpoch() : qint64(0));
        m_tray->setAlertsPaused(m_alerts.isPaused(), m_alerts.pausedUntil());
    });
    connect(m_tray, &TrayController::notificationClicked, this, [this] {
        if (!m_pendingTask.isEmpty())
            m_dashboard->showTask(m_pendingTask);
        else
            m_dashboard->present();
    });
    connect(m_dashboard.get(), &DashboardWindow::refreshRequested, m_service.get(),
            &UsageService::refreshNow);
    connect(m_dashboard.get(), &DashboardWindow::exportRequested, this, &DesktopShell::exportRequested);
    connect(this, &DesktopShell::exportRequested,
            new ExportController(*m_settings, m_options.paths, m_options.demo, m_tray, m_dashboard.get(),
                                 m_options.startService, this),
            &ExportController::openDialog);
    connect(m_dashboard.get(), &DashboardWindow::settingsRequested, this, &DesktopShell::openSettings);
    connect(m_widget.get(), &SpendWidget::refreshRequested, m_service.get(), &UsageService::refreshNow);
    connect(m_widget.get(), &SpendWidget::openDashboardRequested, m_dashboard.get(),
            &DashboardWindow::present);
    connect(m_widget.get(), &SpendWidget::closedByUser, this,
            [this] { m_settings->setValue(QStringLiteral("widget/visible"), false); });
    connect(m_settings.get(), &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String("widget/refreshMinutes"))
            m_widget->setRefreshMinutes(m_settings->refreshMinutes());
        if (key == QLatin1String("display/currency") || key == QLatin1String("display/usdRate")) {
            setDisplayCurrency(currencyFrom(*m_settings));
            if (m_service->snapshot().takenAtUtc.isValid())
                apply(m_service->snapshot());
        }
        // D7: a budget is evaluated the moment it is saved, against what is on screen (once per save).
        if (key.startsWith(QLatin1String("budget/")) && m_lastSnapshot.takenAtUtc.isValid()
            && !m_budgetCheckQueued) {
            m_budgetCheckQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_budgetCheckQueued = false;
                apply(m_lastSnapshot);
            });
        }
        if (key.startsWith(QLatin1String("sources/"))) {
            m_service->setDisabledSources(m_settings->disabledLocalSources());
            // After the whole page is saved, not after its first toggle: one refresh with the final set.
            QTimer::singleShot(0, m_service.get(), &UsageService::refreshNow);
        }
        if (key.startsWith(QLatin1String("alerts/surge")))
            m_service->setSurgeRule(
                {m_settings->surgeFactor(),
                 m_settings->value(QStringLiteral("alerts/surgeFloorMicros")).toLongLong()});
    });
}

DesktopShell::~DesktopShell() = default;

SettingsDialog *DesktopShell::settingsDialog() const
{
    return m_settingsDialog.data();
}

void DesktopShell::start()
{
    m_tray->start();
    if (m_options.startService) {
        // Hidden, the app wakes only on the widget's cadence; a visible window asks more often.
        m_service->start(std::chrono::minutes(m_settings->refreshMinutes()));
        if (!m_options.demo)
            m_polling->rescan();
    }
    if (m_settings->value(QStringLiteral("widget/visible")).toBool())
        m_widget->show();
}

void DesktopShell::apply(const UsageSnapshot &snapshot)
{
    m_lastSnapshot = snapshot;
    TrayContext context;
    const qint64 daily = m_settings->value(QStringLiteral("budget/dailyMicros")).toLongLong();
    if (daily > 0)
        context.dailyBudget = daily;
    if (m_service && !m_service->lastError().isEmpty())
        context.sourceProblems << tr("Last refresh failed: %1").arg(m_service->lastError());
    for (auto it = m_pollProblems.cbegin(); it != m_pollProblems.cend(); ++it)
        context.sourceProblems << tr("%1: %2").arg(report::sourceDisplayName(it.key()), it.value());
    // A local folder that could not be read may hold spend: the tray says so, by the agent's name.
    for (const SourceScanStatus &scan : snapshot.localScans) {
        if (!scan.errors.isEmpty())
            context.sourceProblems << tr("%1: %2").arg(report::sourceDisplayName(scan.source),
                                                       scan.errors.constFirst());
    }
    m_tray->show(snapshot, context);
    m_dashboard->setSnapshot(snapshot, m_service ? m_service->lastError() : QString());
    m_widget->setSnapshot(snapshot);
    m_git->update(snapshot.tasks, m_settings->value(QStringLiteral("tasks/gitAuthor")).toString());

    m_lastAlerts = m_alerts.evaluate(snapshot, alertSettings());
    m_settings->setValue(QStringLiteral("alerts/fired"), m_alerts.firedIds().join(QLatin1Char('\n')));
    m_tray->setAlertsPaused(m_alerts.isPaused(), m_alerts.pausedUntil()); // a pause may have run out
    for (const Alert &alert : std::as_const(m_lastAlerts)) {
        if (!alert.taskKey.isEmpty())
            m_pendingTask = alert.taskKey;
        m_tray->notify(alert.title, alert.message, alert.urgent);
    }
    // D18: the first real data ends the demo by itself, and says what was found.
    if (m_showedDemo && !snapshot.demo && !m_options.demo) {
        QStringList found;
        for (const SourceTotals &t : snapshot.sources) {
            if (t.events > 0)
                found << tr("%1 (%2 events)")
                             .arg(report::sourceDisplayName(t.source), QLocale().toString(t.events));
        }
        m_tray->notify(tr("Found your usage"),
                       tr("Tokenwise left the demo: %1.").arg(found.join(QStringLiteral(", "))), false);
    }
    m_showedDemo = snapshot.demo;
    // While on the demo, look for logs every minute (a look with nothing there costs a few directory reads).
    if (m_service)
        m_service->setInterval(
            m_dashboard->isVisible() || m_widget->isVisible() || (snapshot.demo && !m_options.demo)
                ? std::chrono::milliseconds(kVisibleRefresh)
                : std::chrono::milliseconds(std::chrono::minutes(m_settings->refreshMinutes())));
}

AlertSettings DesktopShell::alertSettings() const
{
    AlertSettings s;
    s.overall = {m_settings->value(QStringLiteral("budget/dailyMicros")).toLongLong(),
                 m_settings->value(QStringLiteral("budget/weeklyMicros")).toLongLong(),
                 m_settings->value(QStringLiteral("budget/monthlyMicros")).toLongLong()};
    for (const QString &source : Settings::budgetSources()) {
        const auto micros = [&](const char *period) {
            return m_settings->value(QStringLiteral("budget/%1/%2").arg(source, QLatin1String(period)))
                .toLongLong();
        };
        const Budget budget {micros("dailyMicros"), micros("weeklyMicros"), micros("monthlyMicros")};
        if (budget.daily > 0 || budget.weekly > 0 || budget.monthly > 0)
            s.bySource.insert(source, budget);
    }
    s.quietHours = m_settings->value(QStringLiteral("alerts/quietHours")).toBool();
    s.quietFrom = m_settings->value(QStringLiteral("alerts/quietFrom")).toInt();
    s.quietUntil = m_settings->value(QStringLiteral("alerts/quietUntil")).toInt();
    return s;
}

void DesktopShell::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog
            = new SettingsDialog(*m_settings, m_secrets.get(), m_autostart.get(), m_dashboard.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Keys, identities or the team feed may have changed: look for configured sources again.
        connect(m_settingsDialog, &QObject::destroyed, this, [this] {
            if (m_options.startService && !m_options.demo)
                m_polling->rescan();
        });
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void DesktopShell::handleMessage(const QString &message)
{
    const QStringList words = message.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 2 && words.at(0) == QLatin1String("show")) {
        qCInfo(lcTray) << "request from another launch:" << qPrintable(message);
        showWindow(words.at(1));
    } else {
        qCWarning(lcTray) << "ignoring unknown message from another launch:" << message;
    }
}

void DesktopShell::showWindow(const QString &which)
{
    if (which == QLatin1String("widget")) {
        m_widget->show();
        m_widget->raise();
        m_settings->setValue(QStringLiteral("widget/visible"), true);
    } else if (which == QLatin1String("settings")) {
        openSettings();
    } else {
        m_dashboard->present();
    }
    if (m_options.startService)
        m_service->refreshNow();
}

} // namespace tokenwise
