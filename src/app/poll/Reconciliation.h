// Reports meet provider figures: a day a provider reported for a source uses that figure instead of the
// logs' priced sum, and a day a team distribution covers gets the team band.
#pragma once

#include "core/SpendRecords.h"
#include "core/UsageReport.h"

#include <optional>

namespace tokenwise {

struct DayAnnotation
{
    bool reconciled = false; // some source of this day has a provider-reported figure
    MicroUsd reportedCost = 0; // what the providers reported for those sources
    MicroUsd pricedCost = 0; // what the logs priced for the same sources (0 when there were no logs)
    QStringList reportedSources;
    std::optional<TeamDistribution> team; // per-day quantiles (a billing cycle spread evenly over its days)
};

// The ledger source a provider's team distribution speaks for, to pick the band that fits a day's sources.
QString teamSourceFor(const QString &ledgerSource);

// Adjusts `rows` (any period) so that each day uses the reported figure of every source that has one, adds
// rows for days known only from a provider, and returns per-day annotations keyed by the day. Provider days
// are UTC days; they are matched to the report's calendar days by date.
QHash<QDate, DayAnnotation> reconcile(QList<PeriodRow> &rows, ReportPeriod period,
                                      const QList<UsageSlice> &slices, const QList<ReportedDayCost> &reported,
                                      const QTimeZone &zone, const DateRange &range,
                                      const QStringList &sources);

// Adds the team band to the annotations of the days in `rows` (daily rows) that a distribution covers.
void annotateTeam(QHash<QDate, DayAnnotation> &days, const QList<PeriodRow> &rows,
                  const QList<TeamDistribution> &distributions);

} // namespace tokenwise
