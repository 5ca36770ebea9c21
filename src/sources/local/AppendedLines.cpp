// The shared append-only read loop.
#include "sources/local/AppendedLines.h"

namespace tokenwise {

void stampCursor(FileCursor &cursor, const QString &source, const QString &path, const FileIdentity &identity,
                 qint64 nowMs)
{
    cursor.source = source;
    cursor.path = path;
    cursor.device = identity.device;
    cursor.inode = identity.inode;
    cursor.size = identity.size;
    cursor.mtimeMs = identity.mtimeMs;
    cursor.lastIngestMs = nowMs;
}

FileScanResult scanAppendedLines(LogFileReader &reader, const QString &source, const QString &path,
                                 const FileCursor *previous, qint64 nowMs, const AppendedLineHooks &hooks)
{
    FileScanResult result;
    const PendingRead plan = planRead(path, previous);
    if (plan.mode == ReadMode::Unchanged)
        return result;
    if (!reader.open(path, plan)) {
        result.error = reader.error();
        return result;
    }
    result.changed = true;
    FileCursor &cursor = result.cursor;
    if (previous && plan.mode == ReadMode::Append) {
        cursor = *previous;
        if (hooks.restoreState)
            hooks.restoreState(previous->parserState);
    }
    stampCursor(cursor, source, path, plan.identity, nowMs);
    LogChunk chunk;
    while (reader.next(chunk)) {
        forEachLine(chunk, [&](std::string_view line, qint64 offset) {
            ++cursor.lines;
            switch (hooks.feed(QByteArrayView(line.data(), qsizetype(line.size())), offset)) {
            case LineOutcome::Malformed:
                ++cursor.malformed;
                ++result.malformed;
                break;
            case LineOutcome::NoTimestamp:
                ++cursor.noTimestamp;
                ++result.noTimestamp;
                break;
            default:
                break;
            }
        });
    }
    reader.finish();
    if (!reader.error().isEmpty()) {
        FileScanResult failed; // keep the old cursor: nothing half-read is committed
        failed.error = reader.error();
        return failed;
    }
    // Over-long lines were never parsed: they count as malformed, so a report says something was skipped.
    cursor.malformed += reader.skippedLines();
    result.malformed += reader.skippedLines();
    result.bytesRead = reader.bytesRead();
    cursor.offset = reader.endOffset();
    cursor.headLength = reader.headLength();
    cursor.headHash = reader.headHash();
    if (hooks.saveState)
        cursor.parserState = hooks.saveState();
    return result;
}

} // namespace tokenwise
