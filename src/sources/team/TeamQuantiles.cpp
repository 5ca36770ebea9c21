// Team quantiles.
#include "sources/team/TeamQuantiles.h"

#include <algorithm>

namespace tokenwise::team {

MicroUsd quantile(const QList<MicroUsd> &sorted, int percent)
{
    if (sorted.isEmpty())
        return 0;
    // h = (n - 1) · p / 100; the value is x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋+1] − x[⌊h⌋]).
    const qint64 scaled = qint64(sorted.size() - 1) * percent;
    const qsizetype low = qsizetype(scaled / 100);
    const qint64 fraction = scaled % 100;
    if (fraction == 0 || low + 1 >= sorted.size())
        return sorted.at(low);
    const qint64 step = sorted.at(low + 1) - sorted.at(low);
    const qint64 numerator = step * fraction;
    const qint64 rounded = numerator >= 0 ? (numerator + 50) / 100 : -((-numerator + 50) / 100);
    return sorted.at(low) + rounded;
}

std::optional<TeamDistribution> distributionFrom(const TeamSample &sample, const QString &origin,
                                                 qint64 fetchedMs)
{
    if (sample.perPerson.size() < TeamDistribution::kMinimumMembers)
        return std::nullopt;
    QList<MicroUsd> sorted = sample.perPerson;
    std::sort(sorted.begin(), sorted.end());
    TeamDistribution d;
    d.source = sample.source;
    d.origin = origin;
    d.start = sample.start;
    d.end = sample.end;
    d.members = int(sorted.size());
    d.p25 = quantile(sorted, 25);
    d.p50 = quantile(sorted, 50);
    d.p75 = quantile(sorted, 75);
    d.p90 = quantile(sorted, 90);
    d.fetchedMs = fetchedMs;
    return d;
}

} // namespace tokenwise::team
