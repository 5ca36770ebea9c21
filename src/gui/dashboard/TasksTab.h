// Cost per task: what each task (agent session) cost and what it was about, most expensive first.
#pragma once

#include "app/tasks/GitActivity.h"
#include "app/usage/UsageSnapshot.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace tokenwise {

// A task's active range in the zone: the end's date is written out when it is another day.
QString activeRange(qint64 firstMs, qint64 lastMs, const QTimeZone &zone);

class TaskTableModel;
class TaskTimelineChart;

class TasksTab : public QWidget
{
    Q_OBJECT
public:
    explicit TasksTab(QWidget *parent = nullptr);

    void setSnapshot(const UsageSnapshot &snapshot);
    void setGitActivity(const QHash<QString, GitActivity> &activity);
    // Selects the task (e.g. from a surge alert) and shows its details.
    bool showTask(const QString &taskKey);

    QTableView *view() const { return m_view; }
    TaskTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *grouping() const { return m_grouping; }
    QString detailText() const;
    TaskTimelineChart *timelineChart() const { return m_timeline; }

private:
    void showDetails();
    QString rowKey(int sourceRow) const;
    QString selectedKey() const;
    void reselect(const QString &key);

    UsageSnapshot m_snapshot;
    QLineEdit *m_filter;
    QComboBox *m_grouping;
    QTableView *m_view;
    TaskTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTextBrowser *m_details;
    TaskTimelineChart *m_timeline;
};

} // namespace tokenwise
