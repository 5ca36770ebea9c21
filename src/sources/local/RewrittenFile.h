// Files an agent rewrites whole (JSON documents): read again in full when their stamp changes.
#pragma once

#include "sources/local/FileScanResult.h"

#include <QByteArray>

namespace tokenwise {

struct RewrittenRead
{
    FileScanResult result; // changed, cursor (offset = size), bytesRead, or error
    QByteArray bytes; // the whole document when result.changed; empty when over the size limit
};

// Nothing is read when the file's identity (device, inode, size, mtime) equals the stored cursor's. Stable
// event keys make a re-read of the same content count nothing twice.
RewrittenRead readRewrittenFile(const QString &source, const QString &path, const FileCursor *previous,
                                qint64 nowMs, qint64 maxBytes = 256 << 20);

} // namespace tokenwise
