// A ledger held in memory for one-shot runs (`--no-store`): same rules as SqliteLedger, no disk.
#pragma once

#include "store/Ledger.h"

#include <QHash>

#include <vector>

namespace tokenwise {

class MemoryLedger final : public Ledger
{
public:
    QHash<QString, FileCursor> cursors(const QString &source) override;
    Status commit(const IngestBatch &batch) override;
    QList<UsageSlice> usageSlices(const LedgerQuery &query) override;
    QList<TaskSlice> taskSlices(const LedgerQuery &query) override;
    QHash<QString, TaskInfo> tasks() override { return m_tasks; }
    QList<SourceTotals> sourceTotals() override;
    qint64 eventCount() override;

private:
    void upsert(const UsageEvent &event);
    template<typename Visit> void forEachLive(const LedgerQuery &query, Visit visit) const;

    std::vector<UsageEvent> m_events;
    std::vector<bool> m_dropped;
    QHash<QByteArray, qsizetype> m_byKey; // source + '\0' + eventKey
    QHash<QByteArray, QList<qsizetype>> m_byMessageId; // Claude message ids
    QHash<QString, QHash<QString, FileCursor>> m_cursors; // source → path → cursor
    QHash<QString, TaskInfo> m_tasks;
};

} // namespace tokenwise
