// Tasks tab.
#include "gui/dashboard/TasksTab.h"

#include "gui/DisplayMoney.h"
#include "gui/dashboard/TaskTableModel.h"
#include "gui/dashboard/TaskTimelineChart.h"
#include "gui/dashboard/TokenBreakdown.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tokenwise {

TasksTab::TasksTab(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new TaskTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_details(new QTextBrowser(this))
    , m_timeline(new TaskTimelineChart(this))
{
    m_filter->setPlaceholderText(tr("Filter by task, project, ticket or branch"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter tasks"));
    m_grouping->addItem(tr("Each task"), int(TaskTableModel::Grouping::None));
    m_grouping->addItem(tr("By ticket"), int(TaskTableModel::Grouping::Ticket));
    m_grouping->addItem(tr("By branch"), int(TaskTableModel::Grouping::Branch));
    m_grouping->addItem(tr("By project"), int(TaskTableModel::Grouping::Project));
    m_grouping->setAccessibleName(tr("Group tasks"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::Cost, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultSectionSize(84);
    header->setStretchLastSection(true);
    header->resizeSection(TaskTableModel::Task, 240);
    header->resizeSection(TaskTableModel::Project, 120);
    header->resizeSection(TaskTableModel::Models, 150);
    header->resizeSection(TaskTableModel::Tokens, 96);
    header->resizeSection(TaskTableModel::BranchTicket, 110);
    header->resizeSection(TaskTableModel::Commits, 72);
    header->resizeSection(TaskTableModel::CostPerCommit, 104);
    // Cost right after the task, so a narrow window (800 px with the detail pane) still shows it (D21).
    header->moveSection(header->visualIndex(TaskTableModel::Cost), 1);
    m_view->setAccessibleName(tr("Cost per task"));
    m_details->setAccessibleName(tr("Task details"));
    m_details->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);
    controls->addWidget(groupLabel);
    controls->addWidget(m_grouping);
    layout->addLayout(controls);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(m_details);
    detail->addWidget(m_timeline);
    split->addWidget(detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto *note = new QLabel(
        tr("Most expensive tasks first — tasks, not people. Commits and lines are yours, in the "
           "task's repository while it was active (git user.email, or the author set in Settings)."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(TaskTableModel::Grouping(m_grouping->currentData().toInt()));
        showDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksTab::showDetails);
}

void TasksTab::setSnapshot(const UsageSnapshot &snapshot)
{
    const QString selected = selectedKey();
    m_snapshot = snapshot;
    m_model->setTasks(snapshot.tasks, snapshot.zone);
    // Nothing chosen yet: the most expensive task, so that the detail pane says something.
    reselect(selected.isEmpty() && m_proxy->rowCount() > 0
                 ? rowKey(m_proxy->mapToSource(m_proxy->index(0, 0)).row())
                 : selected);
}

QString TasksTab::rowKey(int sourceRow) const
{
    const TaskRow &t = m_model->rowAt(sourceRow);
    return m_grouping->currentIndex() == 0 ? taskKey(t.source, t.sessionId) : t.title;
}

QString TasksTab::selectedKey() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? rowKey(current.row()) : QString();
}

void TasksTab::reselect(const QString &key)
{
    for (int row = 0; !key.isEmpty() && row < m_model->rowCount(); ++row) {
        if (rowKey(row) == key) {
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            break;
        }
    }
    showDetails();
}

void TasksTab::setGitActivity(const QHash<QString, GitActivity> &activity)
{
    const QString selected = selectedKey();
    m_model->setGitActivity(activity);
    reselect(selected);
}

bool TasksTab::showTask(const QString &key)
{
    m_grouping->setCurrentIndex(0);
    m_filter->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TaskRow &t = m_model->rowAt(row);
        if (taskKey(t.source, t.sessionId) == key) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            showDetails();
            return true;
        }
    }
    return false;
}

QString TasksTab::detailText() const
{
    return m_details->toPlainText();
}

QString activeRange(qint64 firstMs, qint64 lastMs, const QTimeZone &zone)
{
    // Both dates when the task spans days (D6): "… 21 Nov 13:43 – 23 Nov 12:11", never an end before its
    // start.
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(firstMs, zone);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(lastMs, zone);
    const QString from = first.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return from + QStringLiteral(" – ")
        + last.toString(first.date() == last.date() ? QStringLiteral("HH:mm")
                                                    : QStringLiteral("yyyy-MM-dd HH:mm"));
}

void TasksTab::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->setPlainText(tr("Select a task to see what it cost and what it used."));
        m_timeline->setTimeline({}, m_snapshot.zone);
        m_timeline->hide();
        return;
    }
    const TaskRow &t = m_model->rowAt(current.row());
    const bool single = m_grouping->currentIndex() == 0;
    m_timeline->setTimeline(
        single ? buildTaskTimeline(m_snapshot.taskSlicesOverTime.value(taskKey(t.source, t.sessionId)),
                                   m_snapshot.zone)
               : TaskTimeline(),
        m_snapshot.zone);
    m_timeline->setVisible(!m_timeline->timeline().isEmpty());
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(taskLabel(t, m_snapshot.zone).toHtmlEscaped());
    const auto line = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Project:"), t.cwd.isEmpty() ? t.projectDir : t.cwd);
    if (!t.gitBranch.isEmpty())
        line(tr("Branch:"), t.gitBranch);
    if (!t.ticket.isEmpty())
        line(tr("Ticket:"), t.ticket);
    line(tr("Source:"), t.source);
    line(tr("Active:"), activeRange(t.firstMs, t.lastMs, m_snapshot.zone));
    line(tr("Cost:"),
         formatMoney(t.totals.cost) + (t.totals.unpriced ? tr(" + unpriced models") : QString()));
    line(tr("Tokens:"), tokenBreakdownText(t.totals.tokens));
    if (const std::optional<GitActivity> git = m_model->activityAt(current.row()))
        line(tr("Commits:"),
             tr("%1 (+%2 −%3 lines)")
                 .arg(locale.toString(git->commits), locale.toString(git->added),
                      locale.toString(git->removed)));
    else
        line(tr("Commits:"), tr("— (no git repository reachable)"));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Model mix").toHtmlEscaped());
    for (const ModelBreakdown &m : t.models) {
        const int share
            = t.totals.cost ? int(std::llround(100.0 * double(m.cost) / double(t.totals.cost))) : 0;
        html += QStringLiteral("%1: %2 (%3 %)<br>")
                    .arg(m.modelName.toHtmlEscaped(), formatMoney(m.cost))
                    .arg(share);
    }
    m_details->setHtml(html);
}

} // namespace tokenwise
