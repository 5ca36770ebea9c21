// Droid's sessions: the settings file carries the session's running totals; the sibling <id>.jsonl carries
// the cwd and message times (no counts). Each read emits what the totals grew by, keyed by the totals it
// reached, so reading the same state again emits nothing.
#include "sources/local/droid/DroidSource.h"

#include "core/Iso8601.h"
#include "sources/local/RewrittenFile.h"
#include "sources/local/droid/DroidSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tokenwise::droid {

namespace {

constexpr char kSettingsSuffix[] = ".settings.json";

struct Sidecar
{
    QString cwd;
    qint64 lastMessageMs = 0;
};

// The session_start line's cwd and the last message time, from the head and the last 64 KiB of <id>.jsonl.
Sidecar readSidecar(const QString &settingsPath)
{
    Sidecar sidecar;
    QFile file(settingsPath.chopped(int(sizeof(kSettingsSuffix) - 1)) + QStringLiteral(".jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return sidecar;
    const QByteArray first = file.readLine(1 << 20);
    const QJsonObject start = QJsonDocument::fromJson(first).object();
    if (start.value(QLatin1String("type")).toString() == QLatin1String("session_start"))
        sidecar.cwd = start.value(QLatin1String("cwd")).toString();
    const qint64 tail = std::min<qint64>(file.size(), 64 << 10);
    file.seek(file.size() - tail);
    for (const QByteArray &line : file.read(tail).split('\n')) {
        const QByteArray time
            = QJsonDocument::fromJson(line).object().value(QLatin1String("timestamp")).toString().toUtf8();
        if (const auto ms = parseIso8601Ms(std::string_view(time.constData(), size_t(time.size()))))
            sidecar.lastMessageMs = std::max(sidecar.lastMessageMs, *ms);
    }
    return sidecar;
}

class Scanner final : public LocalFileScanner
{
public:
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        RewrittenRead read = readRewrittenFile(QString::fromLatin1(sourceId), file.path, previous, nowMs);
        FileScanResult &result = read.result;
        if (!result.changed)
            return std::move(result);
        const DroidSettings settings = parseSettings(read.bytes);
        if (!settings.valid) {
            ++result.malformed; // caught mid-write: the baseline stays, the next write is read
            ++result.cursor.malformed;
            return std::move(result);
        }
        const std::optional<DroidTotals> before
            = previous ? restoreTotals(previous->parserState) : std::optional<DroidTotals>();
        const Sidecar sidecar = readSidecar(file.path);
        result.cursor.parserState = saveTotals(settings.totals);
        result.task = {QString::fromLatin1(sourceId), file.sessionId, file.projectDir, sidecar.cwd, {}, {}};
        const std::optional<TokenCounts> added = growth(settings.totals, before);
        if (!added)
            return std::move(result);
        UsageEvent e;
        e.source = QString::fromLatin1(sourceId);
        e.eventKey = file.sessionId.toUtf8() + ':' + saveTotals(settings.totals);
        // The first read dates the session's totals at its last message (else when the provider was locked,
        // else the file's time); a later read dates the growth when the totals were written.
        e.timestampMs = before
            ? result.cursor.mtimeMs
            : (sidecar.lastMessageMs
                   ? sidecar.lastMessageMs
                   : (settings.providerLockMs ? settings.providerLockMs : result.cursor.mtimeMs));
        e.model = settings.model;
        e.tokens = *added;
        e.sessionId = file.sessionId;
        e.project = sidecar.cwd;
        e.originPath = file.path;
        result.events.append(std::move(e));
        ++result.cursor.events;
        return std::move(result);
    }
};

} // namespace

QString droidSessionsDir()
{
    if (const QString dir = qEnvironmentVariable("DROID_SESSIONS_DIR"); !dir.isEmpty())
        return QDir(dir).absolutePath();
    if (const QString factory = qEnvironmentVariable("FACTORY_DIR"); !factory.isEmpty())
        return QDir(factory).absoluteFilePath(QStringLiteral("sessions"));
    return QDir::home().absoluteFilePath(QStringLiteral(".factory/sessions"));
}

QString DroidSource::id() const
{
    return QString::fromLatin1(sourceId);
}

QString DroidSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Droid");
}

LocalListing DroidSource::list() const
{
    const QString sessions = droidSessionsDir();
    LocalListing listing;
    listing.searched << sessions;
    if (!QFileInfo(sessions).isDir())
        return listing;
    listing.roots << sessions;
    LogTreeListing found;
    listFiles(sessions, LogTreeDepth::Recursive, {QByteArray(kSettingsSuffix)}, found);
    listing.problems = found.problems;
    // Archive copies of a session exist: only its newest settings file is read, or its totals count twice.
    QHash<QString, LocalFile> newest;
    QHash<QString, qint64> newestMs;
    for (const QString &path : found.files) {
        const QString name = QFileInfo(path).fileName();
        const QString session = name.chopped(int(sizeof(kSettingsSuffix) - 1));
        const qint64 mtime = QFileInfo(path).lastModified().toMSecsSinceEpoch();
        if (!newest.contains(session) || mtime > newestMs.value(session)
            || (mtime == newestMs.value(session) && path < newest.value(session).path)) {
            const QStringList parts = QDir(sessions).relativeFilePath(path).split(QLatin1Char('/'));
            newest.insert(session, {path, session, parts.size() > 1 ? parts.constFirst() : QString()});
            newestMs.insert(session, mtime);
        }
    }
    listing.files = newest.values();
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> DroidSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

QStringList DroidSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    return droidPriceCandidates(model);
}

} // namespace tokenwise::droid
