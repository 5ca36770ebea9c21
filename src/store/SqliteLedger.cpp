// SQLite ledger: upserts that keep the better copy of an event, cursors committed with their events.
#include "store/SqliteLedger.h"

#include "store/LedgerSchema.h"
#include "store/StoreLogging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tokenwise {

namespace {

QAtomicInt connectionCounter;

QString errorText(const QSqlQuery &query)
{
    return query.lastError().text();
}

CostBasis basisFromName(const QString &name)
{
    return costBasisFromName(name, CostBasis::Priced);
}

// A candidate replaces the stored row under the same rule as isBetterCopy() (DedupRule.h).
const char kUpsertEvent[]
    = "INSERT INTO events (source, event_key, message_id, request_id, ts_ms, model, fast, fallback_model, "
      "sidechain,"
      " input, output, cache_write_5m, cache_write_1h, cache_read, reasoning, total, cost_micros, basis,"
      " price_version, session_id, origin_path, origin_offset, seq)"
      " VALUES (?,?,?,?,?,COALESCE(?, ''),?,?,?,?,?,?,?,?,?,?,?,?,?,COALESCE(?, ''),COALESCE(?, ''),?,?)"
      " ON CONFLICT (source, event_key) DO UPDATE SET"
      " message_id = excluded.message_id, request_id = excluded.request_id, ts_ms = excluded.ts_ms,"
      " model = excluded.model, fast = excluded.fast, fallback_model = excluded.fallback_model,"
      " sidechain = excluded.sidechain, input = excluded.input, output = excluded.output,"
      " cache_write_5m = excluded.cache_write_5m, cache_write_1h = excluded.cache_write_1h,"
      " cache_read = excluded.cache_read, reasoning = excluded.reasoning, total = excluded.total,"
      " cost_micros = excluded.cost_micros, basis = excluded.basis, price_version = excluded.price_version,"
      " session_id = excluded.session_id, origin_path = excluded.origin_path,"
      " origin_offset = excluded.origin_offset, dropped = 0, machine = '', seq = excluded.seq"
      " WHERE excluded.sidechain < events.sidechain"
      " OR (excluded.sidechain = events.sidechain AND (excluded.total > events.total"
      "  OR (excluded.total = events.total AND (excluded.origin_path < events.origin_path"
      "   OR (excluded.origin_path = events.origin_path AND excluded.origin_offset < "
      "events.origin_offset)))))";

// /btw replays: a sidechain copy of a response whose main-chain copy carries another requestId. Only the
// responses this batch touched can change, so only those are looked at.
const char kMarkReplays[] = "UPDATE events SET dropped = 1, seq = ? WHERE sidechain = 1 AND dropped = 0"
                            " AND message_id IN (SELECT message_id FROM temp.touched)"
                            " AND EXISTS (SELECT 1 FROM events m WHERE m.message_id = events.message_id AND "
                            "m.source = events.source"
                            " AND m.sidechain = 0 AND m.request_id IS NOT events.request_id)";

const char kUpsertFile[] = "INSERT OR REPLACE INTO files (source, path, device, inode, size, mtime_ms, "
                           "offset, head_length, head_hash,"
                           " parser_state, lines, malformed, no_timestamp, events, last_ingest_ms)"
                           " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

// A later batch fills in what an earlier one did not know; a known value is not blanked.
const char kUpsertTask[]
    = "INSERT INTO tasks (source, session_id, project_dir, cwd, git_branch, title)"
      " VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''))"
      " ON CONFLICT (source, session_id) DO UPDATE SET"
      " project_dir = CASE WHEN excluded.project_dir <> '' THEN excluded.project_dir ELSE tasks.project_dir "
      "END,"
      " cwd = CASE WHEN excluded.cwd <> '' THEN excluded.cwd ELSE tasks.cwd END,"
      " git_branch = CASE WHEN excluded.git_branch <> '' THEN excluded.git_branch ELSE tasks.git_branch END,"
      " title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE tasks.title END";

QString rangeFilter(const LedgerQuery &query, QVariantList &binds)
{
    QString where = QStringLiteral(" WHERE dropped = 0 AND ts_ms >= ? AND ts_ms < ?");
    binds << query.fromMs << query.toMs;
    if (!query.sources.isEmpty()) {
        QStringList marks;
        for (const QString &source : query.sources) {
            marks << QStringLiteral("?");
            binds << source;
        }
        where += QStringLiteral(" AND source IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!query.sessionId.isEmpty()) {
        where += QStringLiteral(" AND session_id = ?");
        binds << query.sessionId;
    }
    if (!query.machines.isEmpty()) {
        QStringList marks;
        for (const QString &machine : query.machines) {
            marks << QStringLiteral("?");
            binds << (machine.isNull() ? QStringLiteral("") : machine);
        }
        where += QStringLiteral(" AND machine IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    return where;
}

TokenCounts tokensFrom(const QSqlQuery &q, int first)
{
    TokenCounts t;
    t.input = q.value(first).toLongLong();
    t.output = q.value(first + 1).toLongLong();
    t.cacheWrite5m = q.value(first + 2).toLongLong();
    t.cacheWrite1h = q.value(first + 3).toLongLong();
    t.cacheRead = q.value(first + 4).toLongLong();
    t.reasoning = q.value(first + 5).toLongLong();
    return t;
}

} // namespace

SqliteLedger::SqliteLedger(QString connection) : m_connection(std::move(connection)) { }

SqliteLedger::~SqliteLedger()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SqliteLedger>> SqliteLedger::open(const QString &databasePath,
                                                         std::optional<LedgerDamage> *damage)
{
    const QString dir = QFileInfo(databasePath).absolutePath();
    if (!QDir().mkpath(dir))
        return Error {QStringLiteral("cannot create the ledger directory %1").arg(dir)};
    auto checked = moveAsideIfDamaged(databasePath, QDateTime::currentDateTimeUtc());
    if (!checked)
        return Error {checked.error()};
    if (damage)
        *damage = *checked;
    const QString connection
        = QStringLiteral("tokenwise-ledger-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteLedger> ledger(new SqliteLedger(connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error {
                QStringLiteral("cannot open the ledger %1: %2").arg(databasePath, db.lastError().text())};
        QSqlQuery pragma(db);
        // A 32 MiB page cache and fewer checkpoints: ingest updates indexes at random keys, and with
        // SQLite's 2 MiB default most of its time went to pread().
        for (const char *statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
              "PRAGMA cache_size=-32768", "PRAGMA wal_autocheckpoint=8192",
              "CREATE TEMP TABLE touched (message_id BLOB PRIMARY KEY) WITHOUT ROWID"}) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                return Error {QStringLiteral("ledger %1: %2").arg(databasePath, errorText(pragma))};
        }
        QFile::setPermissions(databasePath, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (Status migrated = ledger->migrate(); !migrated)
        return Error {migrated.error()};
    return ledger;
}

int SqliteLedger::schemaVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status SqliteLedger::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = schemaVersion();
    const auto &steps = schema::migrations();
    if (current > 0 && current < int(steps.size())) {
        if (auto backup = backupBeforeMigration(db, current); !backup)
            return Status::failure(backup.error());
    }
    if (current > int(steps.size()))
        return Status::failure(
            QStringLiteral("the ledger was written by a newer Tokenwise (schema %1; this one "
                           "knows %2)")
                .arg(current)
                .arg(steps.size()));
    for (int version = current; version < int(steps.size()); ++version) {
        // BEGIN IMMEDIATE takes the write lock first (waiting out the busy timeout), and the version is read
        // again under it: the app and a CLI run opening a new ledger at once both saw version 0, and the
        // second one's CREATE TABLE failed.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status::failure(
                QStringLiteral("ledger migration %1: %2").arg(version + 1).arg(errorText(q)));
        const auto rollback = [&q] { (void)q.exec(QStringLiteral("ROLLBACK")); };
        if (schemaVersion() > version) {
            rollback(); // another process migrated this step meanwhile
            continue;
        }
        for (const QString &statement : steps.at(version)) {
            if (!q.exec(statement)) {
                const QString error = errorText(q);
                rollback();
                return Status::failure(
                    QStringLiteral("ledger migration %1 failed: %2").arg(version + 1).arg(error));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))
            || !q.exec(QStringLiteral("COMMIT"))) {
            rollback();
            return Status::failure(QStringLiteral("ledger migration %1 failed to commit").arg(version + 1));
        }
        qCInfo(lcStore) << "ledger migrated to schema" << version + 1;
    }
    return success();
}

