// Gemini CLI's layout: tmp/<project>/chats/session-*.jsonl (and legacy .json), sub-agents in
// chats/<parentSessionId>/<id>.jsonl, and <root>/projects.json mapping each project slug to its folder.
#include "sources/local/gemini_cli/GeminiSource.h"

#include "sources/local/AppendedLines.h"
#include "sources/local/RewrittenFile.h"
#include "sources/local/gemini_cli/GeminiChat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tokenwise::gemini {

namespace {

// "<tmp>/<project>/chats/<file>" or "<tmp>/<project>/chats/<parent>/<file>": the parts, or nothing.
struct ChatPlace
{
    QString project;
    QString parentSession; // sub-agent files only
    bool legacy = false;
};

std::optional<ChatPlace> placeOf(const QString &tmpDir, const QString &path)
{
    const QStringList parts = QDir(tmpDir).relativeFilePath(path).split(QLatin1Char('/'));
    if (parts.size() < 3 || parts.at(1) != QLatin1String("chats"))
        return std::nullopt;
    ChatPlace place;
    place.project = parts.at(0);
    place.legacy = path.endsWith(QLatin1String(".json"));
    if (parts.size() == 3)
        return parts.at(2).startsWith(QLatin1String("session-")) ? std::optional(place) : std::nullopt;
    if (parts.size() == 4 && !place.legacy) {
        place.parentSession = parts.at(2);
        return place;
    }
    return std::nullopt;
}

class Scanner final : public LocalFileScanner
{
public:
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        return file.path.endsWith(QLatin1String(".json")) ? scanDocument(file, previous, nowMs)
                                                          : scanChat(file, previous, nowMs);
    }

private:
    // The project's real folder, from <root>/projects.json ({"projects": {"<path>": "<slug>"}}).
    QString cwdOf(const QString &path, const QString &project)
    {
        const QString root = QFileInfo(path).absoluteDir().absoluteFilePath(QStringLiteral("../../.."));
        auto known = m_projects.find(root);
        if (known == m_projects.end()) {
            QHash<QString, QString> bySlug;
            QFile registry(QDir::cleanPath(root + QStringLiteral("/projects.json")));
            if (registry.open(QIODevice::ReadOnly) && registry.size() < (4 << 20)) {
                const QJsonObject projects = QJsonDocument::fromJson(registry.readAll())
                                                 .object()
                                                 .value(QLatin1String("projects"))
                                                 .toObject();
                for (auto it = projects.constBegin(); it != projects.constEnd(); ++it)
                    bySlug.insert(it.value().toString(), it.key());
            }
            known = m_projects.insert(root, bySlug);
        }
        return known->value(project);
    }

    void finish(FileScanResult &result, GeminiChatParser &parser, const LocalFile &file)
    {
        result.events = parser.takeEvents();
        for (UsageEvent &e : result.events)
            e.originPath = file.path;
        result.cursor.events += result.events.size();
        const QString session = file.sessionId.isEmpty() ? parser.sessionId() : file.sessionId;
        if (!session.isEmpty())
            result.task = {QString::fromLatin1(sourceId),     session, file.projectDir,
                           cwdOf(file.path, file.projectDir), {},      parser.summary()};
    }

    FileScanResult scanDocument(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
    {
        RewrittenRead read = readRewrittenFile(QString::fromLatin1(sourceId), file.path, previous, nowMs);
        if (!read.result.changed)
            return std::move(read.result);
        FileScanResult &result = read.result;
        result.cursor.events = result.cursor.malformed = 0; // the counts restart with the rewritten document
        GeminiChatParser parser(file.sessionId, result.cursor.mtimeMs);
        if (read.bytes.isEmpty() || !parser.feedDocument(read.bytes)) {
            result.malformed = result.cursor.malformed = 1;
            return std::move(result); // rewritten whole: the next complete write is read again
        }
        finish(result, parser, file);
        return std::move(result);
    }

    FileScanResult scanChat(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
    {
        GeminiChatParser parser(file.sessionId, identify(file.path).mtimeMs);
        FileScanResult result = scanAppendedLines(
            m_reader, QString::fromLatin1(sourceId), file.path, previous, nowMs,
            {[&](QByteArrayView line, qint64 offset) { return parser.feedLine(line, offset); },
             [&](const QByteArray &state) { parser.restoreState(state); },
             [&] { return parser.saveState(); }});
        if (result.changed)
            finish(result, parser, file);
        return result;
    }

    LogFileReader m_reader;
    QHash<QString, QHash<QString, QString>> m_projects; // root → slug → folder
};

} // namespace

QStringList geminiTmpDirs()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("GEMINI_DATA_DIR");
    for (const QString &dir : fromEnvironment.split(QLatin1Char(','), Qt::SkipEmptyParts))
        dirs << QDir(dir.trimmed()).absolutePath();
    if (!dirs.isEmpty())
        return dirs;
    const QString home = qEnvironmentVariable("GEMINI_CLI_HOME", QDir::homePath());
    return {QDir(home).absoluteFilePath(QStringLiteral(".gemini/tmp"))};
}

QString GeminiSource::id() const
{
    return QString::fromLatin1(sourceId);
}

QString GeminiSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Gemini CLI");
}

LocalListing GeminiSource::list() const
{
    LocalListing listing;
    for (const QString &tmp : geminiTmpDirs()) {
        listing.searched << tmp;
        if (!QFileInfo(tmp).isDir())
            continue;
        listing.roots << tmp;
        LogTreeListing found;
        listFiles(tmp, LogTreeDepth::Recursive, {QByteArrayLiteral(".jsonl"), QByteArrayLiteral(".json")},
                  found);
        listing.problems << found.problems;
        const QSet<QString> all(found.files.cbegin(), found.files.cend());
        for (const QString &path : found.files) {
            const std::optional<ChatPlace> place = placeOf(tmp, path);
            if (!place)
                continue;
            // A resumed legacy session is re-appended into X.jsonl while X.json stays: one session, once.
            if (place->legacy && all.contains(path + QLatin1Char('l')))
                continue;
            listing.files.append({path, place->parentSession, place->project});
        }
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> GeminiSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

QStringList GeminiSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    if (model.isEmpty())
        return {model};
    // The bare id first: the bundled table keys Gemini models without a provider prefix.
    return {model, QStringLiteral("gemini/") + model, QStringLiteral("google/") + model,
            QStringLiteral("vertex_ai/") + model, QStringLiteral("openrouter/google/") + model};
}

} // namespace tokenwise::gemini
