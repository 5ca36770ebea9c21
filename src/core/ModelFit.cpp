// Sibling rules and the estimate.
#include "core/ModelFit.h"

#include <cmath>

namespace tokenwise {

std::optional<QString> cheaperSibling(const QString &reported)
{
    QString model = reported.toLower();
    if (model.endsWith(QLatin1String("-fast")))
        model.chop(5);
    if (model.contains(QLatin1String("opus")))
        return QStringLiteral("claude-sonnet-4-5");
    if (model.contains(QLatin1String("sonnet")))
        return QStringLiteral("claude-haiku-4-5");
    if (model.startsWith(QLatin1String("gpt-5")) && model.contains(QLatin1String("mini")))
        return QStringLiteral("gpt-5-nano");
    if (model.startsWith(QLatin1String("gpt-5")) && !model.contains(QLatin1String("nano")))
        return QStringLiteral("gpt-5-mini");
    return std::nullopt;
}

std::optional<ModelFitEstimate> estimateOnSibling(const QString &model, const TokenCounts &tokens,
                                                  const PriceBook &prices)
{
    const auto sibling = cheaperSibling(model);
    if (!sibling)
        return std::nullopt;
    // Standard rates, always: these are many requests summed, so the long-context tier (decided per request)
    // must not be triggered by the total.
    const std::optional<ModelPrice> price = prices.lookup(*sibling);
    if (!price)
        return std::nullopt;
    const TokenPrices &p = price->base;
    const long double picos = (long double)tokens.input * p.input + (long double)tokens.output * p.output
        + (long double)tokens.cacheWrite5m * p.cacheWrite5m
        + (long double)tokens.cacheWrite1h * p.cacheWrite1h + (long double)tokens.cacheRead * p.cacheRead;
    return ModelFitEstimate {*sibling, MicroUsd(std::llround(picos / 1'000'000.0L))};
}

} // namespace tokenwise
