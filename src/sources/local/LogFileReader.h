// Incremental reading of append-only log files: only bytes after the cursor are read, whole lines only.
#pragma once

#include "core/IngestRecords.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

namespace tokenwise {

struct FileIdentity
{
    bool exists = false;
    qint64 device = 0;
    qint64 inode = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
};

FileIdentity identify(const QString &path);

enum class ReadMode {
    Unchanged, // same file, nothing appended: nothing to read
    Append, // same file, grown: read from the cursor
    Reread, // new, truncated, replaced or rotated: read from the start
};

struct PendingRead
{
    ReadMode mode = ReadMode::Unchanged;
    FileIdentity identity;
    qint64 startOffset = 0;
};

// Decides how to read `path` given the cursor stored for it (if any).
PendingRead planRead(const QString &path, const FileCursor *cursor);

struct LogChunk
{
    QByteArray bytes; // [startOffset, startOffset + bytes.size()) of the file: complete lines only
    qint64 startOffset = 0;
    qint64 endOffset = 0; // the new cursor offset (after the last newline read)
    qint64 headLength = 0; // bytes covered by headHash
    QByteArray headHash; // of the file's first headLength bytes (≤ 4 KiB)
    QString error; // set when the file could not be read
};

// Reads complete lines from plan.startOffset to the end of the file. A last line without its newline is left
// for a later run. The head hash is recomputed so that a later run can tell a replaced file.
LogChunk readLines(const QString &path, const PendingRead &plan);

// Calls visit(line, offsetOfLine) for every line of the chunk (without its newline; CR stripped).
template<typename Visit> void forEachLine(const LogChunk &chunk, Visit visit)
{
    const char *data = chunk.bytes.constData();
    const qsizetype size = chunk.bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        const void *nl = memchr(data + pos, '\n', size_t(size - pos));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data : size;
        qsizetype lineEnd = end;
        if (lineEnd > pos && data[lineEnd - 1] == '\r')
            --lineEnd;
        if (lineEnd > pos)
            visit(std::string_view(data + pos, size_t(lineEnd - pos)), chunk.startOffset + pos);
        pos = end + 1;
    }
}

} // namespace tokenwise
