// Sources tab.
#include "gui/dashboard/SourcesTab.h"

#include "gui/DisplayMoney.h"
#include "report/SummaryFormat.h"
#include "sources/local/LocalSourceRegistry.h"

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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The status carries the errors: it keeps a readable width and wraps rather than collapsing to "tatu".
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setWordWrap(true);
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

namespace {

// What a local source's last look found, in words: found, empty, not there (and where it looked), unreadable.
QString localStatus(const SourceScanStatus &scan, qint64 files)
{
    if (!scan.errors.isEmpty())
        return SourcesTab::tr("cannot read: %1").arg(scan.errors.join(QStringLiteral("; ")));
    if (files > 0)
        return SourcesTab::tr("found in %1 (files: %2)")
            .arg(scan.roots.join(QStringLiteral(", ")), QLocale().toString(files));
    if (!scan.roots.isEmpty())
        return SourcesTab::tr("no usage yet in %1").arg(scan.roots.join(QStringLiteral(", ")));
    return SourcesTab::tr("not found (looked in %1)").arg(scan.searched.join(QStringLiteral(", ")));
}

} // namespace

void SourcesTab::setSnapshot(const UsageSnapshot &snapshot, const QString &lastError)
{
    QHash<QString, SourceTotals> ledgerTotals;
    for (const SourceTotals &t : snapshot.sources)
        ledgerTotals.insert(t.source, t);
    QHash<QString, SourceScanStatus> scans;
    for (const SourceScanStatus &scan : snapshot.localScans)
        scans.insert(scan.source, scan);
    // Every local source of the registry, in its order, then the provider APIs: a health view, not a list of
    // whatever happened to have data.
    QList<SourceTotals> sources;
    if (snapshot.demo) {
        SourceTotals demo;
        demo.source = QString::fromLatin1(source::demo);
        demo.events = snapshot.events;
        sources << demo;
    }
    for (const QString &id : localSourceIds()) {
        if (!snapshot.demo || scans.contains(id)) {
            SourceTotals t = ledgerTotals.value(id);
            t.source = id;
            sources << t;
        }
    }
    QHash<QString, SourcePollState> polls;
    QList<SourceTotals> apiSources;
    if (!snapshot.demo) {
        for (const SourceTotals &t : snapshot.sources) {
            if (!findLocalSource(t.source))
                apiSources << t;
        }
        for (const SourcePollState &p : snapshot.pollStates) {
            polls.insert(p.source, p);
            if (std::none_of(apiSources.cbegin(), apiSources.cend(),
                             [&](const SourceTotals &t) { return t.source == p.source; })) {
                SourceTotals t;
                t.source = p.source;
                apiSources << t;
            }
        }
    }
    std::sort(apiSources.begin(), apiSources.end(),
              [](const SourceTotals &a, const SourceTotals &b) { return a.source < b.source; });
    sources << apiSources;
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
        const auto scan = scans.constFind(s.source);
        const bool isDemoRow = snapshot.demo && s.source == QLatin1String(source::demo);
        QString status = isDemoRow ? tr("demo data: no logs found yet") : tr("ok");
        if (poll != polls.cend())
            status = poll->detail.isEmpty() ? poll->state : poll->state + QStringLiteral(": ") + poll->detail;
        else if (!lastError.isEmpty() && !snapshot.demo)
            status = tr("last refresh failed: %1").arg(lastError);
        else if (scan != scans.cend())
            status = localStatus(*scan, qMax(s.files, scan->files));
        else if (!isDemoRow && s.files == 0)
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
        const QString name = isDemoRow ? tr("demo history") : report::sourceDisplayName(s.source);
        const QStringList cells {name,
                                 status,
                                 locale.toString(s.files),
                                 locale.toString(s.events),
                                 locale.toString(s.lines),
                                 locale.toString(s.malformed + s.noTimestamp),
                                 poll != polls.cend() ? when(poll->lastAttemptMs) : when(s.lastIngestMs),
                                 gapText};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 2 && column <= 5) // counts: right-aligned, as in the Tasks table
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 5 && (s.malformed || s.noTimestamp))
                item->setToolTip(
                    tr("%1 malformed, %2 without a timestamp").arg(s.malformed).arg(s.noTimestamp));
            if (column == 7 && !gapTip.isEmpty())
                item->setToolTip(gapTip);
            if (column == 0)
                item->setData(Qt::UserRole, s.source); // the id, for scripts and tests
            if (column == 0 && !isDemoRow)
                item->setToolTip(tr("Source id: %1").arg(s.source));
            if (column == 1 && scan != scans.cend() && !scan->searched.isEmpty())
                item->setToolTip(tr("Looked in: %1").arg(scan->searched.join(QStringLiteral(", "))));
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace tokenwise
