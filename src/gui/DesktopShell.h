// The running desktop app: tray, windows, and what a second launch asks of them.
#pragma once

#include <QObject>

#include <memory>

namespace tokenwise {

class DashboardWindow;
class TrayController;

class DesktopShell : public QObject
{
    Q_OBJECT
public:
    explicit DesktopShell(QObject *parent = nullptr);
    ~DesktopShell() override;

    void start();
    // "show dashboard", "show widget", "show settings" (from --show or a second launch).
    void handleMessage(const QString &message);
    void showWindow(const QString &which);

    DashboardWindow *dashboard() const { return m_dashboard.get(); }
    TrayController *tray() const { return m_tray; }

private:
    std::unique_ptr<DashboardWindow> m_dashboard;
    TrayController *m_tray = nullptr;
};

} // namespace tokenwise
