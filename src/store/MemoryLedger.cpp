// In-memory ledger with compact records.
#include "store/MemoryLedger.h"

#include "core/DedupRule.h"

#include <algorithm>

namespace tokenwise {

namespace {

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

// Keys are stored as "<source>\0<event key>" so that sources never collide.
QByteArray storedKey(const UsageEvent &e)
{
    QByteArray key;
    key.reserve(e.source.size() + 1 + e.eventKey.size());
    key.append(e.source.toLatin1()).append('\0').append(e.eventKey);
    return key;
}

struct SliceKey
{
    qint64 bucket;
    qint32 source, model;
    int flags;
    friend bool operator==(const SliceKey &, const SliceKey &) = default;
    friend size_t qHash(const SliceKey &k, size_t seed)
    {
        return qHashMulti(seed, k.bucket, k.source, k.model, k.flags);
    }
};

struct TaskKey
{
    qint32 source, session, model;
    int flags;
    friend bool operator==(const TaskKey &, const TaskKey &) = default;
    friend size_t qHash(const TaskKey &k, size_t seed)
    {
        return qHashMulti(seed, k.source, k.session, k.model, k.flags);
    }
};

} // namespace

qint32 MemoryLedger::intern(const QString &text)
{
    const QChar *data = text.constData();
    for (const auto &[recent, id] : m_recent) {
        if (recent == data && !text.isEmpty() && m_strings.at(id).constData() == data)
            return id;
    }
    qint32 id;
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.cend()) {
        id = *it;
    } else {
        id = qint32(m_strings.size());
        m_strings << text;
        m_stringIds.insert(text, id);
    }
    // The interned copy shares `text`'s data, so the pointer stays valid while the ledger lives.
    if (m_strings.at(id).constData() == data) {
        std::rotate(m_recent.begin(), m_recent.end() - 1, m_recent.end());
        m_recent.front() = {data, id};
    }
    return id;
}

qint32 MemoryLedger::append()
{
    if (m_count == qint32(m_blocks.size()) * kBlock)
        m_blocks.push_back(std::make_unique<Stored[]>(kBlock));
    return m_count++;
}

QHash<QString, FileCursor> MemoryLedger::cursors(const QString &source)
{
    return m_cursors.value(source);
}

UsageEvent MemoryLedger::view(const Stored &s) const
{
    UsageEvent e;
    e.source = m_strings.at(s.source);
    e.sidechain = s.sidechain;
    e.tokens = s.tokens;
    e.originPath = m_strings.at(s.origin);
    e.originOffset = s.originOffset;
    e.eventKey = QByteArray(s.key).sliced(s.key.indexOf('\0') + 1);
    e.messageIdLength = s.messageIdLength;
    return e;
}

bool MemoryLedger::better(const UsageEvent &candidate, const Stored &kept) const
{
    return isBetterCopy(candidate, view(kept));
}

void MemoryLedger::upsert(UsageEvent &&event)
{
    QByteArray key = storedKey(event);
    const auto existing = m_byKey.constFind(QByteArrayView(key));
    qint32 index;
    if (existing != m_byKey.cend()) {
        index = *existing;
        if (!better(event, at(index)))
            return;
    } else {
        index = append();
        Stored &fresh = at(index);
        fresh.key = std::move(key);
        fresh.messageIdLength = event.messageIdLength;
        m_byKey.insert(QByteArrayView(fresh.key), index);
        if (fresh.messageIdLength > 0) {
            const QByteArrayView messageId
                = QByteArrayView(fresh.key).sliced(fresh.key.indexOf('\0') + 1).first(fresh.messageIdLength);
            const auto first = m_byMessageId.constFind(messageId);
            if (first == m_byMessageId.cend()) {
                m_byMessageId.insert(messageId, index);
            } else {
                fresh.nextWithSameMessage = at(*first).nextWithSameMessage;
                at(*first).nextWithSameMessage = index;
            }
        }
    }
    Stored &s = at(index);
    s.timestampMs = event.timestampMs;
    s.originOffset = event.originOffset;
    s.tokens = event.tokens;
    s.cost = event.cost;
    s.source = intern(event.source);
    s.model = intern(event.model);
    s.session = intern(event.sessionId);
    s.origin = intern(event.originPath);
    s.priceVersion = intern(event.priceVersion);
    s.basis = event.basis;
    s.fast = event.fast;
    s.fallbackModel = event.fallbackModel;
    s.sidechain = event.sidechain;
    s.dropped = false;
    if (s.messageIdLength > 0)
        markReplays(index);
}