namespace {

const char kCursorColumns[]
    = "SELECT path, device, inode, size, mtime_ms, offset, head_length, head_hash,"
      " parser_state, lines, malformed, no_timestamp, events, last_ingest_ms FROM files";

FileCursor cursorFrom(const QSqlQuery &q, const QString &source)
{
    FileCursor c;
    c.source = source;
    c.path = q.value(0).toString();
    c.device = q.value(1).toLongLong();
    c.inode = q.value(2).toLongLong();
    c.size = q.value(3).toLongLong();
    c.mtimeMs = q.value(4).toLongLong();
    c.offset = q.value(5).toLongLong();
    c.headLength = q.value(6).toLongLong();
    c.headHash = q.value(7).toByteArray();
    c.parserState = q.value(8).toByteArray();
    c.lines = q.value(9).toLongLong();
    c.malformed = q.value(10).toLongLong();
    c.noTimestamp = q.value(11).toLongLong();
    c.events = q.value(12).toLongLong();
    c.lastIngestMs = q.value(13).toLongLong();
    return c;
}

} // namespace

QHash<QString, FileCursor> SqliteLedger::cursors(const QString &source)
{
    QHash<QString, FileCursor> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kCursorColumns) + QStringLiteral(" WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading cursors failed:" << errorText(q);
        return result;
    }
    while (q.next()) {
        FileCursor c = cursorFrom(q, source);
        result.insert(c.path, c);
    }
    return result;
}

