// Precedence (agent-formats.md §9): session-store.db rows (per request, cache split out) > the OTel export >
// the journal's shutdown totals. A lower source skips a session a higher one holds. The store and the OTel
// export are written while a session runs and the journal's totals only when it ends, so the higher source
// is already there when the lower one is read.
#include "sources/local/copilot_cli/CopilotSource.h"

#include "core/Iso8601.h"
#include "sources/local/DatabaseScan.h"
#include "sources/local/copilot_cli/CopilotRecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

namespace tokenwise::copilot {

namespace {

QString storePath()
{
    return copilotHome() + QStringLiteral("/session-store.db");
}

QStringList otelFiles()
{
    QStringList files;
    if (const QString path = qEnvironmentVariable("COPILOT_OTEL_FILE_EXPORTER_PATH"); !path.isEmpty())
        files << QFileInfo(path).absoluteFilePath();
    LogTreeListing found;
    listLogFiles(copilotHome() + QStringLiteral("/otel"), LogTreeDepth::Flat, found);
    for (const QString &path : found.files) {
        if (!files.contains(path))
            files << path;
    }
    return files;
}

qint64 millisOf(const QVariant &v)
{
    bool numeric = false;
    const double n = v.toDouble(&numeric);
    if (numeric && n > 0)
        return n < 1e11 ? qint64(n * 1000) : qint64(n);
    const QByteArray text = v.toString().toUtf8();
    const auto ms = parseIso8601Ms(std::string_view(text.constData(), size_t(text.size())));
    return ms ? *ms : 0;
}

class Scanner final : public LocalFileScanner
{
public:
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        if (file.database)
            return scanStore(file, previous, nowMs);
        if (file.projectDir == QLatin1String("otel"))
            return scanOtel(file, previous, nowMs);
        return scanJournal(file, previous, nowMs);
    }

private:
    FileScanResult scanStore(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
    {
        const QString source = QString::fromLatin1(sourceId);
        DatabaseScan scan = beginDatabaseScan(source, file.path, previous, nowMs);
        if (!scan.open())
            return std::move(scan.result);
        ForeignDatabase &db = *scan.database;
        const QString table = QStringLiteral("assistant_usage_events");
        const QStringList missing
            = db.missingColumns(table,
                                {QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("model"),
                                 QStringLiteral("input_tokens"), QStringLiteral("output_tokens"),
                                 QStringLiteral("cache_read_tokens"), QStringLiteral("cache_write_tokens"),
                                 QStringLiteral("created_at")});
        if (!db.hasTable(table) || !missing.isEmpty()) {
            scan.unknownSchema(
                QStringLiteral("Copilot CLI (schema %1)").arg(db.userVersion()),
                db.hasTable(table)
                    ? QStringLiteral("table %1 lacks %2").arg(table, missing.join(QStringLiteral(", ")))
                    : QStringLiteral("no table %1").arg(table));
            return std::move(scan.result);
        }
        const auto optional = [&](const char *name) {
            return db.missingColumns(table, {QLatin1String(name)}).isEmpty() ? QLatin1String(name)
                                                                             : QLatin1String("0");
        };
        const bool sessions = db.hasTable(QStringLiteral("sessions"))
            && db.missingColumns(QStringLiteral("sessions"), {QStringLiteral("id"), QStringLiteral("cwd")})
                   .isEmpty();
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        // Rows are written once per model call; the whole table is read again and upserted by row id, which
        // also picks up a row the agent completed after it was first written.
        if (!q.exec(QStringLiteral("SELECT u.id, u.session_id, u.model, u.input_tokens, u.output_tokens,"
                                   " u.cache_read_tokens, u.cache_write_tokens, %1, u.created_at, %2, %3"
                                   " FROM assistant_usage_events u %4")
                        .arg(optional("reasoning_tokens"), optional("total_nano_aiu"),
                             sessions ? QStringLiteral("COALESCE(s.cwd, '')") : QStringLiteral("''"),
                             sessions ? QStringLiteral("LEFT JOIN sessions s ON s.id = u.session_id")
                                      : QString()))) {
            db.fail(q.lastError());
            scan.finish();
            return std::move(scan.result);
        }
        FileScanResult &result = scan.result;
        double nanoAiu = 0;
        QSet<QString> tasks;
        while (q.next()) {
            const qint64 input = q.value(3).toLongLong(), output = q.value(4).toLongLong();
            const qint64 read = q.value(5).toLongLong(), write = q.value(6).toLongLong();
            const qint64 reasoning = q.value(7).toLongLong();
            if (input < 0 || output < 0 || read < 0 || write < 0 || input > kMaxTokenCount
                || output > kMaxTokenCount) {
                ++result.malformed;
                continue;
            }
            UsageEvent e;
            e.source = QString::fromLatin1(sourceId);
            e.eventKey = "store:" + q.value(0).toString().toUtf8();
            e.timestampMs = millisOf(q.value(8));
            if (e.timestampMs <= 0) {
                ++result.noTimestamp;
                continue;
            }
            e.model = q.value(2).toString();
            e.tokens.cacheRead = read;
            e.tokens.cacheWrite5m = write;
            e.tokens.input = std::max<qint64>(0, input - read - write);
            e.tokens.output = output;
            e.tokens.reasoning = std::clamp<qint64>(reasoning, 0, output);
            e.sessionId = q.value(1).toString();
            e.project = q.value(10).toString();
            e.originPath = file.path;
            nanoAiu += std::max(0.0, q.value(9).toDouble());
            if (!tasks.contains(e.sessionId)) {
                tasks.insert(e.sessionId);
                result.moreTasks.append({source, e.sessionId, {}, e.project, {}, {}});
            }
            if (!e.tokens.isZero())
                result.events << e;
        }
        result.cursor.events = result.events.size();
        result.cursor.malformed = result.malformed;
        // GitHub's own unit, kept apart from API-equivalent dollars; OpenCode converts it as nano-AIU / 1e11.
        result.cursor.parserState = "aiu:" + QByteArray::number(nanoAiu, 'g', 17);
        scan.finish();
        return std::move(scan.result);
    }

    FileScanResult scanOtel(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
    {
        OtelParser parser;
        FileScanResult result = scanAppendedLines(
            m_reader, QString::fromLatin1(sourceId), file.path, previous, nowMs,
            {[&](QByteArrayView line, qint64 offset) { return parser.feedLine(line, offset); }, {}, {}});
        if (!result.changed)
            return result;
        const QSet<QString> &inStore = storeSessions();
        for (UsageEvent &e : parser.takeEvents()) {
            if (inStore.contains(e.sessionId))
                continue;
            e.originPath = file.path;
            result.events << e;
        }
        result.cursor.events += result.events.size();
        return result;
    }

    FileScanResult scanJournal(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
    {
        JournalParser parser(file.sessionId);
        FileScanResult result = scanAppendedLines(
            m_reader, QString::fromLatin1(sourceId), file.path, previous, nowMs,
            {[&](QByteArrayView line, qint64 offset) { return parser.feedLine(line, offset); },
             [&](const QByteArray &) {},
             [&] { return QByteArray::number(parser.premiumRequests(), 'g', 17); }});
        if (!result.changed)
            return result;
        const QString session = parser.sessionId();
        const bool covered = storeSessions().contains(session) || otelSessions().contains(session);
        for (UsageEvent &e : parser.takeEvents()) {
            if (covered)
                continue;
            e.originPath = file.path;
            result.events << e;
        }
        if (covered || parser.premiumRequests() == 0)
            result.cursor.parserState = previous ? previous->parserState : QByteArray();
        result.cursor.events += result.events.size();
        result.task = {QString::fromLatin1(sourceId), session, {}, parser.cwd(), {}, {}};
        return result;
    }

    // Sessions the store holds, read once per scan.
    const QSet<QString> &storeSessions()
    {
        if (!m_storeRead) {
            m_storeRead = true;
            ForeignDatabase db(storePath());
            QSqlQuery q(db.db());
            if (db.state() == ForeignDatabase::State::Open
                && q.exec(QStringLiteral("SELECT DISTINCT session_id FROM assistant_usage_events"))) {
                while (q.next())
                    m_storeSessions.insert(q.value(0).toString());
            }
        }
        return m_storeSessions;
    }

    const QSet<QString> &otelSessions()
    {
        if (!m_otelRead) {
            m_otelRead = true;
            for (const QString &path : otelFiles()) {
                QFile f(path);
                if (f.open(QIODevice::ReadOnly) && f.size() < (256 << 20))
                    m_otelSessions.unite(otelSessionIds(f.readAll()));
            }
        }
        return m_otelSessions;
    }

    LogFileReader m_reader;
    bool m_storeRead = false;
    bool m_otelRead = false;
    QSet<QString> m_storeSessions;
    QSet<QString> m_otelSessions;
};

} // namespace

QString copilotHome()
{
    if (const QString dir = qEnvironmentVariable("COPILOT_HOME"); !dir.isEmpty())
        return QDir(dir).absolutePath();
    return QDir::home().absoluteFilePath(QStringLiteral(".copilot"));
}

QString CopilotSource::id() const
{
    return QString::fromLatin1(sourceId);
}

QString CopilotSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Copilot CLI");
}

LocalListing CopilotSource::list() const
{
    LocalListing listing;
    const QString home = copilotHome();
    listing.searched << home;
    if (QFileInfo(home).isDir())
        listing.roots << home;
    if (QFileInfo(storePath()).isFile())
        listing.files.append({storePath(), {}, {}, true});
    for (const QString &path : otelFiles()) {
        if (QFileInfo(path).isFile())
            listing.files.append({path, {}, QStringLiteral("otel"), false});
    }
    for (const char *folder : {"session-state", "history-session-state"}) {
        LogTreeListing found;
        listLogFiles(home + QLatin1Char('/') + QLatin1String(folder), LogTreeDepth::Recursive, found);
        listing.problems << found.problems;
        for (const QString &path : found.files) {
            const QFileInfo info(path);
            // <id>/events.jsonl, or a flat <id>.jsonl in some builds
            const QString session = info.fileName() == QLatin1String("events.jsonl")
                ? info.dir().dirName()
                : info.completeBaseName();
            listing.files.append({path, session, QStringLiteral("journal"), false});
        }
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

QStringList CopilotSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    return copilot::priceCandidates(model);
}

QStringList CopilotSource::notes(const QHash<QString, FileCursor> &cursors) const
{
    double premium = 0, nanoAiu = 0;
    for (const FileCursor &cursor : cursors) {
        if (cursor.parserState.startsWith("aiu:"))
            nanoAiu += cursor.parserState.mid(4).toDouble();
        else
            premium += cursor.parserState.toDouble();
    }
    QStringList notes;
    if (premium > 0)
        notes << QCoreApplication::translate(
                     "LocalSource",
                     "%1 Copilot premium requests recorded (Copilot bills per premium "
                     "request; the costs shown are the tokens at API prices)")
                     .arg(QLocale().toString(premium, 'g', 6));
    if (nanoAiu > 0)
        notes << QCoreApplication::translate(
                     "LocalSource",
                     "Copilot AIU cost recorded: $%1 (GitHub's own unit, kept apart from "
                     "the API-equivalent cost)")
                     .arg(QLocale().toString(nanoAiu / 1e11, 'f', 4));
    return notes;
}

std::unique_ptr<LocalFileScanner> CopilotSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

} // namespace tokenwise::copilot
