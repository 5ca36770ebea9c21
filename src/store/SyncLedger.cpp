// The sync folder's side of the ledger: the rows between a commit number and now, and other machines' rows.
#include "store/SyncLedger.h"

#include "core/UsageSlice.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tokenwise {

namespace {

const char kEventColumns[]
    = "source, event_key, message_id, request_id, ts_ms, model, fast, fallback_model, sidechain, input, "
      "output,"
      " cache_write_5m, cache_write_1h, cache_read, reasoning, cost_micros, basis, price_version, session_id,"
      " dropped";

// An imported row replaces only a row its own machine sent before: the WHERE keeps this machine's rows (and a
// third machine's) as they are, so the first reader of a shared event keeps it and it counts once.
const char kImportEvent[]
    = "INSERT INTO events (source, event_key, message_id, request_id, ts_ms, model, fast, fallback_model,"
      " sidechain, input, output, cache_write_5m, cache_write_1h, cache_read, reasoning, total, cost_micros,"
      " basis, price_version, session_id, origin_path, origin_offset, dropped, machine, seq)"
      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,0)"
      " ON CONFLICT (source, event_key) DO UPDATE SET"
      " message_id = excluded.message_id, request_id = excluded.request_id, ts_ms = excluded.ts_ms,"
      " model = excluded.model, fast = excluded.fast, fallback_model = excluded.fallback_model,"
      " sidechain = excluded.sidechain, input = excluded.input, output = excluded.output,"
      " cache_write_5m = excluded.cache_write_5m, cache_write_1h = excluded.cache_write_1h,"
      " cache_read = excluded.cache_read, reasoning = excluded.reasoning, total = excluded.total,"
      " cost_micros = excluded.cost_micros, basis = excluded.basis, price_version = excluded.price_version,"
      " session_id = excluded.session_id, dropped = excluded.dropped"
      " WHERE events.machine = excluded.machine";

// A task a remote machine names fills in what this ledger does not know; it never overwrites a known value.
const char kImportTask[]
    = "INSERT INTO tasks (source, session_id, project_dir, cwd, git_branch, title) VALUES (?, ?, '',"
      " COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''))"
      " ON CONFLICT (source, session_id) DO UPDATE SET"
      " cwd = CASE WHEN tasks.cwd = '' THEN excluded.cwd ELSE tasks.cwd END,"
      " git_branch = CASE WHEN tasks.git_branch = '' THEN excluded.git_branch ELSE tasks.git_branch END,"
      " title = CASE WHEN tasks.title = '' THEN excluded.title ELSE tasks.title END";

const char kUpsertMachine[]
    = "INSERT INTO sync_machines (id, name, file, offset, head_hash, records, malformed, last_record_ms,"
      " last_write_ms, last_read_ms, forgotten, error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
      " ON CONFLICT (id) DO UPDATE SET name = excluded.name, file = excluded.file, offset = excluded.offset,"
      " head_hash = excluded.head_hash, records = excluded.records, malformed = excluded.malformed,"
      " last_record_ms = excluded.last_record_ms, last_write_ms = excluded.last_write_ms,"
      " last_read_ms = excluded.last_read_ms,"
      " error = excluded.error";

Status failed(QSqlDatabase &db, const QString &what, const QSqlQuery *query = nullptr)
{
    const QString error
        = query && query->lastError().isValid() ? query->lastError().text() : db.lastError().text();
    db.rollback();
    return Status::failure(QStringLiteral("ledger %1 failed: %2").arg(what, error));
}

bool bindAndRun(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantList machineValues(const SyncMachine &m)
{
    return {m.id,        text(m.name),   text(m.file),  m.offset,     m.headHash,       m.records,
            m.malformed, m.lastRecordMs, m.lastWriteMs, m.lastReadMs, int(m.forgotten), text(m.error)};
}

QVariant stateValue(const QString &connection, const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace

QList<SyncedEvent> SyncLedger::localChangesSince(qint64 afterSeq, int limit, qint64 *lastSeq)
{
    *lastSeq = afterSeq;
    QList<SyncedEvent> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // Whole commits only, so that the sequence number stored after a partial export is never half-sent.
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kEventColumns)
              + QStringLiteral(", seq FROM events WHERE machine = '' AND seq > ? AND seq <= COALESCE("
                               "(SELECT MAX(seq) FROM (SELECT seq FROM events WHERE machine = '' AND seq > ?"
                               " ORDER BY seq LIMIT ?)), ?) ORDER BY seq, id"));
    q.addBindValue(afterSeq);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    q.addBindValue(afterSeq);
    if (!q.exec())
        return result;
    while (q.next()) {
        SyncedEvent s;
        UsageEvent &e = s.event;
        e.source = q.value(0).toString();
        e.eventKey = q.value(1).toByteArray();
        const QByteArray messageId = q.value(2).toByteArray();
        e.messageIdLength = q.value(2).isNull() ? 0 : qint32(messageId.size());
        e.timestampMs = q.value(4).toLongLong();
        e.model = q.value(5).toString();
        e.fast = q.value(6).toBool();
        e.fallbackModel = q.value(7).toBool();
        e.sidechain = q.value(8).toBool();
        e.tokens.input = q.value(9).toLongLong();
        e.tokens.output = q.value(10).toLongLong();
        e.tokens.cacheWrite5m = q.value(11).toLongLong();
        e.tokens.cacheWrite1h = q.value(12).toLongLong();
        e.tokens.cacheRead = q.value(13).toLongLong();
        e.tokens.reasoning = q.value(14).toLongLong();
        e.cost = q.value(15).toLongLong();
        e.basis = costBasisFromName(q.value(16).toString(), CostBasis::Priced);
        e.priceVersion = q.value(17).toString();
        e.sessionId = q.value(18).toString();
        s.dropped = q.value(19).toBool();
        *lastSeq = std::max(*lastSeq, q.value(20).toLongLong());
        result.append(std::move(s));
    }
    return result;
}

