// The week's signals beyond its spend: the team band it sits in, its surge episodes and its budget status.
#pragma once

#include "core/SpendRecords.h"
#include "report/WeeklySummary.h"
#include "store/Ledger.h"

namespace tokenwise::report {

// Provider-reported days against the priced slices of the same source and calendar day (slices in `zone`).
QList<ReportedDay> reportedDays(const QList<ReportedDayCost> &reported, const QList<UsageSlice> &slices,
                                const QTimeZone &zone);

// The provider a team distribution speaks for, for a ledger source ("claude-code" → "anthropic").
QString teamSourceOf(const QString &ledgerSource);

// The weekly band from per-day or per-cycle distributions (members >= 5 only; others are ignored): one
// provider for the whole week (a published feed first, then one of the tools the week used, then the most
// days covered), each distribution spread evenly over its days and the covered days of the week summed.
// nullopt when no distribution covers a day of the week.
std::optional<TeamBand> weeklyTeamBand(const QList<TeamDistribution> &distributions,
                                       const QList<DaySpend> &days);

// What you spent with the band's provider on the days the band covers: the figure placed in the band.
MicroUsd spendComparedWithBand(const TeamBand &band, const QList<DaySpend> &days);

// Clock hours of [fromMs, toMs) whose spend passed the surge threshold (k × hourly p95 of the 30 days before
// `fromMs`, at least the floor), adjacent hours merged, each naming its most expensive task.
QList<SurgeEpisode> surgeEpisodes(Ledger &ledger, qint64 fromMs, qint64 toMs, const SurgeRule &rule,
                                  const QRegularExpression &ticketPattern);

// The overall budgets against the week: its total, its highest day, and each month it touches up to the
// week's last day.
QList<BudgetStatus> budgetStatuses(Ledger &ledger, const WeeklySummary &summary, const BudgetLimits &limits);

} // namespace tokenwise::report
