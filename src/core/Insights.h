// Pure insight rules over spend series: your typical day and week, surge detection, the tray's level.
#pragma once

#include "core/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace tokenwise {

// Median of the non-zero values among the last `window` entries that are non-zero ("active" days).
MicroUsd medianOfActive(const QList<MicroUsd> &values, int window);

// The nearest-rank percentile (0 < p ≤ 100) of the values; 0 for an empty list.
MicroUsd percentile(QList<MicroUsd> values, double p);

struct SurgeRule
{
    double factor = 4.0; // k: the last hour against your hourly p95
    MicroUsd floor = 5 * kMicrosPerDollar; // and at least this much, so a quiet baseline does not cry wolf
};

struct SurgeCheck
{
    bool surging = false;
    MicroUsd lastHour = 0;
    MicroUsd threshold = 0; // max(k × p95, floor)
    MicroUsd hourlyP95 = 0;
};

// `hourly` are the spend of each hour of the baseline window (30 days: 720 values, idle hours included).
SurgeCheck checkSurge(const QList<MicroUsd> &hourly, MicroUsd lastHour, const SurgeRule &rule);

enum class SpendLevel {
    Quiet, // nothing spent today
    Normal, // up to your typical day
    Elevated, // above typical (or past 80 % of a budget)
    High, // above twice typical
    OverBudget, // a daily budget is spent
};

SpendLevel spendLevel(MicroUsd today, MicroUsd typicalDay, std::optional<MicroUsd> dailyBudget);
QString spendLevelName(SpendLevel level);

} // namespace tokenwise
