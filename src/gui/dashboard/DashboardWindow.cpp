// The dashboard main window.
#include "gui/dashboard/DashboardWindow.h"

#include "core/CostOrigins.h"
#include "gui/dashboard/ModelsTab.h"
#include "gui/dashboard/OverviewTab.h"
#include "gui/dashboard/SourcesTab.h"
#include "gui/dashboard/TasksTab.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
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

    buildMenus();
    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setMovable(false);
    toolbar->addAction(action(QStringLiteral("refresh")));
    toolbar->addAction(action(QStringLiteral("export")));
    toolbar->addAction(action(QStringLiteral("settings")));

    m_demoBanner->setText(
        tr("Demo data — this is the built-in example history, not your usage. Tokenwise found no agent "
           "logs and no provider keys yet: the Sources tab shows where it looked."));
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

void DashboardWindow::buildMenus()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    QAction *refresh = make(QStringLiteral("refresh"), tr("&Refresh"), QKeySequence(Qt::Key_F5));
    QAction *exportSummary
        = make(QStringLiteral("export"), tr("&Export weekly summary…"), QKeySequence(tr("Ctrl+E")));
    QAction *settings = make(QStringLiteral("settings"), tr("&Settings…"), QKeySequence(tr("Ctrl+,")));
    QAction *find = make(QStringLiteral("find"), tr("&Find task…"), QKeySequence::Find);
    QAction *close = make(QStringLiteral("close"), tr("&Close window"), QKeySequence(tr("Ctrl+W")));
    QAction *quit = make(QStringLiteral("quit"), tr("&Quit Tokenwise"), QKeySequence(tr("Ctrl+Q")));
    QAction *about = make(QStringLiteral("about"), tr("&About Tokenwise"), QKeySequence());
    connect(refresh, &QAction::triggered, this, &DashboardWindow::refreshRequested);
    connect(exportSummary, &QAction::triggered, this, &DashboardWindow::exportRequested);
    connect(settings, &QAction::triggered, this, &DashboardWindow::settingsRequested);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_tasks);
        m_tasks->filter()->setFocus(Qt::ShortcutFocusReason);
        m_tasks->filter()->selectAll();
    });
    connect(close, &QAction::triggered, this, &QWidget::close);
    connect(quit, &QAction::triggered, this, &DashboardWindow::quitRequested);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Tokenwise"),
            tr("Tokenwise %1: what your AI coding tools cost you, and what that bought. Your own "
               "numbers only, kept on this computer.")
                .arg(QCoreApplication::applicationVersion()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(refresh);
    file->addAction(exportSummary);
    file->addAction(settings);
    file->addSeparator();
    file->addAction(close);
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(find);
    view->addSeparator();
    const QStringList names {tr("Overview"), tr("Tasks"), tr("Models"), tr("Sources")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *tab = make(QStringLiteral("tab%1").arg(i + 1), names.at(i),
                            QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        connect(tab, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        view->addAction(tab);
    }
    menuBar()->addMenu(tr("&Help"))->addAction(about);
}

QAction *DashboardWindow::action(const QString &name) const
{
    return findChild<QAction *>(name, Qt::FindDirectChildrenOnly);
}

void DashboardWindow::closeEvent(QCloseEvent *event)
{
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closedByUser();
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
        tr("Updated %1 · %2 events · costs: %3%4")
            .arg(snapshot.takenAtUtc.toTimeZone(snapshot.zone).toString(QStringLiteral("HH:mm")))
            .arg(QLocale().toString(snapshot.events))
            .arg(costOrigins(snapshot.rangeTotals.bases,
                             snapshot.priceVersion.isEmpty() ? QStringLiteral("LiteLLM")
                                                             : snapshot.priceVersion))
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
