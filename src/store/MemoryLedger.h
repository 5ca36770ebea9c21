// A ledger held in memory for one-shot runs (`--no-store`, the demo): same rules as SqliteLedger, no disk.
#pragma once

#include "store/Ledger.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace tokenwise {

class MemoryLedger final : public Ledger
{
public:
    QHash<QString, FileCursor> cursors(const QString &source) override;
    Status commit(IngestBatch batch) override;
    QList<UsageSlice> usageSlices(const LedgerQuery &query) override;
    QList<TaskSlice> taskSlices(const LedgerQuery &query) override;
    QHash<QString, TaskInfo> tasks() override { return m_tasks; }
    QList<SourceTotals> sourceTotals() override;
    qint64 eventCount() override;
    // Provider API data: MemoryLedgerApi.cpp.
    Status commitApi(const ApiBatch &batch) override;
    QList<SpendBucket> spendBuckets(const QString &source, qint64 fromMs, qint64 toMs) override;
    QList<ReportedDayCost> reportedCosts(const QDate &from, const QDate &to) override;
    QList<TeamDistribution> teamDistributions(const QDate &from, const QDate &to) override;
    std::optional<SourcePollState> pollState(const QString &source) override;
    QList<SourcePollState> pollStates() override;

private:
    // One kept event, compact: strings are interned, so a year of events stays small.
    struct Stored
    {
        QByteArray key; // the event key; the index below views its bytes, so it is never replaced
        qint64 timestampMs = 0;
        qint64 originOffset = 0;
        TokenCounts tokens;
        MicroUsd cost = 0;
        qint32 source = 0, model = 0, session = 0, origin = 0, priceVersion = 0;
        qint32 messageIdLength = 0;
        qint32 nextWithSameMessage = -1; // chain of the copies of one response (for /btw replays)
        CostBasis basis = CostBasis::Priced;
        bool fast = false, fallbackModel = false, sidechain = false, dropped = false;

        QByteArrayView messageId() const { return QByteArrayView(key).first(messageIdLength); }
    };

    qint32 intern(const QString &text);
    void upsert(UsageEvent &&event);
    bool better(const UsageEvent &candidate, const Stored &kept) const;
    void markReplays(qint32 first);
    UsageEvent view(const Stored &stored) const; // for the shared de-dup rule
    template<typename Visit> void forEachLive(const LedgerQuery &query, Visit visit) const;

    // Fixed-size blocks: growing never moves (or faults in again) the events already stored.
    static constexpr qint32 kBlock = 4096;
    Stored &at(qint32 index) { return m_blocks[size_t(index / kBlock)][size_t(index % kBlock)]; }
    const Stored &at(qint32 index) const { return m_blocks[size_t(index / kBlock)][size_t(index % kBlock)]; }
    qint32 append();

    std::vector<std::unique_ptr<Stored[]>> m_blocks;
    qint32 m_count = 0;
    QHash<QByteArrayView, qint32> m_byKey; // views into Stored::key (source-prefixed)
    QHash<QByteArrayView, qint32> m_byMessageId; // first copy of each Claude response
    QStringList m_strings;
    QHash<QString, qint32> m_stringIds;
    // Events of one file share their strings' data: remembering the last few skips most hash lookups.
    std::array<std::pair<const QChar *, qint32>, 8> m_recent {};
    QHash<QString, QHash<QString, FileCursor>> m_cursors; // source → path → cursor
    QHash<QString, TaskInfo> m_tasks;
    // Provider API data, keyed like the SQLite tables' primary keys.
    QMap<QString, SpendBucket> m_buckets;
    QMap<QString, ReportedDayCost> m_reported;
    QMap<QString, TeamDistribution> m_distributions;
    QMap<QString, SourcePollState> m_pollStates;
};

} // namespace tokenwise
