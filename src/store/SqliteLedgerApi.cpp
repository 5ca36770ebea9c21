// SQLite storage of provider API data: upserts keyed like the providers' own rows, and the poll states.
#include "store/SqliteLedger.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tokenwise {

namespace {

const char kUpsertBucket[]
    = "INSERT OR REPLACE INTO spend_buckets (source, scope, dimension, bucket_key, start_ms, width_s,"
      " cost_micros, basis, input, output, cache_write_5m, cache_write_1h, cache_read, reasoning, requests,"
      " fetched_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
const char kUpsertReported[]
    = "INSERT OR REPLACE INTO reported_costs (source, day, origin, cost_micros, fetched_ms)"
      " VALUES (?,?,?,?,?)";
const char kUpsertDistribution[]
    = "INSERT OR REPLACE INTO team_distributions (source, origin, start_day, end_day, members, p25, p50, p75,"
      " p90, fetched_ms) VALUES (?,?,?,?,?,?,?,?,?,?)";
const char kUpsertState[]
    = "INSERT OR REPLACE INTO poll_state (source, state, detail, retry_at_ms, last_attempt_ms,"
      " last_success_ms, synced_until_ms) VALUES (?,?,?,?,?,?,?)";

CostBasis basisNamed(const QString &name)
{
    return costBasisFromName(name, CostBasis::Reported);
}

bool execWith(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

SourcePollState stateFrom(const QSqlQuery &q)
{
    SourcePollState s;
    s.source = q.value(0).toString();
    s.state = q.value(1).toString();
    s.detail = q.value(2).toString();
    s.retryAtMs = q.value(3).toLongLong();
    s.lastAttemptMs = q.value(4).toLongLong();
    s.lastSuccessMs = q.value(5).toLongLong();
    s.syncedUntilMs = q.value(6).toLongLong();
    return s;
}

} // namespace

Status SqliteLedger::commitApi(const ApiBatch &batch)
{
    if (!batch.events.isEmpty()) {
        IngestBatch events;
        events.events = batch.events;
        if (Status stored = commit(std::move(events)); !stored)
            return stored;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Status::failure(QStringLiteral("ledger busy or unavailable: %1").arg(db.lastError().text()));
    auto fail = [&](const QSqlQuery &q) {
        const QString error = q.lastError().text();
        db.rollback();
        return Status::failure(QStringLiteral("ledger write failed: %1").arg(error));
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery buckets(db);
    buckets.prepare(QString::fromLatin1(kUpsertBucket));
    for (const SpendBucket &b : batch.buckets) {
        if (!execWith(buckets,
                      {b.source, b.scope, b.dimension, b.key, b.startMs, b.widthSecs, b.cost,
                       costBasisName(b.basis), b.tokens.input, b.tokens.output, b.tokens.cacheWrite5m,
                       b.tokens.cacheWrite1h, b.tokens.cacheRead, b.tokens.reasoning, b.requests, now}))
            return fail(buckets);
    }
    QSqlQuery reported(db);
    reported.prepare(QString::fromLatin1(kUpsertReported));
    for (const ReportedDayCost &r : batch.reported) {
        if (!execWith(reported, {r.source, r.day.toString(Qt::ISODate), r.origin, r.cost, now}))
            return fail(reported);
    }
    QSqlQuery distributions(db);
    distributions.prepare(QString::fromLatin1(kUpsertDistribution));
    for (const TeamDistribution &d : batch.distributions) {
        if (d.members < TeamDistribution::kMinimumMembers)
            continue;
        if (!execWith(distributions,
                      {d.source, d.origin, d.start.toString(Qt::ISODate), d.end.toString(Qt::ISODate),
                       d.members, d.p25, d.p50, d.p75, d.p90, d.fetchedMs ? d.fetchedMs : now}))
            return fail(distributions);
    }
    if (batch.state) {
        const SourcePollState &s = *batch.state;
        QSqlQuery state(db);
        state.prepare(QString::fromLatin1(kUpsertState));
        if (!execWith(state,
                      {s.source, s.state, s.detail, s.retryAtMs, s.lastAttemptMs, s.lastSuccessMs,
                       s.syncedUntilMs}))
            return fail(state);
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Status::failure(QStringLiteral("ledger commit failed: %1").arg(error));
    }
    return success();
}

QList<SpendBucket> SqliteLedger::spendBuckets(const QString &source, qint64 fromMs, qint64 toMs)
{
    QList<SpendBucket> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT source, scope, dimension, bucket_key, start_ms, width_s, cost_micros, basis,"
                       " input, output, cache_write_5m, cache_write_1h, cache_read, reasoning, requests"
                       " FROM spend_buckets WHERE (? = '' OR source = ?) AND start_ms >= ? AND start_ms < ?"
                       " ORDER BY start_ms, source, scope, dimension, bucket_key"));
    const QString sourceOrEmpty
        = source.isEmpty() ? QStringLiteral("") : source; // a null string binds as NULL
    q.addBindValue(sourceOrEmpty);
    q.addBindValue(sourceOrEmpty);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return result;
    while (q.next()) {
        SpendBucket b;
        b.source = q.value(0).toString();
        b.scope = q.value(1).toString();
        b.dimension = q.value(2).toString();
        b.key = q.value(3).toString();
        b.startMs = q.value(4).toLongLong();
        b.widthSecs = q.value(5).toLongLong();
        b.cost = q.value(6).toLongLong();
        b.basis = basisNamed(q.value(7).toString());
        b.tokens = {q.value(8).toLongLong(),  q.value(9).toLongLong(),  q.value(10).toLongLong(),
                    q.value(11).toLongLong(), q.value(12).toLongLong(), q.value(13).toLongLong()};
        b.requests = q.value(14).toLongLong();
        result.append(b);
    }
    return result;
}

QList<ReportedDayCost> SqliteLedger::reportedCosts(const QDate &from, const QDate &to)
{
    QList<ReportedDayCost> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source, day, origin, cost_micros FROM reported_costs"
                             " WHERE day >= ? AND day <= ? ORDER BY day, source, origin"));
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                       q.value(2).toString(), q.value(3).toLongLong()});
    return result;
}

QList<TeamDistribution> SqliteLedger::teamDistributions(const QDate &from, const QDate &to)
{
    QList<TeamDistribution> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT source, origin, start_day, end_day, members, p25, p50, p75, p90, fetched_ms"
                       " FROM team_distributions WHERE end_day >= ? AND start_day <= ?"
                       " ORDER BY start_day, source, origin"));
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (!q.exec())
        return result;
    while (q.next()) {
        TeamDistribution d;
        d.source = q.value(0).toString();
        d.origin = q.value(1).toString();
        d.start = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        d.end = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.members = q.value(4).toInt();
        d.p25 = q.value(5).toLongLong();
        d.p50 = q.value(6).toLongLong();
        d.p75 = q.value(7).toLongLong();
        d.p90 = q.value(8).toLongLong();
        d.fetchedMs = q.value(9).toLongLong();
        result.append(d);
    }
    return result;
}

std::optional<SourcePollState> SqliteLedger::pollState(const QString &source)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT source, state, detail, retry_at_ms, last_attempt_ms, last_success_ms,"
                             " synced_until_ms FROM poll_state WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return stateFrom(q);
}

QList<SourcePollState> SqliteLedger::pollStates()
{
    QList<SourcePollState> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT source, state, detail, retry_at_ms, last_attempt_ms, last_success_ms,"
                               " synced_until_ms FROM poll_state ORDER BY source")))
        return result;
    while (q.next())
        result.append(stateFrom(q));
    return result;
}

} // namespace tokenwise
