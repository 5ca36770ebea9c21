// Wires the usage service to the tray, the windows and the alerts.
#include "gui/DesktopShell.h"

#include "app/platform/Autostart.h"
#include "app/settings/Settings.h"
#include "app/usage/UsageService.h"
#include "gui/GuiLogging.h"
#include "gui/dashboard/DashboardWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tray/TrayController.h"
#include "gui/widget/SpendWidget.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QDir>

namespace tokenwise {

namespace {
constexpr std::chrono::minutes kVisibleRefresh {1};
} // namespace

DesktopShell::DesktopShell(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<Settings>(m_options.paths.configDir))
    , m_placement(std::make_unique<QSettings>(
          QDir(m_options.paths.configDir).filePath(QStringLiteral("window-state.ini")), QSettings::IniFormat))
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_autostart(createAutostart(QCoreApplication::applicationFilePath()))
    , m_dashboard(std::make_unique<DashboardWindow>())
    , m_widget(std::make_unique<SpendWidget>(m_placement.get()))
    , m_tray(new TrayController(this))
{
    UsageService::Options service;
    service.databasePath = QDir(m_options.paths.dataDir).filePath(QStringLiteral("ledger.sqlite"));
    service.configDir = m_options.paths.configDir;
    service.forceDemo = m_options.demo;
    service.ticketPattern
        = QRegularExpression(m_settings->value(QStringLiteral("tasks/ticketRegex")).toString());
    service.surge = {m_settings->surgeFactor(),
                     m_settings->value(QStringLiteral("alerts/surgeFloorMicros")).toLongLong()};
    m_service = std::make_unique<UsageService>(service);
    m_widget->setRefreshMinutes(m_settings->refreshMinutes());

    connect(m_service.get(), &UsageService::snapshotReady, this, &DesktopShell::apply);
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
    connect(m_tray, &TrayController::pauseAlertsRequested, this, [this](int minutes) {
        if (minutes < 0)
            m_alerts.resume();
        else if (minutes == 0)
            m_alerts.pauseUntilTomorrow(QTimeZone::systemTimeZone());
        else
            m_alerts.pauseFor(minutes);
        m_tray->setAlertsPaused(m_alerts.isPaused());
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
    connect(m_dashboard.get(), &DashboardWindow::settingsRequested, this, &DesktopShell::openSettings);
    connect(m_widget.get(), &SpendWidget::refreshRequested, m_service.get(), &UsageService::refreshNow);
    connect(m_widget.get(), &SpendWidget::openDashboardRequested, m_dashboard.get(),
            &DashboardWindow::present);
    connect(m_widget.get(), &SpendWidget::closedByUser, this,
            [this] { m_settings->setValue(QStringLiteral("widget/visible"), false); });
    connect(m_settings.get(), &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String("widget/refreshMinutes"))
            m_widget->setRefreshMinutes(m_settings->refreshMinutes());
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
    }
    if (m_settings->value(QStringLiteral("widget/visible")).toBool())
        m_widget->show();
}

void DesktopShell::apply(const UsageSnapshot &snapshot)
{
    TrayContext context;
    const qint64 daily = m_settings->value(QStringLiteral("budget/dailyMicros")).toLongLong();
    if (daily > 0)
        context.dailyBudget = daily;
    if (m_service && !m_service->lastError().isEmpty())
        context.sourceProblems << tr("Last refresh failed: %1").arg(m_service->lastError());
    m_tray->show(snapshot, context);
    m_dashboard->setSnapshot(snapshot, m_service ? m_service->lastError() : QString());
    m_widget->setSnapshot(snapshot);

    m_lastAlerts = m_alerts.evaluate(snapshot, alertSettings());
    for (const Alert &alert : std::as_const(m_lastAlerts)) {
        if (!alert.taskKey.isEmpty())
            m_pendingTask = alert.taskKey;
        m_tray->notify(alert.title, alert.message, alert.urgent);
    }
    if (m_service)
        m_service->setInterval(
            m_dashboard->isVisible() || m_widget->isVisible()
                ? std::chrono::milliseconds(kVisibleRefresh)
                : std::chrono::milliseconds(std::chrono::minutes(m_settings->refreshMinutes())));
}

AlertSettings DesktopShell::alertSettings() const
{
    AlertSettings s;
    s.overall = {m_settings->value(QStringLiteral("budget/dailyMicros")).toLongLong(),
                 m_settings->value(QStringLiteral("budget/weeklyMicros")).toLongLong(),
                 m_settings->value(QStringLiteral("budget/monthlyMicros")).toLongLong()};
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
