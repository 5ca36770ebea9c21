// Database reads with the same cursor rules as files: the stamp (main file plus log) decides whether to look.
#include "sources/local/DatabaseScan.h"

#include "sources/local/AppendedLines.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tokenwise {

DatabaseScan beginDatabaseScan(const QString &source, const QString &path, const FileCursor *previous,
                               qint64 nowMs)
{
    DatabaseScan scan;
    scan.path = path;
    scan.before = identifyDatabase(path);
    const FileIdentity &now = scan.before;
    if (!now.exists
        || (previous && previous->device == now.device && previous->inode == now.inode
            && previous->size == now.size && previous->mtimeMs == now.mtimeMs))
        return scan;
    auto database = std::make_unique<ForeignDatabase>(path);
    if (database->state() == ForeignDatabase::State::Missing)
        return scan;
    if (database->state() != ForeignDatabase::State::Open) {
        scan.result.error = database->error();
        return scan;
    }
    scan.database = std::move(database);
    scan.result.changed = true;
    FileCursor &cursor = scan.result.cursor;
    if (previous)
        cursor = *previous;
    stampCursor(cursor, source, path, now, nowMs);
    cursor.offset = now.size;
    cursor.lines = 1;
    scan.result.bytesRead = now.size;
    return scan;
}

void DatabaseScan::unknownSchema(const QString &agent, const QString &what)
{
    result = FileScanResult();
    result.error = QCoreApplication::translate("ForeignDatabase",
                                               "%1's database has a layout Tokenwise does not know (%2); it "
                                               "was not read")
                       .arg(agent, what);
    database.reset();
}

void DatabaseScan::finish()
{
    if (!result.changed || !database)
        return;
    QString error;
    if (database->state() != ForeignDatabase::State::Open) {
        error = database->error();
    } else if (database->immutable()) {
        const FileIdentity after = identifyDatabase(path);
        if (after.size != before.size || after.mtimeMs != before.mtimeMs
            || QFileInfo::exists(path + QStringLiteral("-wal")))
            error = QCoreApplication::translate("ForeignDatabase",
                                                "the database changed while it was read; read again on the "
                                                "next refresh");
    }
    database.reset();
    if (!error.isEmpty()) {
        result = FileScanResult();
        result.error = error;
    }
}

} // namespace tokenwise
