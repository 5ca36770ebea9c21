// In-memory storage of provider API data, with the same keys and rules as the SQLite tables.
#include "store/MemoryLedger.h"

namespace tokenwise {

namespace {

QString keyOf(std::initializer_list<QString> parts)
{
    QStringList list(parts);
    return list.join(QLatin1Char('\n'));
}

} // namespace

Status MemoryLedger::commitApi(const ApiBatch &batch)
{
    if (!batch.events.isEmpty()) {
        IngestBatch events;
        events.events = batch.events;
        if (Status stored = commit(std::move(events)); !stored)
            return stored;
    }
    for (const SpendBucket &b : batch.buckets)
        m_buckets.insert(keyOf({QString::number(b.startMs).rightJustified(16, QLatin1Char('0')), b.source,
                                b.scope, b.dimension, b.key}),
                         b);
    for (const ReportedDayCost &r : batch.reported)
        m_reported.insert(keyOf({r.day.toString(Qt::ISODate), r.source, r.origin}), r);
    for (const TeamDistribution &d : batch.distributions) {
        if (d.members >= TeamDistribution::kMinimumMembers)
            m_distributions.insert(keyOf({d.start.toString(Qt::ISODate), d.source, d.origin}), d);
    }
    if (batch.state)
        m_pollStates.insert(batch.state->source, *batch.state);
    return success();
}

QList<SpendBucket> MemoryLedger::spendBuckets(const QString &source, qint64 fromMs, qint64 toMs)
{
    QList<SpendBucket> result;
    for (const SpendBucket &b : std::as_const(m_buckets)) {
        if ((source.isEmpty() || b.source == source) && b.startMs >= fromMs && b.startMs < toMs)
            result.append(b);
    }
    return result;
}

QList<ReportedDayCost> MemoryLedger::reportedCosts(const QDate &from, const QDate &to)
{
    QList<ReportedDayCost> result;
    for (const ReportedDayCost &r : std::as_const(m_reported)) {
        if ((!from.isValid() || r.day >= from) && (!to.isValid() || r.day <= to))
            result.append(r);
    }
    return result;
}

QList<TeamDistribution> MemoryLedger::teamDistributions(const QDate &from, const QDate &to)
{
    QList<TeamDistribution> result;
    for (const TeamDistribution &d : std::as_const(m_distributions)) {
        if ((!from.isValid() || d.end >= from) && (!to.isValid() || d.start <= to))
            result.append(d);
    }
    return result;
}

std::optional<SourcePollState> MemoryLedger::pollState(const QString &source)
{
    const auto it = m_pollStates.constFind(source);
    if (it == m_pollStates.cend())
        return std::nullopt;
    return *it;
}

QList<SourcePollState> MemoryLedger::pollStates()
{
    return m_pollStates.values();
}

} // namespace tokenwise
