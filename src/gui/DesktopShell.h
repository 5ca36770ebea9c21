// The running desktop app: tray, windows, alerts, and what a second launch asks of them.
#pragma once

#include "app/AppPaths.h"
#include "app/alerts/AlertEngine.h"
#include "app/usage/UsageSnapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

namespace tokenwise {

class Autostart;
class ProviderPolling;
class DashboardWindow;
class GitActivityService;
class SecretStore;
class Settings;
class SettingsDialog;
class SpendWidget;
class TrayController;
class UsageService;

class DesktopShell : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        AppPaths paths;
        bool demo = false;
        bool startService = true; // tests drive snapshots themselves
    };

    explicit DesktopShell(Options options, QObject *parent = nullptr);
    ~DesktopShell() override;

    void start();
    // "show dashboard", "show widget", "show settings" (from --show or a second launch).
    void handleMessage(const QString &message);
    void showWindow(const QString &which);
    // Renders a snapshot everywhere and runs the alert rules on it.
    void apply(const UsageSnapshot &snapshot);

    DashboardWindow *dashboard() const { return m_dashboard.get(); }
    SpendWidget *widget() const { return m_widget.get(); }
    TrayController *tray() const { return m_tray; }
    Settings *settings() const { return m_settings.get(); }
    AlertEngine &alerts() { return m_alerts; }
    SettingsDialog *settingsDialog() const;
    QList<Alert> lastAlerts() const { return m_lastAlerts; }

signals:
    void exportRequested();

private:
    AlertSettings alertSettings() const;
    void openSettings();

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QSettings> m_placement;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<UsageService> m_service;
    std::unique_ptr<ProviderPolling> m_polling; // provider APIs and the team feed, when configured
    QHash<QString, QString> m_pollProblems; // source → the last failed poll's one-line reason
    std::unique_ptr<DashboardWindow> m_dashboard;
    std::unique_ptr<SpendWidget> m_widget;
    TrayController *m_tray = nullptr;
    std::unique_ptr<GitActivityService> m_git; // commits per task, for the dashboard
    QPointer<SettingsDialog> m_settingsDialog;
    AlertEngine m_alerts;
    UsageSnapshot m_lastSnapshot; // what the views show now: a saved budget is checked against it
    bool m_budgetCheckQueued = false;
    bool m_showedDemo = false; // the last snapshot shown was the demo: real data next is announced
    QList<Alert> m_lastAlerts;
    QString m_pendingTask; // the task a clicked surge notification opens
};

} // namespace tokenwise
