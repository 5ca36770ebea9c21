// Task table model.
#include "gui/dashboard/TaskTableModel.h"

#include "app/usage/UsageSnapshot.h"
#include "gui/DisplayMoney.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

namespace tokenwise {

namespace {

QString groupKey(const TaskRow &t, TaskTableModel::Grouping g)
{
    switch (g) {
    case TaskTableModel::Grouping::Ticket:
        return t.ticket.isEmpty() ? QStringLiteral("—") : t.ticket;
    case TaskTableModel::Grouping::Branch:
        return t.gitBranch.isEmpty() ? QStringLiteral("—") : t.gitBranch;
    case TaskTableModel::Grouping::Project:
        return t.cwd.isEmpty() ? t.projectDir : t.cwd;
    case TaskTableModel::Grouping::None:
        break;
    }
    return {};
}

double cacheShare(const TaskRow &t)
{
    const qint64 prompt = t.totals.tokens.promptTotal();
    return prompt ? double(t.totals.tokens.cacheRead) / double(prompt) : 0.0;
}

QString duration(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    return minutes < 60
        ? QCoreApplication::translate("TaskTableModel", "%1 min").arg(minutes)
        : QCoreApplication::translate("TaskTableModel", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

void TaskTableModel::setTasks(const QList<TaskRow> &tasks, const QTimeZone &zone)
{
    m_tasks = tasks;
    m_zone = zone;
    rebuild();
}

void TaskTableModel::setGitActivity(const QHash<QString, GitActivity> &activity)
{
    m_activity = activity;
    rebuild();
}

void TaskTableModel::setGrouping(Grouping grouping)
{
    m_grouping = grouping;
    rebuild();
}

void TaskTableModel::rebuild()
{
    beginResetModel();
    m_rowActivity.clear();
    const auto activityOf = [this](const TaskRow &t) -> std::optional<GitActivity> {
        const auto it = m_activity.constFind(taskKey(t.source, t.sessionId));
        return it == m_activity.cend() ? std::nullopt : std::optional(*it);
    };
    m_rowProjects.clear();
    if (m_grouping == Grouping::None) {
        m_rows = m_tasks;
        for (const TaskRow &t : std::as_const(m_rows)) {
            m_rowActivity << activityOf(t);
            m_rowProjects << QStringList();
        }
    } else {
        QMap<QString, TaskRow> groups;
        QHash<QString, QStringList> projectsOf; // group key → its members' projects, first seen first
        QHash<QString, std::optional<GitActivity>> groupActivity;
        for (const TaskRow &t : std::as_const(m_tasks)) {
            const QString key = groupKey(t, m_grouping);
            if (const auto a = activityOf(t)) {
                std::optional<GitActivity> &sum = groupActivity[key];
                if (!sum)
                    sum = GitActivity();
                *sum += *a;
            }
            const QString project = t.cwd.isEmpty() ? t.projectDir : t.cwd;
            if (QStringList &projects = projectsOf[key]; !projects.contains(project))
                projects << project;
            auto it = groups.find(key);
            if (it == groups.end()) {
                TaskRow g;
                g.title = key;
                g.source = t.source;
                g.cwd = m_grouping == Grouping::Project ? key : t.cwd;
                g.gitBranch = m_grouping == Grouping::Branch ? key : QString();
                g.ticket = m_grouping == Grouping::Ticket ? key : QString();
                g.firstMs = t.firstMs;
                g.lastMs = t.lastMs;
                it = groups.insert(key, g);
            }
            it->totals.tokens += t.totals.tokens;
            it->totals.cost += t.totals.cost;
            it->totals.unpriced = it->totals.unpriced || t.totals.unpriced;
            it->firstMs = std::min(it->firstMs, t.firstMs);
            it->lastMs = std::max(it->lastMs, t.lastMs);
            if (it->source != t.source)
                it->source = tr("several");
            it->sessionId = QString::number(it->sessionId.toInt() + 1); // number of tasks in the group
        }
        // A group of several projects names none of them (D13): "3 projects", the list in the tooltip.
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            const QStringList &projects = projectsOf.value(it.key());
            if (m_grouping != Grouping::Project && projects.size() > 1) {
                it->cwd.clear();
                it->projectDir = tr("%1 projects").arg(projects.size());
            }
        }
        m_rows = groups.values();
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const TaskRow &a, const TaskRow &b) { return a.totals.cost > b.totals.cost; });
        for (const TaskRow &g : std::as_const(m_rows)) {
            m_rowActivity << groupActivity.value(g.title);
            m_rowProjects << projectsOf.value(g.title);
        }
    }
    endResetModel();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TaskRow &t = m_rows.at(index.row());
    const std::optional<GitActivity> &git = m_rowActivity.at(index.row());
    const bool grouped = m_grouping != Grouping::None;
    const bool perCommit = git && git->commits > 0;
    if (role == SortRole) {
        switch (index.column()) {
        case Cost:
            return t.totals.cost;
        case Tokens:
            return t.totals.tokens.total();
        case CacheShare:
            return cacheShare(t);
        case ActiveTime:
            return t.lastMs - t.firstMs;
        case Commits:
            return git ? git->commits : -1;
        case Lines:
            return git ? git->added + git->removed : -1;
        case CostPerCommit:
            return perCommit ? t.totals.cost / git->commits : std::numeric_limits<qint64>::max();
        case LastActive:
            return t.lastMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == Cost || index.column() == Tokens || index.column() == CacheShare
            || index.column() == Commits || index.column() == Lines || index.column() == CostPerCommit))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Project)
        return m_rowProjects.at(index.row()).size() > 1
            ? m_rowProjects.at(index.row()).join(QLatin1Char('\n'))
            : (t.cwd.isEmpty() ? t.projectDir : t.cwd);
    if (role == Qt::ToolTipRole && (index.column() == Commits || index.column() == Lines))
        return git ? tr("Your non-merge commits in this repository while the task was active (git log)")
                   : tr("Off: git is not installed, the folder is not a git repository, or no author e-mail "
                        "is known");
    if (role == Qt::ToolTipRole && (index.column() == Cost || index.column() == CostPerCommit))
        return t.totals.unpriced
            ? tr("Includes models missing from the price table: their cost is unknown, not zero.")
            : basisToolTip(t.totals.bases);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Task:
        return grouped ? tr("%1 (%n task(s))", nullptr, t.sessionId.toInt()).arg(t.title)
                       : taskLabel(t, m_zone);
    case Project: // the folder's name; the full path is in the tooltip
        return QFileInfo(t.cwd.isEmpty() ? t.projectDir : t.cwd).fileName();
    case BranchTicket:
        return t.ticket.isEmpty() ? t.gitBranch : t.ticket;
    case Source:
        return t.source;
    case Cost:
        return QString(formatMoney(t.totals.cost) + (t.totals.unpriced ? QStringLiteral("*") : QString()));
    case Tokens:
        return QLocale().toString(t.totals.tokens.total());
    case CacheShare:
        return QStringLiteral("%1 %").arg(std::llround(100 * cacheShare(t)));
    case Models: {
        QStringList names;
        for (const ModelBreakdown &m : t.models)
            names << m.modelName;
        return names.join(QStringLiteral(", "));
    }
    case ActiveTime:
        return duration(t.lastMs - t.firstMs);
    case Commits:
        return git ? QLocale().toString(git->commits) : QStringLiteral("—");
    case Lines:
        return git
            ? QStringLiteral("+%1 −%2").arg(QLocale().toString(git->added), QLocale().toString(git->removed))
            : QStringLiteral("—");
    case CostPerCommit:
        return perCommit ? formatMoney(t.totals.cost / git->commits) : QStringLiteral("—");
    case LastActive:
        return QDateTime::fromMSecsSinceEpoch(t.lastMs, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Task:
        return tr("Task");
    case Project:
        return tr("Project");
    case BranchTicket:
        return tr("Ticket / branch");
    case Source:
        return tr("Source");
    case Cost:
        return tr("Cost");
    case Tokens:
        return tr("Tokens");
    case CacheShare:
        return tr("Cache read");
    case Models:
        return tr("Models");
    case ActiveTime:
        return tr("Active time");
    case Commits:
        return tr("Commits");
    case Lines:
        return tr("Lines");
    case CostPerCommit:
        return tr("Cost / commit");
    case LastActive:
        return tr("Last active");
    }
    return {};
}

} // namespace tokenwise
