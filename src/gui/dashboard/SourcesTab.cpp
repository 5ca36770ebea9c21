// Sources tab.
#include "gui/dashboard/SourcesTab.h"

#include "gui/DisplayMoney.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tokenwise {

SourcesTab::SourcesTab(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Status"), tr("Files"), tr("Events"),
                                        tr("Lines read"), tr("Skipped lines"), tr("Last read / poll"),
                                        tr("Reported vs priced")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(7, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Sources"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(
        tr("Local logs need no key. Provider usage APIs (Anthropic, OpenAI, Cursor, OpenRouter) are "
           "added in Settings; their keys stay in your system keychain."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
}

void SourcesTab::setSnapshot(const UsageSnapshot &snapshot, const QString &lastError)
{
    QList<SourceTotals> sources = snapshot.sources;
    QHash<QString, SourcePollState> polls;
    for (const SourcePollState &p : snapshot.pollStates) {
        polls.insert(p.source, p);
        if (std::none_of(sources.cbegin(), sources.cend(),
                         [&](const SourceTotals &t) { return t.source == p.source; })) {
            SourceTotals t;
            t.source = p.source;
            sources << t;
        }
    }
    std::sort(sources.begin(), sources.end(),
              [](const SourceTotals &a, const SourceTotals &b) { return a.source < b.source; });
    if (snapshot.demo) {
        sources.clear();
        polls.clear();
        SourceTotals demo;
        demo.source = tr("demo history");
        demo.events = snapshot.events;
        sources << demo;
    }
    m_table->setRowCount(int(sources.size()));
    const QLocale locale;
    const auto when = [&](qint64 ms) {
        return ms
            ? QDateTime::fromMSecsSinceEpoch(ms, snapshot.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : tr("never");
    };
    for (int row = 0; row < sources.size(); ++row) {
        const SourceTotals &s = sources.at(row);
        const auto poll = polls.constFind(s.source);
        QString status = snapshot.demo ? tr("demo data: no logs found yet") : tr("ok");
        if (poll != polls.cend())
            status = poll->detail.isEmpty() ? poll->state : poll->state + QStringLiteral(": ") + poll->detail;
        else if (!lastError.isEmpty() && !snapshot.demo)
            status = tr("last refresh failed: %1").arg(lastError);
        else if (!snapshot.demo && s.files == 0)
            status = tr("no logs found");
        QString gapText = QStringLiteral("–");
        QString gapTip;
        if (const auto gap = snapshot.reportedGaps.constFind(s.source); gap != snapshot.reportedGaps.cend()) {
            const MicroUsd difference = gap->reported - gap->priced;
            gapText = tr("%1 vs %2 (%3)")
                          .arg(formatMoney(gap->reported), formatMoney(gap->priced),
                               (difference > 0 ? QStringLiteral("+") : QString()) + formatMoney(difference));
            gapTip
                = tr("Over %n day(s) a provider reported: its figure, then what the logs priced for the same "
                     "days.",
                     nullptr, gap->days);
        }
        const QStringList cells {s.source,
                                 status,
                                 locale.toString(s.files),
                                 locale.toString(s.events),
                                 locale.toString(s.lines),
                                 locale.toString(s.malformed + s.noTimestamp),
                                 poll != polls.cend() ? when(poll->lastAttemptMs) : when(s.lastIngestMs),
                                 gapText};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 5 && (s.malformed || s.noTimestamp))
                item->setToolTip(
                    tr("%1 malformed, %2 without a timestamp").arg(s.malformed).arg(s.noTimestamp));
            if (column == 7 && !gapTip.isEmpty())
                item->setToolTip(gapTip);
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace tokenwise
