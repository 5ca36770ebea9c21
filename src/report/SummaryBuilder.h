// Builds the weekly summary of one ISO week from the ledger: a pure read, no rendering.
#pragma once

#include "report/WeeklySummary.h"
#include "store/Ledger.h"

namespace tokenwise::report {

// The week's local days, spend, comparisons with the 8 weeks before, top tasks, cache and model-fit
// estimates and data coverage. `request.week` must be valid.
WeeklySummary buildWeeklySummary(Ledger &ledger, const SummaryRequest &request);

// Median of whole micro-dollars; an even count takes the mean of the middle two, rounded half up.
MicroUsd medianOf(QList<MicroUsd> values);

TeamPosition teamPositionOf(MicroUsd spend, const TeamBand &band);

} // namespace tokenwise::report
