// Wires the tray to the windows.
#include "gui/DesktopShell.h"

#include "gui/GuiLogging.h"
#include "gui/dashboard/DashboardWindow.h"
#include "gui/tray/TrayController.h"

#include <QApplication>

namespace tokenwise {

DesktopShell::DesktopShell(QObject *parent)
    : QObject(parent)
    , m_dashboard(std::make_unique<DashboardWindow>())
    , m_tray(new TrayController(this))
{
    connect(m_tray, &TrayController::openDashboardRequested, m_dashboard.get(), &DashboardWindow::present);
    connect(m_tray, &TrayController::trayUnavailable, m_dashboard.get(), &DashboardWindow::present);
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit);
}

DesktopShell::~DesktopShell() = default;

void DesktopShell::start()
{
    m_tray->start();
}

void DesktopShell::handleMessage(const QString &message)
{
    const QStringList words = message.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 2 && words.at(0) == QLatin1String("show")) {
        qCInfo(lcTray) << "request from another launch:" << qPrintable(message);
        showWindow(words.at(1));
    }
    else
        qCWarning(lcTray) << "ignoring unknown message from another launch:" << message;
}

void DesktopShell::showWindow(const QString &which)
{
    // The widget and settings windows arrive with the desktop issue; until then all show the dashboard.
    Q_UNUSED(which);
    m_dashboard->present();
}

} // namespace tokenwise
