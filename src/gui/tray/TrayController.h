// Owns the tray icon and its menu; copes with desktops whose tray appears late or never.
#pragma once

#include <QObject>
#include <QTimer>

class QMenu;
class QSystemTrayIcon;

namespace tokenwise {

class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon when a tray exists; otherwise returns false and keeps watching for one.
    bool start();
    bool isDocked() const;

signals:
    void openDashboardRequested();
    void quitRequested();
    // No tray (yet): the app must show a window so that it is not invisible.
    void trayUnavailable();

private:
    void dock();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QTimer m_trayWatch;
};

} // namespace tokenwise
