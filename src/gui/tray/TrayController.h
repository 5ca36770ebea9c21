// Owns the tray icon and its menu; copes with desktops whose tray appears late or never.
#pragma once

#include "gui/tray/TrayText.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QAction;
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

    void show(const UsageSnapshot &snapshot, const TrayContext &context);
    // A desktop notification through the tray (or nothing when there is no tray).
    void notify(const QString &title, const QString &message, bool urgent);
    // "Title: message" of the last notification asked for (shown or, without a tray, logged).
    QString lastNotification() const { return m_lastNotification; }
    // Shows "Alerts paused until 15:43" in the menu and the tooltip while paused.
    void setAlertsPaused(bool paused, const QDateTime &untilUtc = {});

    QString toolTip() const
    {
        return m_pausedText.isEmpty() ? m_toolTip : m_toolTip + QLatin1Char('\n') + m_pausedText;
    }
    QMenu *menu() const { return m_menu; }

signals:
    void openDashboardRequested();
    void showWidgetRequested();
    void refreshRequested();
    void exportRequested();
    void pauseAlertsRequested(int minutes); // 0: until tomorrow; -1: resume
    void settingsRequested();
    void quitRequested();
    void notificationClicked();
    // No tray (yet): the app must show a window so that it is not invisible.
    void trayUnavailable();

private:
    void dock();
    void applyIcon();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_pausedNote = nullptr; // disabled, says until when
    QString m_pausedText;
    QString m_lastNotification;
    QTimer m_trayWatch;
    TrayIconState m_state;
    QString m_toolTip;
};

} // namespace tokenwise
