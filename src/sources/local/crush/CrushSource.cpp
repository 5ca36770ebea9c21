// Crush keeps no per-message usage (agent-formats.md §7): `sessions.cost` is a running USD total, and the
// token columns are overwritten with the last request, so only the cost is counted. A sub-agent's cost is
// already added into its parent's, so only root sessions are read. Timestamps are Unix seconds.
#include "sources/local/crush/CrushSource.h"

#include "sources/local/DatabaseScan.h"
#include "sources/local/SessionTotalsScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tokenwise::crush {

namespace {

constexpr char kSourceId[] = "crush";

qint64 millisOf(qint64 t)
{
    return t > 0 && t < 100'000'000'000 ? t * 1000 : t; // seconds, as the column defaults write them
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
        QStringList missing = db.missingColumns(QStringLiteral("sessions"),
                                                {QStringLiteral("id"), QStringLiteral("parent_session_id"),
                                                 QStringLiteral("cost"), QStringLiteral("updated_at")});
        if (!db.hasTable(QStringLiteral("sessions")) || !missing.isEmpty()) {
            scan.unknownSchema(
                QStringLiteral("Crush"),
                db.hasTable(QStringLiteral("sessions"))
                    ? QStringLiteral("table sessions lacks %1").arg(missing.join(QStringLiteral(", ")))
                    : QStringLiteral("no table sessions"));
            return std::move(scan.result);
        }
        const bool hasTitle
            = db.missingColumns(QStringLiteral("sessions"), {QStringLiteral("title")}).isEmpty();
        const bool hasModel = db.hasTable(QStringLiteral("messages"))
            && db.missingColumns(QStringLiteral("messages"),
                                 {QStringLiteral("session_id"), QStringLiteral("role"),
                                  QStringLiteral("model"), QStringLiteral("created_at")})
                   .isEmpty();
        // The model of a session's latest assistant message names what the cost bought.
        const QString model = hasModel
            ? QStringLiteral(
                "(SELECT m.model FROM messages m WHERE m.session_id = s.id AND m.role = "
                "'assistant' AND COALESCE(m.model, '') <> '' ORDER BY m.created_at DESC LIMIT 1)")
            : QStringLiteral("''");
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT s.id, s.cost, s.updated_at, %1, COALESCE(%2, '') FROM sessions s"
                               " WHERE s.parent_session_id IS NULL OR s.parent_session_id = ''")
                    .arg(hasTitle ? QStringLiteral("COALESCE(s.title, '')") : QStringLiteral("''"), model))) {
            db.fail(q.lastError());
            scan.finish();
            return std::move(scan.result);
        }
        QList<SessionTotal> totals;
        FileScanResult &result = scan.result;
        while (q.next()) {
            SessionTotal t;
            t.sessionId = q.value(0).toString();
            const double cost = q.value(1).toDouble();
            t.cost = cost > 0 ? microsFromDollars(cost) : 0;
            t.hasCost = true;
            t.lastActiveMs = millisOf(q.value(2).toLongLong());
            t.model = q.value(4).toString();
            t.project = file.projectDir;
            if (t.lastActiveMs <= 0) {
                ++result.noTimestamp;
                continue;
            }
            totals << t;
            result.moreTasks.append({source, t.sessionId, {}, file.projectDir, {}, q.value(3).toString()});
        }
        return finishSessionTotalsScan(scan, totals, previous);
    }
};

} // namespace

QString crushGlobalDataDir()
{
    if (const QString dir = qEnvironmentVariable("CRUSH_GLOBAL_DATA"); !dir.isEmpty())
        return QDir(dir).absolutePath();
#ifdef Q_OS_WIN
    const QString local = qEnvironmentVariable(
        "LOCALAPPDATA", QDir::home().absoluteFilePath(QStringLiteral("AppData/Local")));
    return QDir(local).absoluteFilePath(QStringLiteral("crush"));
#else
    const QString xdgData = qEnvironmentVariable(
        "XDG_DATA_HOME", QDir::home().absoluteFilePath(QStringLiteral(".local/share")));
    return QDir(xdgData).absoluteFilePath(QStringLiteral("crush"));
#endif
}

QList<CrushProject> crushProjects(const QByteArray &registryJson)
{
    const QJsonValue projects
        = QJsonDocument::fromJson(registryJson).object().value(QLatin1String("projects"));
    QList<QJsonObject> entries;
    if (projects.isArray()) {
        for (const QJsonValue &v : projects.toArray())
            entries << v.toObject();
    } else if (projects.isObject()) {
        const QJsonObject byPath = projects.toObject();
        for (auto it = byPath.begin(); it != byPath.end(); ++it) {
            QJsonObject o = it.value().toObject();
            if (!o.contains(QLatin1String("path")))
                o.insert(QLatin1String("path"), it.key());
            entries << o;
        }
    }
    QList<CrushProject> found;
    for (const QJsonObject &o : entries) {
        const QString path = o.value(QLatin1String("path")).toString();
        QString dataDir = o.value(QLatin1String("data_dir")).toString();
        if (dataDir.isEmpty() && !path.isEmpty())
            dataDir = QDir(path).absoluteFilePath(QStringLiteral(".crush"));
        if (dataDir.isEmpty() || !QDir::isAbsolutePath(dataDir))
            continue;
        found.append({path, QDir(dataDir).absoluteFilePath(QStringLiteral("crush.db"))});
    }
    return found;
}

QString CrushSource::id() const
{
    return QString::fromLatin1(kSourceId);
}

QString CrushSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Crush");
}

LocalListing CrushSource::list() const
{
    LocalListing listing;
    const QString registry = crushGlobalDataDir() + QStringLiteral("/projects.json");
    listing.searched << registry;
    QFile file(registry);
    if (!file.open(QIODevice::ReadOnly))
        return listing;
    listing.roots << registry;
    for (const CrushProject &project : crushProjects(file.read(16 << 20))) {
        listing.searched << project.database;
        if (QFileInfo(project.database).isFile())
            listing.files.append({project.database, {}, project.path, true});
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    listing.files.erase(std::unique(listing.files.begin(), listing.files.end(),
                                    [](const LocalFile &a, const LocalFile &b) { return a.path == b.path; }),
                        listing.files.end());
    return listing;
}

QStringList CrushSource::notes(const QHash<QString, FileCursor> &cursors) const
{
    if (cursors.isEmpty())
        return {};
    return {QCoreApplication::translate(
        "LocalSource",
        "Crush records a running cost per session, not per request: a day shows what the cost grew by "
        "between "
        "reads (the first read puts a session on its last active day), and no token counts")};
}

std::unique_ptr<LocalFileScanner> CrushSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

} // namespace tokenwise::crush
