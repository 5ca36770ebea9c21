// The sync folder's side of the persistent ledger: what this machine has to send, what others sent.
#pragma once

#include "core/Result.h"
#include "store/SqliteLedger.h"
#include "store/SyncRecords.h"

namespace tokenwise {

class SyncLedger
{
public:
    explicit SyncLedger(SqliteLedger &ledger) : m_connection(ledger.connectionName()) { }

    // This machine's own events written by commits after `afterSeq`, oldest commit first, at most `limit`;
    // `lastSeq` is the number to pass next time (unchanged when nothing is left).
    QList<SyncedEvent> localChangesSince(qint64 afterSeq, int limit, qint64 *lastSeq);
    // Tasks of this machine's sessions among `keys` (taskKey()).
    QList<TaskInfo> tasksOf(const QSet<QString> &keys);

    qint64 exportedSeq();
    QString exportedFileId(); // the header hash of the file the exported sequence belongs to
    Status setExported(qint64 seq, const QString &fileId);

    // Stores what a machine's file added, in one transaction with its new read position. An event only
    // replaces a row that machine sent: this machine's own rows and a third machine's are never touched, so
    // an event two machines both read (a shared home directory) counts once.
    Status importFrom(const SyncMachine &machine, const QList<SyncedEvent> &events,
                      const QList<TaskInfo> &tasks);
    // Records a read that added nothing, or an error, without touching events.
    Status updateMachine(const SyncMachine &machine);
    QList<SyncMachine> machines(); // with their event counts and costs, by name
    // Stops reading the machine and removes its events; the rest stay exact.
    Result<qint64> forget(const QString &id);
    // Reads a forgotten machine's file again, from its start, on the next sync.
    Status restore(const QString &id);

private:
    QString m_connection;
};

} // namespace tokenwise
