// Goose's sessions table (agent-formats.md §8): `accumulated_*` are the session's totals over all calls
// (the plain columns describe only the current context window, the fallback); input includes cache, which
// Goose does not split; total − input − output is reasoning, billed as output.
#include "sources/local/goose/GooseSource.h"

#include "core/Iso8601.h"
#include "sources/local/DatabaseScan.h"
#include "sources/local/SessionTotalsScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

namespace tokenwise::goose {

namespace {

constexpr char kSourceId[] = "goose";

// "YYYY-MM-DD HH:MM:SS" in UTC (SQLite's CURRENT_TIMESTAMP), or an ISO time.
qint64 millisOf(const QVariant &v)
{
    QByteArray text = v.toString().toUtf8();
    if (text.size() == 19 && text.at(10) == ' ')
        text[10] = 'T';
    if (text.size() == 19)
        text += 'Z';
    const auto ms = parseIso8601Ms(std::string_view(text.constData(), size_t(text.size())));
    return ms ? *ms : 0;
}

qint64 countOf(const QVariant &accumulated, const QVariant &plain)
{
    const qint64 v = (accumulated.isNull() ? plain : accumulated).toLongLong();
    return v > 0 && v <= kMaxTokenCount ? v : 0;
}

class Scanner final : public LocalFileScanner
{
public:
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        const QString source = QString::fromLatin1(kSourceId);
        DatabaseScan scan = beginDatabaseScan(source, file.path, previous, nowMs);
        if (!scan.open())
            return std::move(scan.result);
        ForeignDatabase &db = *scan.database;
        const QString sessions = QStringLiteral("sessions");
        const QStringList missing = db.missingColumns(
            sessions,
            {QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("input_tokens"),
             QStringLiteral("output_tokens"), QStringLiteral("total_tokens")});
        if (!db.hasTable(sessions) || !missing.isEmpty()) {
            scan.unknownSchema(
                QStringLiteral("Goose (schema %1)").arg(db.userVersion()),
                db.hasTable(sessions)
                    ? QStringLiteral("table sessions lacks %1").arg(missing.join(QStringLiteral(", ")))
                    : QStringLiteral("no table sessions"));
            return std::move(scan.result);
        }
        const auto column = [&](const char *name, const char *fallback = "NULL") {
            return db.missingColumns(sessions, {QLatin1String(name)}).isEmpty() ? QLatin1String(name)
                                                                                : QLatin1String(fallback);
        };
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        const QString sql
            = QStringLiteral(
                  "SELECT id, updated_at, input_tokens, output_tokens, total_tokens, %1, %2, %3, %4, %5,"
                  " %6, %7, %8 FROM sessions")
                  .arg(column("accumulated_input_tokens"), column("accumulated_output_tokens"),
                       column("accumulated_total_tokens"), column("accumulated_cost"),
                       column("model_config_json"), column("working_dir"), column("description"),
                       column("name"));
        if (!q.exec(sql)) {
            db.fail(q.lastError());
            scan.finish();
            return std::move(scan.result);
        }
        QList<SessionTotal> totals;
        FileScanResult &result = scan.result;
        while (q.next()) {
            SessionTotal t;
            t.sessionId = q.value(0).toString();
            t.lastActiveMs = millisOf(q.value(1));
            const qint64 input = countOf(q.value(5), q.value(2));
            const qint64 output = countOf(q.value(6), q.value(3));
            const qint64 total = countOf(q.value(7), q.value(4));
            const qint64 reasoning = total > input + output ? total - input - output : 0;
            t.tokens.input = input;
            t.tokens.output = output + reasoning;
            t.tokens.reasoning = reasoning;
            const double cost = q.value(8).toDouble();
            t.hasCost = cost > 0;
            t.cost = t.hasCost ? microsFromDollars(cost) : 0;
            const QString model = QJsonDocument::fromJson(q.value(9).toByteArray())
                                      .object()
                                      .value(QLatin1String("model_name"))
                                      .toString();
            t.model = model;
            t.project = q.value(10).toString();
            if (t.lastActiveMs <= 0) {
                ++result.noTimestamp;
                continue;
            }
            totals << t;
            const QString title
                = q.value(11).toString().isEmpty() ? q.value(12).toString() : q.value(11).toString();
            result.moreTasks.append({source, t.sessionId, {}, t.project, {}, title});
        }
        return finishSessionTotalsScan(scan, totals, previous);
    }
};

} // namespace

QStringList gooseSessionDirs()
{
    if (const QString root = qEnvironmentVariable("GOOSE_PATH_ROOT"); !root.isEmpty())
        return {QDir(root).absoluteFilePath(QStringLiteral("data/sessions"))};
    const QString home = QDir::homePath();
    const QString xdgData = qEnvironmentVariable("XDG_DATA_HOME", home + QStringLiteral("/.local/share"));
    QStringList dirs {QDir(xdgData).absoluteFilePath(QStringLiteral("goose/sessions")),
                      home + QStringLiteral("/.local/share/Block/goose/sessions"),
                      home + QStringLiteral("/Library/Application Support/goose/sessions")};
#ifdef Q_OS_WIN
    const QString appData = qEnvironmentVariable("APPDATA", home + QStringLiteral("/AppData/Roaming"));
    dirs << appData + QStringLiteral("/Block/goose/data/sessions")
         << appData + QStringLiteral("/Block/goose/sessions");
#endif
    dirs.removeDuplicates();
    return dirs;
}

QString GooseSource::id() const
{
    return QString::fromLatin1(kSourceId);
}

QString GooseSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Goose");
}

LocalListing GooseSource::list() const
{
    LocalListing listing;
    for (const QString &dir : gooseSessionDirs()) {
        const QString db = dir + QStringLiteral("/sessions.db");
        listing.searched << db;
        if (!QFileInfo(db).isFile())
            continue;
        listing.roots << dir;
        listing.files.append({db, {}, {}, true});
    }
    return listing;
}

QStringList GooseSource::notes(const QHash<QString, FileCursor> &cursors) const
{
    if (cursors.isEmpty())
        return {};
    return {QCoreApplication::translate(
        "LocalSource",
        "Goose records token totals per session, not per request, and no cache split: a day shows what the "
        "totals grew by between reads (the first read puts a session on its last active day)")};
}

std::unique_ptr<LocalFileScanner> GooseSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

} // namespace tokenwise::goose
