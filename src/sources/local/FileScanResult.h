// What reading one log file produced: candidate events, the new cursor, and task metadata.
#pragma once

#include "core/IngestRecords.h"

namespace tokenwise {

struct FileScanResult
{
    bool changed = false; // false: the file was unchanged (or gone) and nothing needs committing
    QList<UsageEvent> events;
    FileCursor cursor;
    TaskInfo task;
    QList<TaskInfo> moreTasks; // a database holds many tasks
    qint64 bytesRead = 0;
    qint64 malformed = 0; // this run only, over-long lines included (the cursor keeps the running totals)
    qint64 noTimestamp = 0; // this run only
    QString error; // the file could not be read; its cursor is left as it was
};

} // namespace tokenwise
