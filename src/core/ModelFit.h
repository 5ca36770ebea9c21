// "What if": the same tokens on the cheaper sibling of a model's family — an estimate, never a judgement.
#pragma once

#include "core/PriceBook.h"

#include <optional>

namespace tokenwise {

// opus → sonnet, sonnet → haiku, gpt-5 / codex → gpt-5-mini, gpt-5-mini → gpt-5-nano; none for the rest.
std::optional<QString> cheaperSibling(const QString &model);

struct ModelFitEstimate
{
    QString sibling;
    MicroUsd siblingCost
        = 0; // the same token counts at the sibling's standard prices (no fast mode, no tiers)
};

// Empty when the model has no sibling or either side is unpriced.
std::optional<ModelFitEstimate> estimateOnSibling(const QString &model, const TokenCounts &tokens,
                                                  const PriceBook &prices);

} // namespace tokenwise
