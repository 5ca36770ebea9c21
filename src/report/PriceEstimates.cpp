// Cache savings in integer pico-dollars, and model-fit what-ifs through core's sibling estimate.
#include "report/PriceEstimates.h"

#include "core/ModelFit.h"

namespace tokenwise::report {

namespace {

__extension__ typedef __int128 Int128;

constexpr qint64 kPicosPerMicro = 1'000'000;

MicroUsd microsFromPicos(Int128 picos)
{
    const Int128 half = kPicosPerMicro / 2;
    return MicroUsd(picos >= 0 ? (picos + half) / kPicosPerMicro : -((-picos + half) / kPicosPerMicro));
}

} // namespace

std::optional<ModelFitWhatIf> modelFitWhatIf(const ModelUsage &usage, const PriceBook &prices)
{
    const std::optional<ModelPrice> own = prices.lookup(usage.model);
    const std::optional<ModelFitEstimate> estimate = estimateOnSibling(usage.model, usage.tokens, prices);
    if (!own || !estimate)
        return std::nullopt;
    const std::optional<ModelPrice> sibling = prices.lookup(estimate->sibling);
    if (!sibling || sibling->key == own->key)
        return std::nullopt;
    // A "cheaper" sibling that is not cheaper (an old, pricier build of the family) is no what-if.
    const TokenPrices &a = own->base;
    const TokenPrices &b = sibling->base;
    if (b.input > a.input || b.output > a.output || (b.input == a.input && b.output == a.output))
        return std::nullopt;
    ModelFitWhatIf whatIf;
    whatIf.model = usage.reportedModel();
    whatIf.sibling = estimate->sibling;
    whatIf.tokens = usage.tokens;
    whatIf.actualCost = usage.cost;
    whatIf.estimatedCost = estimate->siblingCost;
    return whatIf;
}

bool addCacheSavings(CacheEfficiency &cache, const ModelUsage &usage, const PriceBook &prices)
{
    const std::optional<ModelPrice> price = prices.lookup(usage.model);
    if (!price)
        return false;
    if (usage.tokens.cacheRead == 0)
        return true;
    // Fast mode scales every price alike; the multiplier is a decimal, so scale in thousandths.
    const qint64 speed = usage.fast ? qint64(price->fastMultiplier * 1000.0 + 0.5) : 1000;
    const Int128 read = Int128(usage.tokens.cacheRead) * price->base.cacheRead * speed / 1000;
    const Int128 input = Int128(usage.tokens.cacheRead) * price->base.input * speed / 1000;
    cache.pricedCacheReadTokens += usage.tokens.cacheRead;
    cache.cacheReadCost += microsFromPicos(read);
    cache.atInputPrice += microsFromPicos(input);
    return true;
}

} // namespace tokenwise::report
