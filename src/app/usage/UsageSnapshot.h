// Everything the tray, dashboard, widget and alerts show, computed at once from the ledger: one immutable
// value.
#pragma once

#include "app/ingest/SourceScanStatus.h"
#include "core/Insights.h"
#include "core/ModelFit.h"
#include "core/UsageReport.h"
#include "store/Ledger.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

namespace tokenwise {

struct SnapshotRequest
{
    QDateTime nowUtc;
    QTimeZone zone = QTimeZone::systemTimeZone();
    int days = 90; // history the dashboard can show
    SurgeRule surge;
    QRegularExpression ticketPattern = defaultTicketPattern();
    const PriceBook *prices = nullptr; // for the model-fit estimates; none without it
};

// Where a figure sits against a team band; words, never a rank.
enum class TeamPosition { Unknown, BelowP25, BelowMedian, MedianToP75, AboveP75 };

TeamPosition teamPosition(MicroUsd yours, MicroUsd p25, MicroUsd p50, MicroUsd p75);

// Your spend on the days of this week that a team band covers, against the band summed over those days.
struct TeamComparison
{
    TeamPosition position = TeamPosition::Unknown;
    MicroUsd yours = 0;
    MicroUsd p25 = 0, p50 = 0, p75 = 0;
    int days = 0;
    int members = 0;
    QString origin; // "feed" or "local"
};

struct UsageSnapshot
{
    QDateTime takenAtUtc;
    QTimeZone zone;
    bool demo = false;
    QString priceVersion;

    QList<PeriodRow> days; // one row per local day of the range, oldest first, idle days included
    MicroUsd today = 0;
    MicroUsd weekToDate = 0;
    MicroUsd monthToDate = 0;
    MicroUsd monthPerActiveDay = 0; // this calendar month: its spend over its days with spend
    // A property of each shown day, whatever range a view shows: the mean of the 7 calendar days ending on it
    // (idle days count as 0), over fewer days only when the first usage is more recent; absent before it.
    QHash<QDate, MicroUsd> trailingMean7;
    MicroUsd typicalDay = 0; // median of your last 30 active days before today
    MicroUsd typicalWeek = 0; // median of your previous 8 weeks
    MicroUsd typicalWeekToDate = 0; // median of the previous 8 weeks up to the same weekday
    // Per-day team quantiles (a billing cycle spread evenly over its days) for the days of `days` that a team
    // distribution covers; empty without a team feed.
    QMap<QDate, TeamDistribution> teamBand;
    TeamComparison teamWeekToDate;
    QList<MicroUsd> last24Hours; // oldest first; the last entry is the hour that ends now
    SurgeCheck surge; // the last 60 minutes against your hourly p95 over 30 days
    QString surgeTaskKey; // taskKey() of the task that spent most in the last 60 minutes
    QString surgeTaskLabel;

    QList<TaskRow> tasks; // the range's tasks, most expensive first
    // Quarter-hour slices of each of the kTimelineTasks most expensive tasks, by taskKey(), for the detail
    // pane.
    QHash<QString, QList<UsageSlice>> taskSlicesOverTime;
    static constexpr int kTimelineTasks = 300;
    QList<ModelBreakdown> models; // the range's models, most expensive first
    QHash<QString, ModelFitEstimate>
        modelFit; // by model name: the same tokens on a cheaper sibling (estimate)
    UsageTotals rangeTotals;
    QList<SourceTotals> sources;
    QList<SourcePollState> pollStates; // provider API sources
    QList<SourceScanStatus> localScans; // the last refresh's look at each local source, in registry order
    // Per ledger source, over the days of the range a provider reported a figure for: that figure against
    // what the logs priced for the same days.
    struct ReportedGap
    {
        MicroUsd reported = 0;
        MicroUsd priced = 0;
        int days = 0;
    };
    QHash<QString, ReportedGap> reportedGaps;
    qint64 events = 0;

    bool isEmpty() const { return events == 0; }
};

UsageSnapshot buildSnapshot(Ledger &ledger, const SnapshotRequest &request);

// A task's label for people, the same rule as the weekly summary's (core/TaskTitle.h).
QString taskLabel(const TaskRow &task, const QTimeZone &zone);

} // namespace tokenwise
