// One sync pass after a refresh: this machine's changes out to its file, every other machine's file in.
#pragma once

#include "app/sync/MachineIdentity.h"
#include "app/sync/SyncExporter.h"
#include "app/sync/SyncImporter.h"
#include "store/SqliteLedger.h"

namespace tokenwise::sync {

struct SyncReport
{
    QString folder; // empty: sync is not set up, and nothing ran
    MachineIdentity me;
    ExportResult exported;
    ImportResult imported;
    QStringList errors; // export and import problems, each naming its file or folder
};

// Reads sync.folder from the settings in `configDir`; without it, does nothing.
SyncReport runSync(SqliteLedger &ledger, const QString &configDir, qint64 nowMs);

} // namespace tokenwise::sync
