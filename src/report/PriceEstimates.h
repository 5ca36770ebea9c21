// Estimates from list prices: what caching saved and what a cheaper sibling model would have cost.
#pragma once

#include "report/WeeklySummary.h"

namespace tokenwise::report {

// The priced usage of one model (and speed) over the week.
struct ModelUsage
{
    QString model;
    bool fast = false;
    TokenCounts tokens;
    MicroUsd cost = 0; // as recorded in the ledger

    QString reportedModel() const { return fast ? model + QStringLiteral("-fast") : model; }
};

// Core's estimateOnSibling() (one rule and one estimate for the dashboard and the summary), kept only when
// the model itself is priced and its sibling really is cheaper. Standard-context, standard-speed prices:
// an estimate, which the renderers label as such.
std::optional<ModelFitWhatIf> modelFitWhatIf(const ModelUsage &usage, const PriceBook &prices);

// Adds the usage's cache reads at their price and at the input price; false when the model is not priced.
bool addCacheSavings(CacheEfficiency &cache, const ModelUsage &usage, const PriceBook &prices);

} // namespace tokenwise::report
