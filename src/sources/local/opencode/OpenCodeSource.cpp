// Reads the database first and the legacy JSON files after; both key a message by its id, so a message the
// migration copied into the database is stored once.
#include "sources/local/opencode/OpenCodeSource.h"

#include "sources/local/DatabaseScan.h"
#include "sources/local/RewrittenFile.h"
#include "sources/local/opencode/OpenCodeDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tokenwise::opencode {

namespace {

class Scanner final : public LocalFileScanner
{
public:
    explicit Scanner(const Flavour &flavour)
        : m_rules {QString::fromLatin1(flavour.id), flavour.trustZeroCost}
        , m_agent(QString::fromLatin1(flavour.id) == QLatin1String("kilo-cli") ? QStringLiteral("Kilo CLI")
                                                                               : QStringLiteral("OpenCode"))
    { }

    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        return file.database ? scanDatabase(file, previous, nowMs) : scanLegacy(file, previous, nowMs);
    }

private:
    FileScanResult scanDatabase(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
    {
        DatabaseScan scan = beginDatabaseScan(m_rules.source, file.path, previous, nowMs);
        if (!scan.open())
            return std::move(scan.result);
        DatabaseRead read
            = readDatabase(*scan.database, previous ? previous->parserState : QByteArray(), m_rules);
        if (!read.schemaProblem.isEmpty()) {
            scan.unknownSchema(read.agentVersion.isEmpty() ? m_agent
                                                           : m_agent + QLatin1Char(' ') + read.agentVersion,
                               read.schemaProblem);
            return std::move(scan.result);
        }
        FileScanResult &result = scan.result;
        for (UsageEvent &e : read.events)
            e.originPath = file.path;
        result.events = std::move(read.events);
        result.moreTasks = std::move(read.tasks);
        result.malformed = read.malformed;
        result.cursor.malformed += read.malformed;
        result.cursor.events += result.events.size();
        result.cursor.parserState = read.state;
        scan.finish();
        return std::move(scan.result);
    }

    FileScanResult scanLegacy(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
    {
        RewrittenRead read = readRewrittenFile(m_rules.source, file.path, previous, nowMs, 64 << 20);
        FileScanResult &result = read.result;
        if (!result.changed)
            return std::move(result);
        result.cursor.events = result.cursor.malformed = 0;
        const QString messageId = QFileInfo(file.path).completeBaseName();
        const MessageParse parse
            = parseMessage(messageId.toUtf8(), read.bytes, stepFinishParts(file.path), m_rules);
        if (parse.malformed)
            result.malformed = result.cursor.malformed = 1; // perhaps mid-write: read again once it changes
        if (parse.event) {
            UsageEvent e = *parse.event;
            if (e.sessionId.isEmpty())
                e.sessionId = file.sessionId;
            e.originPath = file.path;
            result.events << e;
            result.cursor.events = 1;
            result.task = {m_rules.source, e.sessionId, {}, e.project, {}, {}};
        }
        return std::move(result);
    }

    // storage/message/<session>/<message>.json → storage/part/<message>/*.json
    static QList<QByteArray> stepFinishParts(const QString &messagePath)
    {
        const QFileInfo info(messagePath);
        QDir parts(info.dir().absoluteFilePath(QStringLiteral("../../part/") + info.completeBaseName()));
        QList<QByteArray> found;
        for (const QFileInfo &part :
             parts.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(part.absoluteFilePath());
            if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20))
                continue;
            const QByteArray bytes = f.readAll();
            if (bytes.contains("\"step-finish\""))
                found << bytes;
        }
        return found;
    }

    MessageRules m_rules;
    QString m_agent;
};

} // namespace

QString OpenCodeSource::id() const
{
    return QString::fromLatin1(m_flavour.id);
}

QString OpenCodeSource::displayName() const
{
    return QString::fromLatin1(m_flavour.id) == QLatin1String("kilo-cli")
        ? QCoreApplication::translate("LocalSource", "Kilo CLI")
        : QCoreApplication::translate("LocalSource", "OpenCode");
}

QStringList OpenCodeSource::dataDirs() const
{
    QStringList dirs;
    for (const QString &dir :
         qEnvironmentVariable(m_flavour.envVar).split(QLatin1Char(','), Qt::SkipEmptyParts))
        dirs << QDir(dir.trimmed()).absolutePath();
    if (!dirs.isEmpty())
        return dirs;
    const QString xdgData = qEnvironmentVariable(
        "XDG_DATA_HOME", QDir::home().absoluteFilePath(QStringLiteral(".local/share")));
    return {QDir(xdgData).absoluteFilePath(QString::fromLatin1(m_flavour.folder))};
}

LocalListing OpenCodeSource::list() const
{
    LocalListing listing;
    const QByteArray exact = QByteArray(m_flavour.folder) + ".db";
    const QByteArray channel = QByteArray(m_flavour.folder) + '-';
    for (const QString &dir : dataDirs()) {
        listing.searched << dir;
        if (!QFileInfo(dir).isDir())
            continue;
        listing.roots << dir;
        LogTreeListing databases;
        listFilesNamed(
            dir, LogTreeDepth::Flat,
            [&](QByteArrayView file) {
                return file.endsWith(".db") && (file == QByteArrayView(exact) || file.startsWith(channel));
            },
            databases);
        listing.problems << databases.problems;
        for (const QString &path : databases.files)
            listing.files.append({path, {}, {}, true});
        LogTreeListing legacy;
        listFiles(dir + QStringLiteral("/storage/message"), LogTreeDepth::Recursive, {".json"}, legacy);
        listing.problems << legacy.problems;
        for (const QString &path : legacy.files)
            listing.files.append({path, QFileInfo(path).dir().dirName(), {}, false});
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> OpenCodeSource::makeScanner() const
{
    return std::make_unique<Scanner>(m_flavour);
}

QStringList OpenCodeSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    return opencode::priceCandidates(model);
}

} // namespace tokenwise::opencode
