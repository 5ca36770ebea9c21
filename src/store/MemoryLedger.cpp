// In-memory ledger.
#include "store/MemoryLedger.h"

#include "store/DedupRule.h"

#include <QSet>

namespace tokenwise {

namespace {

bool matches(const LedgerQuery &query, const UsageEvent &event)
{
    return event.timestampMs >= query.fromMs && event.timestampMs < query.toMs
        && (query.sources.isEmpty() || query.sources.contains(event.source));
}

void mergeTask(QHash<QString, TaskInfo> &tasks, const TaskInfo &info)
{
    TaskInfo &task = tasks[taskKey(info.source, info.sessionId)];
    task.source = info.source;
    task.sessionId = info.sessionId;
    // Later batches fill in what earlier ones did not know; a known value is not overwritten by a blank.
    for (auto [target, value] : {std::pair {&task.projectDir, &info.projectDir},
                                 {&task.cwd, &info.cwd},
                                 {&task.gitBranch, &info.gitBranch},
                                 {&task.title, &info.title}}) {
        if (!value->isEmpty())
            *target = *value;
    }
}

} // namespace

QHash<QString, FileCursor> MemoryLedger::cursors(const QString &source)
{
    return m_cursors.value(source);
}

void MemoryLedger::upsert(const UsageEvent &event)
{
    const QByteArray key = event.source.toUtf8() + '\0' + event.eventKey;
    const auto existing = m_byKey.constFind(key);
    if (existing != m_byKey.cend()) {
        const qsizetype index = *existing;
        if (isBetterCopy(event, m_events[size_t(index)])) {
            m_events[size_t(index)] = event;
            m_dropped[size_t(index)] = false;
        }
        return;
    }
    m_byKey.insert(key, qsizetype(m_events.size()));
    if (!event.messageId.isEmpty())
        m_byMessageId[event.messageId].append(qsizetype(m_events.size()));
    m_events.push_back(event);
    m_dropped.push_back(false);
}

Status MemoryLedger::commit(const IngestBatch &batch)
{
    QSet<QByteArray> touchedMessages;
    for (const UsageEvent &event : batch.events) {
        upsert(event);
        if (!event.messageId.isEmpty())
            touchedMessages.insert(event.messageId);
    }
    for (const QByteArray &messageId : touchedMessages) {
        const QList<qsizetype> &copies = m_byMessageId.value(messageId);
        for (qsizetype side : copies) {
            for (qsizetype main : copies) {
                if (side != main && isSidechainReplay(m_events[size_t(side)], m_events[size_t(main)]))
                    m_dropped[size_t(side)] = true;
            }
        }
    }
    for (const FileCursor &cursor : batch.cursors)
        m_cursors[cursor.source].insert(cursor.path, cursor);
    for (const TaskInfo &task : batch.tasks)
        mergeTask(m_tasks, task);
    return success();
}

template<typename Visit> void MemoryLedger::forEachLive(const LedgerQuery &query, Visit visit) const
{
    for (size_t i = 0; i < m_events.size(); ++i) {
        if (!m_dropped[i] && matches(query, m_events[i]))
            visit(m_events[i]);
    }
}

QList<UsageSlice> MemoryLedger::usageSlices(const LedgerQuery &query)
{
    QHash<QString, qsizetype> index;
    QList<UsageSlice> slices;
    forEachLive(query, [&](const UsageEvent &e) {
        const qint64 bucket = quarterHourStart(e.timestampMs);
        const QString key = QString::number(bucket) + QLatin1Char('\n') + e.source + QLatin1Char('\n')
            + e.model + QLatin1Char('\n') + QString::number(int(e.fast) * 2 + int(e.fallbackModel))
            + QLatin1Char('\n') + costBasisName(e.basis);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, slices.size());
            slices.append({bucket, e.source, e.model, e.fast, e.fallbackModel, e.basis, {}, 0, 0});
        }
        UsageSlice &slice = slices[*it];
        slice.tokens += e.tokens;
        slice.cost += e.cost;
        ++slice.events;
    });
    return slices;
}

QList<TaskSlice> MemoryLedger::taskSlices(const LedgerQuery &query)
{
    QHash<QString, qsizetype> index;
    QList<TaskSlice> slices;
    forEachLive(query, [&](const UsageEvent &e) {
        const QString key = taskKey(e.source, e.sessionId) + QLatin1Char('\n') + e.model + QLatin1Char('\n')
            + QString::number(int(e.fast)) + QLatin1Char('\n') + costBasisName(e.basis);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, slices.size());
            slices.append(
                {e.source, e.sessionId, e.model, e.fast, e.basis, {}, 0, 0, e.timestampMs, e.timestampMs});
        }
        TaskSlice &slice = slices[*it];
        slice.tokens += e.tokens;
        slice.cost += e.cost;
        ++slice.events;
        slice.firstMs = std::min(slice.firstMs, e.timestampMs);
        slice.lastMs = std::max(slice.lastMs, e.timestampMs);
    });
    return slices;
}

QList<SourceTotals> MemoryLedger::sourceTotals()
{
    QHash<QString, SourceTotals> totals;
    for (auto it = m_cursors.cbegin(); it != m_cursors.cend(); ++it) {
        SourceTotals &t = totals[it.key()];
        t.source = it.key();
        for (const FileCursor &c : *it) {
            ++t.files;
            t.lines += c.lines;
            t.malformed += c.malformed;
            t.noTimestamp += c.noTimestamp;
            t.lastIngestMs = std::max(t.lastIngestMs, c.lastIngestMs);
        }
    }
    for (size_t i = 0; i < m_events.size(); ++i) {
        if (!m_dropped[i]) {
            SourceTotals &t = totals[m_events[i].source];
            t.source = m_events[i].source;
            ++t.events;
        }
    }
    return totals.values();
}

qint64 MemoryLedger::eventCount()
{
    return qint64(std::count(m_dropped.cbegin(), m_dropped.cend(), false));
}

} // namespace tokenwise
