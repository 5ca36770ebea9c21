// Reads the other machines' files in the sync folder into this ledger: only their new complete lines.
#pragma once

#include "app/sync/MachineIdentity.h"
#include "store/SyncLedger.h"

#include <QStringList>

namespace tokenwise::sync {

struct ImportResult
{
    qint64 records = 0; // event and task records read this run
    qint64 malformed = 0;
    int filesRead = 0; // files that had something new
    QStringList errors; // one line per file that could not be read, naming it
};

ImportResult importOthers(SyncLedger &ledger, const QString &folder, const MachineIdentity &me, qint64 nowMs);

} // namespace tokenwise::sync
