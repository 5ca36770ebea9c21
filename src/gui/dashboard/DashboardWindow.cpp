// The dashboard main window.
#include "gui/dashboard/DashboardWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tokenwise {

DashboardWindow::DashboardWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Tokenwise"));
    setObjectName(QStringLiteral("DashboardWindow"));
    resize(1000, 680);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("<h2>What your AI coding tools cost, and what that bought</h2>"), central);
    m_status = new QLabel(tr("No usage recorded yet."), central);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(tr("Ready"));
}

void DashboardWindow::present()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

} // namespace tokenwise
