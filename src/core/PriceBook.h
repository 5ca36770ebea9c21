// Prices per token from LiteLLM's table: model matching, long-context tiers, cache TTLs, fast mode.
#pragma once

#include "core/Money.h"
#include "core/Result.h"
#include "core/UsageEvent.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace tokenwise {

// Prices in pico-dollars per token (1e-12 USD): integers, so costs are exact sums of tokens × price.
struct TokenPrices
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 cacheRead = 0;
};

struct ModelPrice
{
    QString key; // the table key that matched
    TokenPrices base;
    std::optional<TokenPrices> longContext; // applies to a whole request above the threshold
    qint64 longContextThreshold = 200'000; // prompt tokens (input + cache read + cache write)
    double fastMultiplier = 1.0; // provider_specific_entry.fast
};

struct PricedCost
{
    MicroUsd cost = 0;
    bool priced = false; // false: the model is not in the table (the cost is unknown, not zero)
    QString matchedKey;
    bool longContext = false;
};

class PriceBook
{
public:
    PriceBook();
    ~PriceBook();
    PriceBook(const PriceBook &);
    PriceBook &operator=(const PriceBook &);
    PriceBook(PriceBook &&) noexcept;
    PriceBook &operator=(PriceBook &&) noexcept;

    // Parses a LiteLLM model_prices_and_context_window.json document. `version` names it in every priced row.
    static Result<PriceBook> fromJson(const QByteArray &json, const QString &version);
    // The bundled table (resource :/prices/model_prices.json), with entries from
    // <configDir>/model_prices.json (same format) overriding it when that file exists.
    static Result<PriceBook> load(const QString &configDir = {});

    QString version() const;
    int modelCount() const;

    // Exact id, then normalised id, then the longest boundary-aware key (with a version-digit guard).
    std::optional<ModelPrice> lookup(const QString &modelId) const;
    // `aggregate`: the counts add up many requests (a session total), so no one request crossed the
    // long-context threshold that their sum may: base rates apply.
    PricedCost price(const QString &modelId, const TokenCounts &tokens, bool fast,
                     bool aggregate = false) const;

private:
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace tokenwise
