// Amp's threads: each T-*.json is rewritten on every change and read again whole; the keys (thread id +
// ledger event id) keep a re-read from counting twice.
#include "sources/local/amp/AmpSource.h"

#include "sources/local/RewrittenFile.h"
#include "sources/local/amp/AmpThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace tokenwise::amp {

namespace {

class Scanner final : public LocalFileScanner
{
public:
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        RewrittenRead read = readRewrittenFile(QString::fromLatin1(sourceId), file.path, previous, nowMs);
        FileScanResult &result = read.result;
        if (!result.changed)
            return std::move(result);
        result.cursor.events = result.cursor.malformed = 0; // the counts restart with the rewritten document
        AmpThread thread = parseThread(read.bytes);
        if (!thread.valid) {
            // Possibly caught mid-write: counted, and read again once the file changes.
            result.malformed = result.cursor.malformed = 1;
            return std::move(result);
        }
        result.events = std::move(thread.events);
        for (UsageEvent &e : result.events)
            e.originPath = file.path;
        result.cursor.events = result.events.size();
        result.cursor.parserState = QByteArray::number(thread.credits, 'g', 15); // the thread's credits
        result.task = thread.task;
        return std::move(result);
    }
};

} // namespace

QStringList ampDataDirs()
{
    if (const QString dir = qEnvironmentVariable("AMP_DATA_DIR"); !dir.isEmpty())
        return {QDir(dir).absolutePath()};
    const QString xdgData = qEnvironmentVariable(
        "XDG_DATA_HOME", QDir::home().absoluteFilePath(QStringLiteral(".local/share")));
    QStringList dirs {QDir(xdgData).absoluteFilePath(QStringLiteral("amp"))};
    const QString platform = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                 .absoluteFilePath(QStringLiteral("amp"));
    if (!dirs.contains(platform))
        dirs << platform;
    return dirs;
}

QString AmpSource::id() const
{
    return QString::fromLatin1(sourceId);
}

QString AmpSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Amp");
}

LocalListing AmpSource::list() const
{
    LocalListing listing;
    for (const QString &dir : ampDataDirs()) {
        const QString threads = dir + QStringLiteral("/threads");
        listing.searched << threads;
        if (!QFileInfo(threads).isDir())
            continue;
        listing.roots << threads;
        LogTreeListing found;
        listFilesNamed(
            threads, LogTreeDepth::Flat,
            [](QByteArrayView name) { return name.startsWith("T-") && name.endsWith(".json"); }, found);
        listing.problems << found.problems;
        for (const QString &path : found.files)
            listing.files.append({path, QFileInfo(path).completeBaseName(), {}});
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

QStringList AmpSource::notes(const QHash<QString, FileCursor> &cursors) const
{
    double credits = 0;
    for (const FileCursor &cursor : cursors)
        credits += cursor.parserState.toDouble();
    if (credits <= 0)
        return {};
    return {
        QCoreApplication::translate("LocalSource",
                                    "%1 Amp credits recorded (credits are Amp's unit, not dollars; the costs "
                                    "shown are the tokens at API prices)")
            .arg(QLocale().toString(credits, 'f', 2))};
}

std::unique_ptr<LocalFileScanner> AmpSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

} // namespace tokenwise::amp
