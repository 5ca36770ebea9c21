// Lists the *.jsonl files of a log folder, saying which folders and names could not be read.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tokenwise {

struct LogTreeProblem
{
    enum class Kind {
        UnreadableFolder, // opendir() failed for a reason other than "not there" (permissions, I/O)
        UndecodableName, // not valid in the locale's encoding: a QString path cannot open it
    };
    Kind kind;
    QString path; // lossily decoded when the name is the problem
    QString reason; // strerror() for a folder; empty for a name
};

struct LogTreeListing
{
    QStringList files; // "<dir>/<relative path>", in directory order
    QList<LogTreeProblem> problems;
};

enum class LogTreeDepth { Flat, Recursive };

// Adds every regular *.jsonl below `dir` (a symlink counts when it points at a regular file). Symlinked
// folders are not followed, so a link loop cannot hang the scan. A missing `dir` adds nothing.
void listLogFiles(const QString &dir, LogTreeDepth depth, LogTreeListing &listing);
// The same for regular files whose names end with one of `suffixes` (".jsonl", ".json", …).
void listFiles(const QString &dir, LogTreeDepth depth, const QList<QByteArray> &suffixes,
               LogTreeListing &listing);
// The same for regular files whose name (without its folder) `wanted` accepts.
void listFilesNamed(const QString &dir, LogTreeDepth depth, const std::function<bool(QByteArrayView)> &wanted,
                    LogTreeListing &listing);
// The folders directly below `dir` ("<dir>/<name>", in directory order; symlinked ones are not followed),
// with the same problems reported into `listing`. A missing `dir` has none.
QStringList listFolders(const QString &dir, LogTreeListing &listing);

} // namespace tokenwise
