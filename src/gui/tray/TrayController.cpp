// Tray icon, menu, and the wait for a tray that shows up after start-up.
#include "gui/tray/TrayController.h"

#include "gui/GuiLogging.h"
#include "gui/tray/TrayIconRenderer.h"

#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QPixmap>
#include <QScreen>
#include <QSystemTrayIcon>

namespace tokenwise {

namespace {
constexpr int kTrayWatchMs = 3000;

QIcon trayIcon(const TrayIconState &state)
{
    const qreal dpr = qGuiApp->primaryScreen() ? qGuiApp->primaryScreen()->devicePixelRatio() : 1.0;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(QPixmap::fromImage(renderTrayIcon(state, size, dpr)));
    return icon;
}
} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_menu->addAction(tr("Open dashboard"), this, &TrayController::openDashboardRequested);
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

void TrayController::dock()
{
    m_trayWatch.stop();
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(trayIcon({}), this);
        m_icon->setToolTip(tr("Tokenwise"));
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit openDashboardRequested();
        });
    }
    m_icon->show();
    qCInfo(lcTray) << "tray icon docked";
}

} // namespace tokenwise
