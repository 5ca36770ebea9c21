// The dashboard: overview, cost per task, models and sources, with demo data marked on every view.
#pragma once

#include "app/usage/UsageSnapshot.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace tokenwise {

class ModelsTab;
class OverviewTab;
class SourcesTab;
class TasksTab;

class DashboardWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit DashboardWindow(QWidget *parent = nullptr);

    void setSnapshot(const UsageSnapshot &snapshot, const QString &lastError = {});
    // Shows, un-minimises and raises the window, as a second launch or the tray asks.
    void present();
    void showTask(const QString &taskKey);

    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overview() const { return m_overview; }
    TasksTab *tasks() const { return m_tasks; }
    ModelsTab *models() const { return m_models; }
    SourcesTab *sources() const { return m_sources; }
    bool demoBannerVisible() const;

    // The window's actions, by object name ("refresh", "export", "settings", "find", "close", "quit",
    // "about", "tab1"…"tab4"), for menus, shortcuts and tests.
    QAction *action(const QString &name) const;

signals:
    void refreshRequested();
    void exportRequested();
    void settingsRequested();
    void quitRequested();
    void closedByUser(); // the window was closed (the app may go on in the tray)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();

    QLabel *m_demoBanner;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    TasksTab *m_tasks;
    ModelsTab *m_models;
    SourcesTab *m_sources;
    QLabel *m_status;
};

} // namespace tokenwise
