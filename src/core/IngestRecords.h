// What an ingest run hands the ledger besides events: per-file cursors and task metadata.
#pragma once

#include "core/UsageEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tokenwise {

// Where reading a log file stopped, and how to tell whether it is still the same file.
struct FileCursor
{
    QString source;
    QString path;
    qint64 device = 0;
    qint64 inode = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    qint64 offset = 0; // byte after the last complete line consumed
    qint64 headLength = 0; // how many leading bytes headHash covers (≤ 4 KiB)
    QByteArray headHash;
    QByteArray parserState; // a source's per-file state (Codex running totals)
    qint64 lines = 0; // complete lines consumed, all runs
    qint64 malformed = 0; // skipped: not valid JSON
    qint64 noTimestamp = 0; // skipped: usage without a valid timestamp
    qint64 events = 0; // usage records found
    qint64 lastIngestMs = 0;
};

// Enough of a cursor to tell, with one stat(), that a file has not changed since it was read.
struct FileStamp
{
    qint64 device = 0;
    qint64 inode = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

// Metadata of a task (an agent session); figures come from the events.
struct TaskInfo
{
    QString source;
    QString sessionId;
    QString projectDir; // Claude Code's encoded-cwd directory name (ccusage's projectPath)
    QString cwd; // the real working directory
    QString gitBranch;
    QString title; // from a `summary` line; never prompt text
};

struct IngestBatch
{
    QList<UsageEvent> events;
    QList<FileCursor> cursors;
    QList<TaskInfo> tasks;
};

} // namespace tokenwise
