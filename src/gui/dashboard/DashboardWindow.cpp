// The dashboard main window.
#include "gui/dashboard/DashboardWindow.h"

#include "gui/dashboard/ModelsTab.h"
#include "gui/dashboard/OverviewTab.h"
#include "gui/dashboard/SourcesTab.h"
#include "gui/dashboard/TasksTab.h"

#include <QLabel>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tokenwise {

DashboardWindow::DashboardWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_demoBanner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(this))
    , m_tasks(new TasksTab(this))
    , m_models(new ModelsTab(this))
    , m_sources(new SourcesTab(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Tokenwise"));
    setObjectName(QStringLiteral("DashboardWindow"));
    // 1100×720 where it fits; on a 1280×720 (logical) screen, what fits with the frame and panels (D27).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1100, available.width() * 9 / 10), std::min(720, available.height() * 85 / 100));

    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setMovable(false);
    toolbar->addAction(tr("Refresh"), this, &DashboardWindow::refreshRequested);
    toolbar->addAction(tr("Export weekly summary…"), this, &DashboardWindow::exportRequested);
    toolbar->addAction(tr("Settings…"), this, &DashboardWindow::settingsRequested);

    m_demoBanner->setText(
        tr("Demo data — this is the built-in example history, not your usage. Tokenwise found no "
           "Claude Code or Codex logs and no provider keys yet."));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(
        QStringLiteral("background:#fef3c7;color:#78350f;padding:6px;border:1px solid #f59e0b;"));
    m_demoBanner->setAccessibleName(tr("Demo data notice"));
    m_demoBanner->hide();

    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_tasks, tr("&Tasks"));
    m_tabs->addTab(m_models, tr("&Models"));
    m_tabs->addTab(m_sources, tr("&Sources"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Reading your usage…"));
}

void DashboardWindow::setSnapshot(const UsageSnapshot &snapshot, const QString &lastError)
{
    m_demoBanner->setVisible(snapshot.demo);
    setWindowTitle(snapshot.demo ? tr("Tokenwise — demo data") : tr("Tokenwise"));
    m_overview->setSnapshot(snapshot);
    m_tasks->setSnapshot(snapshot);
    m_models->setSnapshot(snapshot);
    m_sources->setSnapshot(snapshot, lastError);
    m_status->setText(
        tr("Updated %1 · %2 events · costs are tokens × %3 prices%4")
            .arg(snapshot.takenAtUtc.toTimeZone(snapshot.zone).toString(QStringLiteral("HH:mm")))
            .arg(QLocale().toString(snapshot.events))
            .arg(snapshot.priceVersion.isEmpty() ? QStringLiteral("LiteLLM") : snapshot.priceVersion)
            .arg(snapshot.demo ? tr(" · DEMO") : QString()));
}

bool DashboardWindow::demoBannerVisible() const
{
    return !m_demoBanner->isHidden();
}

void DashboardWindow::present()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void DashboardWindow::showTask(const QString &taskKey)
{
    m_tabs->setCurrentWidget(m_tasks);
    m_tasks->showTask(taskKey);
    present();
}

} // namespace tokenwise
