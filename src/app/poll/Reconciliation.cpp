// Reconciliation of report rows with provider-reported day costs, and the team band per day.
#include "app/poll/Reconciliation.h"

#include <algorithm>

namespace tokenwise {

namespace {

MicroUsd perDay(MicroUsd value, qint64 days)
{
    return days <= 1 ? value : (value + days / 2) / days;
}

PeriodRow &rowFor(QList<PeriodRow> &rows, const QDate &start)
{
    auto it = std::lower_bound(rows.begin(), rows.end(), start,
                               [](const PeriodRow &row, const QDate &d) { return row.start < d; });
    if (it == rows.end() || it->start != start) {
        PeriodRow row;
        row.start = start;
        it = rows.insert(it, row);
    }
    return *it;
}

} // namespace

QString teamSourceFor(const QString &ledgerSource)
{
    if (ledgerSource == QLatin1String("claude-code"))
        return QStringLiteral("anthropic");
    if (ledgerSource == QLatin1String("codex") || ledgerSource == QLatin1String("openai"))
        return QStringLiteral("openai");
    return ledgerSource;
}

QHash<QDate, DayAnnotation> reconcile(QList<PeriodRow> &rows, ReportPeriod period,
                                      const QList<UsageSlice> &slices, const QList<ReportedDayCost> &reported,
                                      const QTimeZone &zone, const DateRange &range,
                                      const QStringList &sources)
{
    QHash<QDate, DayAnnotation> days;
    QHash<QString, MicroUsd> reportedBy; // source + '\n' + day
    for (const ReportedDayCost &r : reported) {
        if (!range.contains(r.day) || (!sources.isEmpty() && !sources.contains(r.source)))
            continue;
        reportedBy[r.source + QLatin1Char('\n') + r.day.toString(Qt::ISODate)] += r.cost;
    }
    if (reportedBy.isEmpty())
        return days;
    QHash<QString, MicroUsd> pricedBy;
    for (const UsageSlice &s : slices) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(s.bucketMs, zone).date();
        const QString key = s.source + QLatin1Char('\n') + day.toString(Qt::ISODate);
        if (reportedBy.contains(key))
            pricedBy[key] += s.cost;
    }
    for (auto it = reportedBy.cbegin(); it != reportedBy.cend(); ++it) {
        const qsizetype cut = it.key().indexOf(QLatin1Char('\n'));
        const QString source = it.key().left(cut);
        const QDate day = QDate::fromString(it.key().mid(cut + 1), Qt::ISODate);
        const MicroUsd priced = pricedBy.value(it.key());
        DayAnnotation &a = days[day];
        a.reconciled = true;
        a.reportedCost += it.value();
        a.pricedCost += priced;
        if (!a.reportedSources.contains(source))
            a.reportedSources << source;
        PeriodRow &row = rowFor(rows, periodStart(day, period));
        row.totals.cost += it.value() - priced;
        if (!row.totals.bases.contains(QLatin1String("reported")))
            row.totals.bases << QStringLiteral("reported");
        if (!row.sources.contains(source))
            row.sources << source;
    }
    return days;
}

void annotateTeam(QHash<QDate, DayAnnotation> &days, const QList<PeriodRow> &rows,
                  const QList<TeamDistribution> &distributions)
{
    for (const PeriodRow &row : rows) {
        QStringList wanted;
        for (const QString &s : row.sources)
            wanted << teamSourceFor(s);
        const TeamDistribution *best = nullptr;
        auto rank = [&](const TeamDistribution &d) {
            // A published feed beats a local computation; a band for one of the day's tools beats another.
            return std::tuple(d.origin == QLatin1String("feed"), wanted.contains(d.source), d.members);
        };
        for (const TeamDistribution &d : distributions) {
            if (d.members < TeamDistribution::kMinimumMembers || row.start < d.start || row.start > d.end)
                continue;
            if (!best || rank(d) > rank(*best))
                best = &d;
        }
        if (!best)
            continue;
        TeamDistribution daily = *best;
        const qint64 n = best->days();
        daily.p25 = perDay(best->p25, n);
        daily.p50 = perDay(best->p50, n);
        daily.p75 = perDay(best->p75, n);
        daily.p90 = perDay(best->p90, n);
        days[row.start].team = daily;
    }
}

} // namespace tokenwise
