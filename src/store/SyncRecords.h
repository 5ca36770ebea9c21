// What the ledger keeps of the sync folder: the events travelling between machines and each machine's file.
#pragma once

#include "core/IngestRecords.h"
#include "core/UsageEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tokenwise {

// One event as it travels: its figures and whether its machine's ledger counts it (a de-dup loser is sent
// as dropped, so a copy sent earlier stops counting here too).
struct SyncedEvent
{
    UsageEvent event;
    bool dropped = false;
};

// Another machine's file as this ledger last read it.
struct SyncMachine
{
    QString id; // 32 hex digits, the file's name without .twsync
    QString name; // the machine's display name, from its file's header
    QString file; // where it was read
    qint64 offset = 0; // bytes consumed: every complete record before it
    QByteArray headHash; // SHA-256 of the header line: another header means a new file, read from the start
    qint64 records = 0;
    qint64 malformed = 0;
    qint64 lastRecordMs = 0; // the newest event time the machine sent
    qint64 lastWriteMs = 0; // when the machine last wrote its file (the file's modification time)
    qint64 lastReadMs = 0; // when this machine last read it
    bool forgotten = false;
    QString error; // why the file is not read (a newer format, a header naming another machine), or empty
    // From the ledger, not the file:
    qint64 events = 0;
    MicroUsd cost = 0;
};

} // namespace tokenwise
