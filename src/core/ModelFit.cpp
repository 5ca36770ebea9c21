// Sibling rules and the estimate.
#include "core/ModelFit.h"

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
    const PricedCost cost = prices.price(*sibling, tokens, false);
    if (!cost.priced)
        return std::nullopt;
    return ModelFitEstimate {*sibling, cost.cost};
}

} // namespace tokenwise