QList<TaskInfo> SyncLedger::tasksOf(const QSet<QString> &keys)
{
    QList<TaskInfo> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cwd, git_branch, title FROM tasks WHERE source = ? AND session_id = ?"));
    for (const QString &key : keys) {
        const qsizetype cut = key.indexOf(QLatin1Char('\n'));
        TaskInfo t;
        t.source = key.left(cut);
        t.sessionId = key.mid(cut + 1);
        q.bindValue(0, t.source);
        q.bindValue(1, t.sessionId);
        if (q.exec() && q.next()) {
            t.cwd = q.value(0).toString();
            t.gitBranch = q.value(1).toString();
            t.title = q.value(2).toString();
            result.append(t);
        }
        q.finish();
    }
    return result;
}

qint64 SyncLedger::exportedSeq()
{
    return stateValue(m_connection, QStringLiteral("exported_seq")).toLongLong();
}

QString SyncLedger::exportedFileId()
{
    return stateValue(m_connection, QStringLiteral("exported_file")).toString();
}

Status SyncLedger::setExported(qint64 seq, const QString &fileId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return failed(db, QStringLiteral("sync state"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : {std::pair {QStringLiteral("exported_seq"), QVariant(seq)},
                                     std::pair {QStringLiteral("exported_file"), QVariant(fileId)}}) {
        q.bindValue(0, key);
        q.bindValue(1, value);
        if (!q.exec())
            return failed(db, QStringLiteral("sync state"));
    }
    if (!db.commit())
        return failed(db, QStringLiteral("sync state"));
    return success();
}

Status SyncLedger::importFrom(const SyncMachine &machine, const QList<SyncedEvent> &events,
                              const QList<TaskInfo> &tasks)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return failed(db, QStringLiteral("sync import"));
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kImportEvent));
    const QString origin = QStringLiteral("sync:") + machine.id;
    for (const SyncedEvent &s : events) {
        const UsageEvent &e = s.event;
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
                                   origin,
                                   int(s.dropped),
                                   machine.id};
        if (!bindAndRun(q, values))
            return failed(db, QStringLiteral("sync import"), &q);
    }
    QSqlQuery t(db);
    t.prepare(QString::fromLatin1(kImportTask));
    for (const TaskInfo &task : tasks) {
        if (!bindAndRun(t, {task.source, task.sessionId, task.cwd, task.gitBranch, task.title}))
            return failed(db, QStringLiteral("sync import"), &t);
    }
    QSqlQuery m(db);
    m.prepare(QString::fromLatin1(kUpsertMachine));
    if (!bindAndRun(m, machineValues(machine)))
        return failed(db, QStringLiteral("sync import"), &m);
    if (!db.commit())
        return failed(db, QStringLiteral("sync import"));
    return success();
}

Status SyncLedger::updateMachine(const SyncMachine &machine)
{
    return importFrom(machine, {}, {});
}

QList<SyncMachine> SyncLedger::machines()
{
    QList<SyncMachine> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT m.id, m.name, m.file, m.offset, m.head_hash, m.records, m.malformed, m.last_record_ms,"
            " m.last_write_ms, m.last_read_ms, m.forgotten, m.error,"
            " (SELECT COUNT(*) FROM events e WHERE e.machine = m.id AND e.dropped = 0),"
            " (SELECT COALESCE(SUM(cost_micros), 0) FROM events e WHERE e.machine = m.id AND e.dropped = 0)"
            " FROM sync_machines m ORDER BY m.name, m.id")))
        return result;
    while (q.next()) {
        SyncMachine m;
        m.id = q.value(0).toString();
        m.name = q.value(1).toString();
        m.file = q.value(2).toString();
        m.offset = q.value(3).toLongLong();
        m.headHash = q.value(4).toByteArray();
        m.records = q.value(5).toLongLong();
        m.malformed = q.value(6).toLongLong();
        m.lastRecordMs = q.value(7).toLongLong();
        m.lastWriteMs = q.value(8).toLongLong();
        m.lastReadMs = q.value(9).toLongLong();
        m.forgotten = q.value(10).toBool();
        m.error = q.value(11).toString();
        m.events = q.value(12).toLongLong();
        m.cost = q.value(13).toLongLong();
        result.append(m);
    }
    return result;
}

Result<qint64> SyncLedger::forget(const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Error {db.lastError().text()};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE machine = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error {failed(db, QStringLiteral("forget")).error()};
    const qint64 removed = q.numRowsAffected();
    QSqlQuery m(db);
    m.prepare(
        QStringLiteral("UPDATE sync_machines SET forgotten = 1, offset = 0, head_hash = NULL WHERE id = ?"));
    m.addBindValue(id);
    if (!m.exec() || !db.commit())
        return Error {failed(db, QStringLiteral("forget")).error()};
    return removed;
}

Status SyncLedger::restore(const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE sync_machines SET forgotten = 0, offset = 0, head_hash = NULL, records = 0,"
                       " malformed = 0 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(db, QStringLiteral("restore"), &q);
    return success();
}

} // namespace tokenwise
