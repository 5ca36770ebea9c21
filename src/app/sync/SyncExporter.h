// Appends this machine's new and changed events to its own file in the sync folder, the only file it writes.
#pragma once

#include "app/sync/MachineIdentity.h"
#include "core/Result.h"
#include "store/SyncLedger.h"

namespace tokenwise::sync {

struct ExportResult
{
    QString file;
    qint64 events = 0; // records written this run
    qint64 tasks = 0;
    bool rewritten = false; // the file was missing, foreign or renamed and was written anew
};

Result<ExportResult> exportLocal(SyncLedger &ledger, const QString &folder, const MachineIdentity &me);

} // namespace tokenwise::sync