QHash<QString, FileCursor> SqliteLedger::cursors(const QString &source, const QStringList &paths)
{
    QHash<QString, FileCursor> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kCursorColumns) + QStringLiteral(" WHERE source = ? AND path = ?"));
    for (const QString &path : paths) {
        q.bindValue(0, source);
        q.bindValue(1, path);
        if (q.exec() && q.next())
            result.insert(path, cursorFrom(q, source));
        q.finish();
    }
    return result;
}

QHash<QString, FileStamp> SqliteLedger::fileStamps(const QString &source)
{
    QHash<QString, FileStamp> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT path, device, inode, size, mtime_ms FROM files WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec())
        return result;
    while (q.next()) {
        result.insert(q.value(0).toString(),
                      {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                       q.value(4).toLongLong()});
    }
    return result;
}

Status SqliteLedger::commit(IngestBatch batch)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Status::failure(QStringLiteral("ledger busy or unavailable: %1").arg(db.lastError().text()));
    auto fail = [&](const QSqlQuery &q) {
        const QString error = errorText(q);
        db.rollback();
        return Status::failure(QStringLiteral("ledger write failed: %1").arg(error));
    };

    // Every row this commit writes carries its number, for the sync exporter (LedgerSchema.cpp, step 3). The
    // count is bumped before anything is read: a transaction that reads first cannot take the write lock
    // once another process has committed (SQLITE_BUSY, with no wait), so the first statement must write.
    QSqlQuery next(db);
    if (!next.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('commit_seq', 1)"
                                  " ON CONFLICT (key) DO UPDATE SET value = value + 1"))
        || !next.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'commit_seq'"))
        || !next.next())
        return fail(next);
    const qint64 seq = next.value(0).toLongLong();
    next.finish();
    QSqlQuery events(db);
    events.prepare(QString::fromLatin1(kUpsertEvent));
    for (const UsageEvent &e : batch.events) {
        const QVariantList values {e.source,
                                   e.eventKey,
                                   e.messageIdLength ? QVariant(e.messageId().toByteArray()) : QVariant(),
                                   e.requestId().isEmpty() ? QVariant()
                                                           : QVariant(e.requestId().toByteArray()),
                                   e.timestampMs,
                                   e.model,
                                   int(e.fast),
                                   int(e.fallbackModel),
                                   int(e.sidechain),
                                   e.tokens.input,
                                   e.tokens.output,
                                   e.tokens.cacheWrite5m,
                                   e.tokens.cacheWrite1h,
                                   e.tokens.cacheRead,
                                   e.tokens.reasoning,
                                   e.tokens.total(),
                                   e.cost,
                                   costBasisName(e.basis),
                                   e.priceVersion,
                                   e.sessionId,
                                   e.originPath,
                                   e.originOffset,
                                   seq};
        for (int i = 0; i < values.size(); ++i)
            events.bindValue(i, values.at(i));
        if (!events.exec())
            return fail(events);
    }
    QSqlQuery q(db);
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.touched (message_id) VALUES (?)"));
    for (const UsageEvent &e : batch.events) {
        if (e.messageIdLength == 0)
            continue;
        touch.bindValue(0, e.messageId().toByteArray());
        if (!touch.exec())
            return fail(touch);
    }
    QSqlQuery replays(db);
    replays.prepare(QString::fromLatin1(kMarkReplays));
    replays.addBindValue(seq);
    if (!replays.exec())
        return fail(replays);
    if (!q.exec(QStringLiteral("DELETE FROM temp.touched")))
        return fail(q);

    QSqlQuery files(db);
    files.prepare(QString::fromLatin1(kUpsertFile));
    for (const FileCursor &c : batch.cursors) {
        const QVariantList values {c.source,  c.path,      c.device,      c.inode,    c.size,
                                   c.mtimeMs, c.offset,    c.headLength,  c.headHash, c.parserState,
                                   c.lines,   c.malformed, c.noTimestamp, c.events,   c.lastIngestMs};
        for (int i = 0; i < values.size(); ++i)
            files.bindValue(i, values.at(i));
        if (!files.exec())
            return fail(files);
    }
    QSqlQuery tasks(db);
    tasks.prepare(QString::fromLatin1(kUpsertTask));
    for (const TaskInfo &t : batch.tasks) {
        const QVariantList values {t.source, t.sessionId, t.projectDir, t.cwd, t.gitBranch, t.title};
        for (int i = 0; i < values.size(); ++i)
            tasks.bindValue(i, values.at(i));
        if (!tasks.exec())
            return fail(tasks);
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Status::failure(QStringLiteral("ledger commit failed: %1").arg(error));
    }
    return success();
}

