// The read loop every append-only JSONL source shares: plan from the cursor, read whole lines, count bad
// ones, carry the parser's state, leave a half-written last line for the next run.
#pragma once

#include "sources/local/FileScanResult.h"
#include "sources/local/LogFileReader.h"

#include <QByteArrayView>

#include <functional>

namespace tokenwise {

enum class LineOutcome { Ignored, Usage, Malformed, NoTimestamp };

struct AppendedLineHooks
{
    std::function<LineOutcome(QByteArrayView line, qint64 offset)> feed;
    std::function<void(const QByteArray &state)> restoreState; // called before the first line of an append
    std::function<QByteArray()> saveState;
};

// Reads what is new in `path` for `source`. The result carries the cursor and counts; the caller's parser,
// fed through `hooks`, holds the events. On a read error the result has only `error` (the cursor stays).
FileScanResult scanAppendedLines(LogFileReader &reader, const QString &source, const QString &path,
                                 const FileCursor *previous, qint64 nowMs, const AppendedLineHooks &hooks);

// Sets a cursor's source, path and file identity.
void stampCursor(FileCursor &cursor, const QString &source, const QString &path, const FileIdentity &identity,
                 qint64 nowMs);

} // namespace tokenwise
