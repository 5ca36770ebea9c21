// What provider APIs hand the ledger besides single calls: spend buckets, reported day costs, team
// distributions (never per person), and each polled source's state.
#pragma once

#include "core/UsageEvent.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tokenwise {

namespace bucketScope {
inline constexpr char personal[] = "personal";
inline constexpr char org[] = "org";
} // namespace bucketScope

// An aggregate a provider reports; (source, scope, dimension, key, start, width) identifies it.
struct SpendBucket
{
    QString source; // "anthropic", "openai", "cursor", "openrouter"
    QString scope; // bucketScope::personal or bucketScope::org
    QString dimension; // "total", "model", "cycle", "usage_daily", "limit", …
    QString key; // the dimension's value ("claude-sonnet-4-5…"); empty for totals
    qint64 startMs = 0; // UTC
    qint64 widthSecs = 86'400;
    MicroUsd cost = 0;
    CostBasis basis = CostBasis::Reported;
    TokenCounts tokens;
    qint64 requests = 0;
};

// A provider's own figure for one UTC day of a ledger source ("claude-code" from Anthropic's Claude Code
// analytics, "openrouter" from its key usage). Where it exists, that day uses it instead of the priced sum.
struct ReportedDayCost
{
    QString source; // the ledger source the figure covers
    QDate day; // UTC
    QString origin; // which provider endpoint said so ("anthropic", "openrouter")
    MicroUsd cost = 0;
};

// Quantiles of per-person spend over a period (a day, or a billing cycle). Shown only when members >= 5.
struct TeamDistribution
{
    QString source; // "anthropic", "cursor", "openai"
    QString origin; // "feed" (published document) or "local" (computed from this user's admin key)
    QDate start; // inclusive
    QDate end; // inclusive
    int members = 0;
    MicroUsd p25 = 0, p50 = 0, p75 = 0, p90 = 0;
    qint64 fetchedMs = 0;

    static constexpr int kMinimumMembers = 5;
    qint64 days() const { return start.daysTo(end) + 1; }
};

// How the last poll of a source went, and how far its history is known.
struct SourcePollState
{
    QString source;
    QString state = QStringLiteral("ok"); // api::sourceStateName()
    QString detail; // never contains a key
    qint64 retryAtMs = 0; // rate-limited until (UTC ms); 0: no wait
    qint64 lastAttemptMs = 0;
    qint64 lastSuccessMs = 0;
    qint64 syncedUntilMs = 0; // history is complete up to here; 0: never polled successfully (backfill)
};

// One poll's findings, stored together.
struct ApiBatch
{
    QList<UsageEvent> events;
    QList<SpendBucket> buckets;
    QList<ReportedDayCost> reported;
    QList<TeamDistribution> distributions;
    std::optional<SourcePollState> state;
};

} // namespace tokenwise
