// Cost per task as a table model: one row per task, or per ticket, branch or project when grouped.
#pragma once

#include "app/tasks/GitActivity.h"
#include "core/UsageReport.h"

#include <QAbstractTableModel>

namespace tokenwise {

class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Task,
        Project,
        BranchTicket,
        Cost,
        Commits,
        CostPerCommit,
        Lines,
        Tokens,
        CacheShare,
        Models,
        ActiveTime,
        Source,
        LastActive,
        ColumnCount
    };
    enum class Grouping { None, Ticket, Branch, Project };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setTasks(const QList<TaskRow> &tasks, const QTimeZone &zone);
    void setGrouping(Grouping grouping);
    // Commits and lines by taskKey(); a task without an entry (no git, no repository) shows "—".
    void setGitActivity(const QHash<QString, GitActivity> &activity);
    const TaskRow &rowAt(int row) const { return m_rows.at(row); }
    std::optional<GitActivity> activityAt(int row) const { return m_rowActivity.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();

    QList<TaskRow> m_tasks;
    QList<TaskRow> m_rows;
    QList<std::optional<GitActivity>> m_rowActivity; // parallel to m_rows
    QList<QStringList> m_rowProjects; // parallel to m_rows: the members' projects of a grouped row
    QHash<QString, GitActivity> m_activity;
    QTimeZone m_zone;
    Grouping m_grouping = Grouping::None;
};

} // namespace tokenwise
