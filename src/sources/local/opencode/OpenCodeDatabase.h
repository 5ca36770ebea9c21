// OpenCode's (and Kilo CLI's) SQLite store: sessions, messages and their parts, read incrementally.
#pragma once

#include "core/IngestRecords.h"
#include "sources/local/ForeignDatabase.h"
#include "sources/local/opencode/OpenCodeMessage.h"

namespace tokenwise::opencode {

struct DatabaseRead
{
    QList<UsageEvent> events;
    QList<TaskInfo> tasks;
    qint64 malformed = 0;
    qint64 forkCopies = 0; // messages dropped as copies of an older session's history
    QByteArray state; // where the next read starts: "<message time_updated>;<part time>"
    QString schemaProblem; // non-empty: the layout is not one this reader knows; nothing was read
    QString agentVersion; // the newest session's OpenCode version, for a schema report
};

// Messages updated (or given a new part) after `previousState`; a message read again is upserted by its id.
DatabaseRead readDatabase(ForeignDatabase &database, const QByteArray &previousState,
                          const MessageRules &rules);

} // namespace tokenwise::opencode
