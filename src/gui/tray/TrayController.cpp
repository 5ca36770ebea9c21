// Tray icon, menu, and the wait for a tray that shows up after start-up.
#include "gui/tray/TrayController.h"

#include "gui/GuiLogging.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QScreen>
#include <QSystemTrayIcon>

namespace tokenwise {

namespace {
constexpr int kTrayWatchMs = 3000;

QIcon iconFor(const TrayIconState &state)
{
    const qreal dpr = qGuiApp->primaryScreen() ? qGuiApp->primaryScreen()->devicePixelRatio() : 1.0;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(QPixmap::fromImage(renderTrayIcon(state, size, dpr)));
    return icon;
}
} // namespace

TrayController::TrayController(QObject *parent) : QObject(parent), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(tr("Open dashboard"), this, &TrayController::openDashboardRequested);
    m_menu->addAction(tr("Show 15-minute widget"), this, &TrayController::showWidgetRequested);
    m_menu->addAction(tr("Refresh now"), this, &TrayController::refreshRequested);
    m_menu->addAction(tr("Export weekly summary…"), this, &TrayController::exportRequested);
    m_pausedNote = m_menu->addAction(QString());
    m_pausedNote->setEnabled(false);
    m_pausedNote->setVisible(false);
    QMenu *pause = m_menu->addMenu(tr("Pause alerts"));
    pause->addAction(tr("For 1 hour"), this, [this] { emit pauseAlertsRequested(60); });
    pause->addAction(tr("Until tomorrow"), this, [this] { emit pauseAlertsRequested(0); });
    m_resume = pause->addAction(tr("Resume alerts"), this, [this] { emit pauseAlertsRequested(-1); });
    m_resume->setEnabled(false);
    m_menu->addAction(tr("Settings…"), this, &TrayController::settingsRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Tokenwise"), this, &TrayController::quitRequested);
    m_trayWatch.setInterval(kTrayWatchMs);
    connect(&m_trayWatch, &QTimer::timeout, this, [this] {
        if (QSystemTrayIcon::isSystemTrayAvailable())
            dock();
    });
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::start()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        dock();
        return true;
    }
    qCInfo(lcTray) << "no system tray yet; showing the dashboard and watching for a tray";
    m_trayWatch.start();
    emit trayUnavailable();
    return false;
}

bool TrayController::isDocked() const
{
    return m_icon && m_icon->isVisible();
}

void TrayController::show(const UsageSnapshot &snapshot, const TrayContext &context)
{
    m_state = trayIconState(snapshot, context);
    m_toolTip = trayToolTip(snapshot, context);
    applyIcon();
    qCDebug(lcTray) << "tray icon drawn from state:" << qPrintable(m_state.amount);
}

void TrayController::notify(const QString &title, const QString &message, bool urgent)
{
    m_lastNotification = title + QStringLiteral(": ") + message;
    if (!isDocked()) {
        qCInfo(lcTray) << "notification (no tray):" << qPrintable(title) << qPrintable(message);
        return;
    }
    m_icon->showMessage(title, message, urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                        15'000);
}

void TrayController::setAlertsPaused(bool paused, const QDateTime &untilUtc)
{
    m_resume->setEnabled(paused);
    m_pausedText = paused && untilUtc.isValid()
        ? tr("Alerts paused until %1")
              .arg(QLocale().toString(untilUtc.toLocalTime(),
                                      untilUtc.toLocalTime().date() == QDate::currentDate()
                                          ? QStringLiteral("HH:mm")
                                          : QStringLiteral("ddd HH:mm")))
        : QString();
    m_pausedNote->setText(m_pausedText);
    m_pausedNote->setVisible(!m_pausedText.isEmpty());
    applyIcon();
}

void TrayController::applyIcon()
{
    if (!m_icon)
        return;
    m_icon->setIcon(iconFor(m_state));
    m_icon->setToolTip(toolTip());
}

void TrayController::dock()
{
    m_trayWatch.stop();
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit openDashboardRequested();
        });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::notificationClicked);
    }
    applyIcon();
    if (m_toolTip.isEmpty())
        m_icon->setIcon(iconFor({}));
    m_icon->show();
    qCInfo(lcTray) << "tray icon docked";
}

} // namespace tokenwise
