// Per-person spend of a period turned into quantiles; fewer than five people give nothing at all.
#pragma once

#include "core/SpendRecords.h"

#include <optional>

namespace tokenwise::team {

// Per-person totals of one period, without identities; lives only in memory.
struct TeamSample
{
    QString source;
    QDate start;
    QDate end; // inclusive
    QList<MicroUsd> perPerson;
};

// The `percent` quantile of sorted values, linear between closest ranks (Hyndman–Fan type 7, numpy's
// default), computed in integers and rounded half away from zero.
MicroUsd quantile(const QList<MicroUsd> &sorted, int percent);

// p25/p50/p75/p90 of the sample; nullopt when it has fewer than TeamDistribution::kMinimumMembers people.
std::optional<TeamDistribution> distributionFrom(const TeamSample &sample, const QString &origin,
                                                 qint64 fetchedMs);

} // namespace tokenwise::team
