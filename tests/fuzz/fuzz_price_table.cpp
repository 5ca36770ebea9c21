// libFuzzer target: a LiteLLM price table (the bundled one or the user's override file), then pricing.
#include "core/PriceBook.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tokenwise;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto book = PriceBook::fromJson(json, QStringLiteral("fuzz"));
    if (!book.ok())
        return 0;
    static const char *const models[] = {"claude-sonnet-4-5",
                                         "claude-opus-4-1-20250805",
                                         "gpt-5",
                                         "o3",
                                         "claude-3-5-haiku",
                                         "gpt-4.1-mini",
                                         "x",
                                         ""};
    TokenCounts tokens;
    tokens.input = 3'000'000;
    tokens.output = 1'000'000;
    tokens.cacheWrite5m = 500'000;
    tokens.cacheWrite1h = 500'000;
    tokens.cacheRead = 20'000'000;
    for (const char *model : models) {
        for (bool fast : {false, true}) {
            const PricedCost cost = book->price(QString::fromLatin1(model), tokens, fast);
            if (cost.priced && cost.cost < 0)
                abort();
        }
    }
    return 0;
}
