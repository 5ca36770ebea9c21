// Incremental reading of append-only log files: only bytes after the cursor are read, whole lines only.
#pragma once

#include "core/IngestRecords.h"
#include "sources/local/ByteSearch.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstring>
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
    QByteArrayView bytes; // complete lines only
    qint64 startOffset = 0; // file offset of bytes[0]
};

// Reads complete lines from a planned offset in bounded chunks through a buffer it keeps between files, so
// memory stays flat and no page is faulted in twice. A last line without its newline is left for a later
// run; the head hash lets that run tell a replaced file. A line longer than maxLineBytes is never held
// whole: it is skipped, byte-scanned to its newline, and counted in skippedLines().
class LogFileReader
{
public:
    static constexpr qint64 kDefaultMaxLineBytes = 16 << 20; // usage lines stay far below 1 MB

    explicit LogFileReader(qint64 chunkBytes = 4 << 20, qint64 maxLineBytes = kDefaultMaxLineBytes);

    bool open(const QString &path, const PendingRead &plan);
    // The next run of complete lines; false when no complete line is left (or on a read error).
    bool next(LogChunk &chunk);
    // Call after the last next(): computes the head hash over what was consumed.
    void finish();

    qint64 endOffset() const { return m_consumedEnd; } // after the last complete line handed out
    qint64 bytesRead() const { return m_consumedEnd - m_startOffset; }
    qint64 skippedLines() const { return m_skippedLines; } // over-long lines passed over since open()
    qint64 headLength() const { return m_headLength; }
    QByteArray headHash() const { return m_headHash; }
    QString error() const { return m_error; }

private:
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_chunkBytes;
    qint64 m_maxLineBytes;
    bool m_skipping = false; // inside an over-long line: drop bytes up to its newline
    qint64 m_skippedLines = 0;
    qint64 m_startOffset = 0;
    qint64 m_fileEnd = 0; // what stat() saw: bytes appended meanwhile wait for the next run
    qint64 m_readEnd = 0; // file offset just after the buffer's bytes
    qint64 m_consumedEnd = 0; // file offset just after the last line handed out
    qsizetype m_carry = 0; // bytes of an unfinished line at the end of the buffer
    qsizetype m_pendingShift = 0; // bytes handed out last time, dropped from the front on the next read
    qint64 m_headLength = 0;
    QByteArray m_headHash;
    QString m_error;
};

// Calls visit(line, offsetOfLine) for every line of the chunk (without its newline; CR stripped).
template<typename Visit> void forEachLine(const LogChunk &chunk, Visit visit)
{
    const char *data = chunk.bytes.data();
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

// Number of lines (newlines) in a chunk.
qint64 countLines(const LogChunk &chunk);

// Calls visit(line, offsetOfLine) for each line that contains `needle` or whose first `headBytes` bytes
// contain `headNeedle`, in file order. Hits are searched across the whole chunk, so the bytes of other lines
// are looked at once, by memmem, and never split into lines.
template<typename Visit>
void forEachLineWith(const LogChunk &chunk, std::string_view needle, std::string_view headNeedle,
                     qsizetype headBytes, Visit visit)
{
    const char *data = chunk.bytes.data();
    const char *end = data + chunk.bytes.size();
    const auto find = [end](const char *from, std::string_view what) { return findBytes(from, end, what); };
    const char *nextBody = find(data, needle);
    const char *nextHead = find(data, headNeedle);
    while (nextBody < end || nextHead < end) {
        const char *hit = std::min(nextBody, nextHead);
        const void *previousNewline = memrchr(data, '\n', size_t(hit - data));
        const char *lineStart = previousNewline ? static_cast<const char *>(previousNewline) + 1 : data;
        const void *nl = memchr(hit, '\n', size_t(end - hit));
        const char *lineEnd = nl ? static_cast<const char *>(nl) : end;
        const bool wanted = hit == nextBody || hit - lineStart < headBytes;
        const char *contentEnd = (lineEnd > lineStart && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
        if (wanted)
            visit(std::string_view(lineStart, size_t(contentEnd - lineStart)),
                  chunk.startOffset + (lineStart - data));
        const char *next = lineEnd + 1;
        if (nextBody < next)
            nextBody = find(next, needle);
        if (nextHead < next)
            nextHead = find(next, headNeedle);
    }
}

} // namespace tokenwise