QList<UsageSlice> SqliteLedger::usageSlices(const LedgerQuery &query)
{
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT ts_ms - (ts_ms % 900000) AS bucket, source, model, fast,"
                         " fallback_model, basis, SUM(input), SUM(output), SUM(cache_write_5m),"
                         " SUM(cache_write_1h), SUM(cache_read), SUM(reasoning), SUM(cost_micros),"
                         " COUNT(*), machine FROM events")
        + rangeFilter(query, binds)
        + QStringLiteral(
              " GROUP BY bucket, source, model, fast, fallback_model, basis, machine ORDER BY bucket");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    QList<UsageSlice> slices;
    if (!q.exec()) {
        qCWarning(lcStore) << "usage query failed:" << errorText(q);
        return slices;
    }
    while (q.next()) {
        UsageSlice s;
        s.bucketMs = q.value(0).toLongLong();
        s.source = q.value(1).toString();
        s.model = q.value(2).toString();
        s.fast = q.value(3).toBool();
        s.fallbackModel = q.value(4).toBool();
        s.basis = basisFromName(q.value(5).toString());
        s.tokens = tokensFrom(q, 6);
        s.cost = q.value(12).toLongLong();
        s.events = q.value(13).toLongLong();
        s.machine = q.value(14).toString();
        slices.append(s);
    }
    return slices;
}

QList<TaskSlice> SqliteLedger::taskSlices(const LedgerQuery &query)
{
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT source, session_id, model, fast, basis, SUM(input), SUM(output),"
                         " SUM(cache_write_5m), SUM(cache_write_1h), SUM(cache_read), SUM(reasoning),"
                         " SUM(cost_micros), COUNT(*), MIN(ts_ms), MAX(ts_ms) FROM events")
        + rangeFilter(query, binds) + QStringLiteral(" GROUP BY source, session_id, model, fast, basis");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    QList<TaskSlice> slices;
    if (!q.exec()) {
        qCWarning(lcStore) << "task query failed:" << errorText(q);
        return slices;
    }
    while (q.next()) {
        TaskSlice s;
        s.source = q.value(0).toString();
        s.sessionId = q.value(1).toString();
        s.model = q.value(2).toString();
        s.fast = q.value(3).toBool();
        s.basis = basisFromName(q.value(4).toString());
        s.tokens = tokensFrom(q, 5);
        s.cost = q.value(11).toLongLong();
        s.events = q.value(12).toLongLong();
        s.firstMs = q.value(13).toLongLong();
        s.lastMs = q.value(14).toLongLong();
        slices.append(s);
    }
    return slices;
}

QHash<QString, TaskInfo> SqliteLedger::tasks()
{
    QHash<QString, TaskInfo> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source, session_id, project_dir, cwd, git_branch, title FROM tasks")))
        return result;
    while (q.next()) {
        TaskInfo t {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        result.insert(taskKey(t.source, t.sessionId), t);
    }
    return result;
}

QList<SourceTotals> SqliteLedger::sourceTotals()
{
    QHash<QString, SourceTotals> totals;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT source, COUNT(*), SUM(lines), SUM(malformed), SUM(no_timestamp),"
                              " MAX(last_ingest_ms) FROM files GROUP BY source"))) {
        while (q.next()) {
            SourceTotals &t = totals[q.value(0).toString()];
            t.source = q.value(0).toString();
            t.files = q.value(1).toLongLong();
            t.lines = q.value(2).toLongLong();
            t.malformed = q.value(3).toLongLong();
            t.noTimestamp = q.value(4).toLongLong();
            t.lastIngestMs = q.value(5).toLongLong();
        }
    }
    if (q.exec(QStringLiteral("SELECT source, COUNT(*) FROM events WHERE dropped = 0 GROUP BY source"))) {
        while (q.next()) {
            SourceTotals &t = totals[q.value(0).toString()];
            t.source = q.value(0).toString();
            t.events = q.value(1).toLongLong();
        }
    }
    return totals.values();
}

qint64 SqliteLedger::eventCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE dropped = 0")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace tokenwise