// Applies the /btw replay rule among all copies of the response that `index` belongs to.
void MemoryLedger::markReplays(qint32 index)
{
    const Stored &start = at(index);
    const QByteArrayView messageId
        = QByteArrayView(start.key).sliced(start.key.indexOf('\0') + 1).first(start.messageIdLength);
    const qint32 first = m_byMessageId.value(messageId, -1);
    if (first < 0 || at(first).nextWithSameMessage < 0)
        return; // a single copy: nothing to compare
    for (qint32 side = first; side >= 0; side = at(side).nextWithSameMessage) {
        if (!at(side).sidechain)
            continue;
        const UsageEvent sidechain = view(at(side));
        for (qint32 main = first; main >= 0; main = at(main).nextWithSameMessage) {
            if (isSidechainReplay(sidechain, view(at(main))))
                at(side).dropped = true;
        }
    }
}

Status MemoryLedger::commit(IngestBatch batch)
{
    for (UsageEvent &event : batch.events)
        upsert(std::move(event));
    for (const FileCursor &cursor : batch.cursors)
        m_cursors[cursor.source].insert(cursor.path, cursor);
    for (const TaskInfo &task : batch.tasks)
        mergeTask(m_tasks, task);
    return success();
}

template<typename Visit> void MemoryLedger::forEachLive(const LedgerQuery &query, Visit visit) const
{
    QList<qint32> sources;
    for (const QString &source : query.sources)
        sources << m_stringIds.value(source, -1);
    const qint32 session = query.sessionId.isEmpty() ? -1 : m_stringIds.value(query.sessionId, -2);
    if (!query.machines.isEmpty() && !query.machines.contains(QString()))
        return; // an in-memory ledger holds only this machine's events
    for (qint32 i = 0; i < m_count; ++i) {
        const Stored &s = at(i);
        if (!s.dropped && s.timestampMs >= query.fromMs && s.timestampMs < query.toMs
            && (sources.isEmpty() || sources.contains(s.source)) && (session == -1 || s.session == session))
            visit(s);
    }
}

QList<UsageSlice> MemoryLedger::usageSlices(const LedgerQuery &query)
{
    QHash<SliceKey, qsizetype> index;
    QList<UsageSlice> slices;
    forEachLive(query, [&](const Stored &s) {
        const SliceKey key {quarterHourStart(s.timestampMs), s.source, s.model,
                            int(s.fast) | int(s.fallbackModel) << 1 | int(s.basis) << 2};
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, slices.size());
            slices.append({key.bucket,
                           m_strings.at(s.source),
                           m_strings.at(s.model),
                           s.fast,
                           s.fallbackModel,
                           s.basis,
                           {},
                           0,
                           0,
                           QString()});
        }
        UsageSlice &slice = slices[*it];
        slice.tokens += s.tokens;
        slice.cost += s.cost;
        ++slice.events;
    });
    return slices;
}

QList<TaskSlice> MemoryLedger::taskSlices(const LedgerQuery &query)
{
    QHash<TaskKey, qsizetype> index;
    QList<TaskSlice> slices;
    forEachLive(query, [&](const Stored &s) {
        const TaskKey key {s.source, s.session, s.model, int(s.fast) | int(s.basis) << 2};
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, slices.size());
            slices.append({m_strings.at(s.source),
                           m_strings.at(s.session),
                           m_strings.at(s.model),
                           s.fast,
                           s.basis,
                           {},
                           0,
                           0,
                           s.timestampMs,
                           s.timestampMs});
        }
        TaskSlice &slice = slices[*it];
        slice.tokens += s.tokens;
        slice.cost += s.cost;
        ++slice.events;
        slice.firstMs = std::min(slice.firstMs, s.timestampMs);
        slice.lastMs = std::max(slice.lastMs, s.timestampMs);
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
    for (qint32 i = 0; i < m_count; ++i) {
        const Stored &s = at(i);
        if (!s.dropped) {
            SourceTotals &t = totals[m_strings.at(s.source)];
            t.source = m_strings.at(s.source);
            ++t.events;
        }
    }
    return totals.values();
}

qint64 MemoryLedger::eventCount()
{
    qint64 live = 0;
    for (qint32 i = 0; i < m_count; ++i)
        live += at(i).dropped ? 0 : 1;
    return live;
}

} // namespace tokenwise
