// The common start and end of reading an agent's database: skip it when unchanged, open it read-only, and
// refuse a read the agent wrote into half-way.
#pragma once

#include "sources/local/FileScanResult.h"
#include "sources/local/ForeignDatabase.h"

#include <memory>

namespace tokenwise {

struct DatabaseScan
{
    FileScanResult result; // changed with a stamped cursor, or unchanged, or an error
    std::unique_ptr<ForeignDatabase> database; // open when result.changed
    FileIdentity before;
    QString path;

    bool open() const { return database != nullptr; }
    // Reports a schema the reader does not know: the agent and what is missing, never a silent zero.
    void unknownSchema(const QString &agent, const QString &what);
    // Call after the reads: when the database changed while it was read the events are dropped and it is
    // read again on the next refresh (an immutable open does not see a writer arrive).
    void finish();
};

DatabaseScan beginDatabaseScan(const QString &source, const QString &path, const FileCursor *previous,
                               qint64 nowMs);

} // namespace tokenwise
