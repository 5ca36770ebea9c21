// What one ingest run saw of one local source: where it looked, what it found, what it could not read.
#pragma once

#include <QString>
#include <QStringList>

namespace tokenwise {

struct SourceScanStatus
{
    QString source;
    QStringList searched; // where it looked
    QStringList roots; // what it found
    qint64 files = 0;
    qint64 changedFiles = 0;
    qint64 bytesRead = 0;
    qint64 candidateEvents = 0; // usage lines read this run, before de-dup
    qint64 malformed = 0; // this run
    qint64 noTimestamp = 0; // this run
    QStringList errors;
};

} // namespace tokenwise
