// Kimi CLI's layout: sessions/<workdir md5>/<session>/wire.jsonl, sub-agents in
// sessions/<md5>/<session>/subagents/<agent>/wire.jsonl (their usage is not in the parent's file).
#include "sources/local/kimi_cli/KimiSource.h"

#include "sources/local/kimi_cli/KimiWire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tokenwise::kimi {

namespace {

class Scanner final : public LocalFileScanner
{
public:
    explicit Scanner(QString model) : m_model(std::move(model)) { }

    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        // A sub-agent's message ids are its own: the scope keeps them apart from the parent's.
        const QStringList parts = file.path.split(QLatin1Char('/'));
        const bool subagent = parts.size() >= 3 && parts.at(parts.size() - 3) == QLatin1String("subagents");
        const QString scope
            = subagent ? file.sessionId + QLatin1Char('/') + parts.at(parts.size() - 2) : file.sessionId;
        KimiWireParser parser(file.sessionId, scope, m_model);
        FileScanResult result = scanAppendedLines(
            m_reader, QString::fromLatin1(sourceId), file.path, previous, nowMs,
            {[&](QByteArrayView line, qint64 offset) { return parser.feedLine(line, offset); }, {}, {}});
        if (!result.changed)
            return result;
        result.events = parser.takeEvents();
        for (UsageEvent &e : result.events)
            e.originPath = file.path;
        result.cursor.events += result.events.size();
        result.task = {QString::fromLatin1(sourceId), file.sessionId, file.projectDir, {}, {}, {}};
        return result;
    }

private:
    QString m_model;
    LogFileReader m_reader;
};

} // namespace

QString kimiRoot()
{
    for (const char *name : {"KIMI_SHARE_DIR", "KIMI_DATA_DIR"}) {
        if (const QString dir = qEnvironmentVariable(name); !dir.isEmpty())
            return QDir(dir).absolutePath();
    }
    return QDir::home().absoluteFilePath(QStringLiteral(".kimi"));
}

QString KimiSource::id() const
{
    return QString::fromLatin1(sourceId);
}

QString KimiSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Kimi CLI");
}

LocalListing KimiSource::list() const
{
    const QString sessions = kimiRoot() + QStringLiteral("/sessions");
    LocalListing listing;
    listing.searched << sessions;
    if (!QFileInfo(sessions).isDir())
        return listing;
    listing.roots << sessions;
    LogTreeListing found;
    listFilesNamed(
        sessions, LogTreeDepth::Recursive,
        [](QByteArrayView name) { return name == QByteArrayView("wire.jsonl"); }, found);
    listing.problems = found.problems;
    for (const QString &path : found.files) {
        const QStringList parts = QDir(sessions).relativeFilePath(path).split(QLatin1Char('/'));
        if (parts.size() >= 3) // <md5>/<session>/wire.jsonl or <md5>/<session>/subagents/<agent>/wire.jsonl
            listing.files.append({path, parts.at(1), parts.at(0)});
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> KimiSource::makeScanner() const
{
    return std::make_unique<Scanner>(configuredModel(kimiRoot()));
}

QStringList KimiSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    return kimiPriceCandidates(model, timestampMs);
}

} // namespace tokenwise::kimi
