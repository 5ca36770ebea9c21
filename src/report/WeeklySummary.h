// The weekly summary model: one ISO week of one person's AI spend, independent of how it is rendered.
#pragma once

#include "core/Insights.h"
#include "core/PriceBook.h"
#include "core/UsageReport.h"
#include "report/IsoWeek.h"

#include <QList>
#include <QTimeZone>

#include <optional>

namespace tokenwise::report {

// Weekly per-person spend quantiles from a team feed: an aggregate with no identities and no ranks.
struct TeamBand
{
    int members = 0; // the smallest member count among the distributions used
    MicroUsd p25 = 0;
    MicroUsd p50 = 0;
    MicroUsd p75 = 0;
    QString source; // the provider the band speaks for ("anthropic", "cursor", …); empty: all spend
    int days = 7; // days of the week the band covers
    QList<QDate> coveredDates; // which ones; empty: the whole week
};

inline constexpr int kMinTeamMembers = 5;

enum class TeamStatus {
    NotConfigured, // no team feed
    TooFewMembers, // a feed below kMinTeamMembers: withheld, it could single people out
    Shown,
};

enum class TeamPosition { BelowP25, P25ToMedian, MedianToP75, AboveP75 };

struct SurgeEpisode
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    MicroUsd cost = 0;
    QString taskTitle; // the task responsible, when known
};

// The budget limits in force (the app's settings); 0 means no budget for that period.
struct BudgetLimits
{
    MicroUsd daily = 0;
    MicroUsd weekly = 0;
    MicroUsd monthly = 0;
};

struct BudgetStatus
{
    QString scope; // "overall" or a source id
    QString period; // "daily" (the week's highest day), "weekly", "monthly" (month to the week's end)
    MicroUsd limit = 0;
    MicroUsd spent = 0;
    QDate from; // the period measured: the highest day, the week, or the month up to the week's last day
    QDate to;
    int daysOver = 0; // daily: days of the week at or over the limit

    bool over() const { return limit > 0 && spent >= limit; }
};

struct SummaryRequest
{
    IsoWeek week;
    QTimeZone zone = QTimeZone::utc();
    PriceBook prices; // for cache savings and model-fit what-ifs; an empty book skips them
    QRegularExpression ticketPattern = defaultTicketPattern();
    bool demo = false; // the ledger holds the demo history (also inferred from demo-basis rows)
    qint64 generatedAtMs = 0;
    int topTaskCount = 10;
    // The team band comes from the ledger's team distributions; `team` replaces them (a caller that has
    // its own aggregate). Either way it is shown only from kMinTeamMembers members.
    std::optional<TeamBand> team;
    // From the app's settings; absent means "not configured", never zero.
    std::optional<SurgeRule> surgeRule;
    std::optional<BudgetLimits> budgets;
};

struct SourceSpend
{
    QString source;
    TokenCounts tokens;
    MicroUsd cost = 0;
    bool unpriced = false;
};

struct DaySpend
{
    QDate date;
    qint64 startMs = 0; // UTC instant of local midnight
    qint64 endMs = 0; // the next local midnight: 23 or 25 hours later on DST changes
    MicroUsd cost = 0;
    QList<SourceSpend> bySource; // sources with usage that day, by source id

    qint64 hours() const { return (endMs - startMs) / 3'600'000; }
};

struct WeekSpend
{
    IsoWeek week;
    MicroUsd cost = 0;
    bool counted = false; // false before the ledger's first usage: unknown, not zero
};

struct Comparison
{
    QList<WeekSpend> previousWeeks; // the 8 weeks before, oldest first
    std::optional<MicroUsd> previousWeek; // nullopt: no history that week
    std::optional<MicroUsd> median; // over the counted previous weeks
    int medianWeeks = 0;
};

struct TaskSummary
{
    QString source;
    QString sessionId;
    QString title; // Claude Code's summary line; never prompt text
    QString project; // the working directory's last component
    QString branch;
    QString ticket;
    QStringList models; // most expensive first
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    TokenCounts tokens;
    MicroUsd cost = 0;
    bool unpriced = false;
    std::optional<qint64> commits; // unknown until commits are read from the repository
    std::optional<qint64> linesChanged;

