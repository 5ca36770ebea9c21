// Whole-document reads for rewritten files.
#include "sources/local/RewrittenFile.h"

#include "sources/local/AppendedLines.h"

#include <QFile>

namespace tokenwise {

RewrittenRead readRewrittenFile(const QString &source, const QString &path, const FileCursor *previous,
                                qint64 nowMs, qint64 maxBytes)
{
    RewrittenRead read;
    const FileIdentity identity = identify(path);
    if (!identity.exists
        || (previous && previous->device == identity.device && previous->inode == identity.inode
            && previous->size == identity.size && previous->mtimeMs == identity.mtimeMs))
        return read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.result.error = file.errorString();
        return read;
    }
    read.result.changed = true;
    FileCursor &cursor = read.result.cursor;
    if (previous)
        cursor = *previous;
    stampCursor(cursor, source, path, identity, nowMs);
    cursor.offset = identity.size;
    cursor.lines = 1;
    if (identity.size <= maxBytes)
        read.bytes = file.readAll();
    read.result.bytesRead = read.bytes.size();
    return read;
}

} // namespace tokenwise
