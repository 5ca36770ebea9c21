// One agent whose usage lives in local files: where it looks, how its files change, how a file becomes
// events.
#pragma once

#include "sources/local/FileScanResult.h"
#include "sources/local/LogTree.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace tokenwise {

// How an agent updates its files, which decides how a changed file is read again.
enum class FileUpdateStyle {
    Append, // JSONL that only grows: read from the cursor's offset, whole lines only
    Rewrite, // a document replaced whole: read it all again; stable event keys keep it from counting twice
    Database, // a database updated in place: opened read-only, rows upserted by their id
};

// One file (or database) a source reads, with what its place in the tree says about it.
struct LocalFile
{
    QString path; // absolute
    QString sessionId; // from the layout, when the layout names it (else the reader finds it)
    QString projectDir; // the layout's project label (Claude's encoded cwd, Gemini's project slug, …)
    bool database = false; // an SQLite database: its stamp includes its write-ahead log
};

struct LocalListing
{
    QStringList searched; // every place looked at, existing or not
    QStringList roots; // the places that exist
    QList<LocalFile> files; // sorted by path, so ties resolve the same way every run
    QList<LogTreeProblem> problems; // folders that could not be read: they may hold spend
};

// Reads one file at a time; one per worker thread, so it may keep buffers and interned strings.
class LocalFileScanner
{
public:
    virtual ~LocalFileScanner() = default;
    // `previous` is the cursor stored for the file (null when never read). An unchanged file returns
    // changed = false; a read error returns `error` and leaves the stored cursor as it was.
    virtual FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) = 0;
};

class LocalSource
{
public:
    virtual ~LocalSource() = default;

    virtual QString id() const = 0; // the ledger's source id and the CLI's --source value: "gemini-cli"
    virtual QString displayName() const = 0; // translated: "Gemini CLI"
    virtual FileUpdateStyle updateStyle() const = 0;
    // Looks at the agent's default location under the user's home, or where its documented environment
    // variable points; read at call time, so a test's private HOME is honoured.
    virtual LocalListing list() const = 0;
    virtual std::unique_ptr<LocalFileScanner> makeScanner() const = 0;
    // Figures the agent records that are not usage events, in words, from the stored cursors (Amp's credits).
    virtual QStringList notes(const QHash<QString, FileCursor> &cursors) const
    {
        Q_UNUSED(cursors);
        return {};
    }
    // Price-table ids to try for a model the agent reported at a time, best first ("<m>", "google/<m>", …);
    // the time lets a subscription alias resolve to the model it stood for then.
    virtual QStringList priceCandidates(const QString &model, qint64 timestampMs) const
    {
        Q_UNUSED(timestampMs);
        return {model};
    }
};

} // namespace tokenwise