    std::optional<double> cacheReadShare() const
    {
        const qint64 prompt = tokens.promptTotal();
        return prompt ? std::optional<double>(double(tokens.cacheRead) / double(prompt)) : std::nullopt;
    }
    std::optional<MicroUsd> costPerCommit() const
    {
        return commits && *commits > 0 ? std::optional<MicroUsd>(cost / *commits) : std::nullopt;
    }
};

struct CacheEfficiency
{
    qint64 promptTokens = 0; // input + cache reads + cache writes, all models
    qint64 cacheReadTokens = 0;
    // Over the priced models only: what the cache reads cost, and the same tokens at the input price.
    qint64 pricedCacheReadTokens = 0;
    MicroUsd cacheReadCost = 0;
    MicroUsd atInputPrice = 0;

    MicroUsd saved() const { return atInputPrice - cacheReadCost; }
    std::optional<double> share() const
    {
        return promptTokens ? std::optional<double>(double(cacheReadTokens) / double(promptTokens))
                            : std::nullopt;
    }
};

// The same tokens on a cheaper model of the same family: an estimate at list prices, never a judgement.
struct ModelFitWhatIf
{
    QString model; // as reported ("-fast" for fast mode)
    QString sibling; // the price table key used
    TokenCounts tokens;
    MicroUsd actualCost = 0;
    MicroUsd estimatedCost = 0;

    MicroUsd difference() const { return actualCost - estimatedCost; }
};

struct UnpricedModel
{
    QString model;
    TokenCounts tokens;
};

// A day a provider reported for a ledger source: the day, the source and the week use its figure instead of
// what the logs priced. Spend by model and by task stay priced: providers do not report those per day.
struct ReportedDay
{
    QString source; // the ledger source ("claude-code")
    QDate date; // the provider's UTC day, matched to the report's calendar day of the same date
    QString origin; // "anthropic", "openrouter"
    MicroUsd reported = 0;
    MicroUsd priced = 0; // what the logs priced for that source that day (0 without logs)
};

struct SourceCoverage
{
    QString source;
    qint64 events = 0; // in the ledger, all time
    qint64 lastIngestMs = 0; // 0: unknown (the demo, or never read from disk)
    bool usedThisWeek = false;
};

struct WeeklySummary
{
    IsoWeek week;
    QTimeZone zone;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool demo = false;
    QString priceVersion;
    qint64 generatedAtMs = 0;

    UsageTotals totals;
    Comparison comparison;

    TeamStatus teamStatus = TeamStatus::NotConfigured;
    std::optional<TeamBand> team; // only when Shown
    TeamPosition teamPosition = TeamPosition::BelowP25;
    MicroUsd teamComparedSpend = 0; // your spend with the band's provider on the days it covers

    QList<DaySpend> days; // always seven, Monday first
    QList<SourceSpend> bySource; // most expensive first
    QList<ModelBreakdown> byModel; // most expensive first
    QList<TaskSummary> topTasks; // most expensive first
    int taskCount = 0;
    MicroUsd otherTasksCost = 0; // tasks beyond the top ones

    CacheEfficiency cache;
    QList<ModelFitWhatIf> whatIfs; // largest difference first
    QList<UnpricedModel> unpriced;
    QList<SourceCoverage> coverage; // by source id
    QList<ReportedDay> reported; // days of this week using a provider's figure, by date then source

    std::optional<QList<SurgeEpisode>> surges;
    std::optional<QList<BudgetStatus>> budgets;

    std::optional<double> changeVsPreviousWeek() const { return change(comparison.previousWeek); }
    std::optional<double> changeVsMedian() const { return change(comparison.median); }

private:
    std::optional<double> change(const std::optional<MicroUsd> &base) const
    {
        if (!base || *base <= 0)
            return std::nullopt;
        return double(totals.cost - *base) / double(*base);
    }
};

} // namespace tokenwise::report
