// PriceBook: table parsing, model-id matching, long-context tiers, fast mode, user overrides.
#include "core/PriceBook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

Q_DECLARE_METATYPE(tokenwise::TokenCounts)

namespace {

// Pico-dollars per token, in TokenPrices order: input, output, cache write 5m, cache write 1h, cache read.
QList<qint64> picos(const TokenPrices &p)
{
    return {p.input, p.output, p.cacheWrite5m, p.cacheWrite1h, p.cacheRead};
}

PriceBook bundled()
{
    const Result<PriceBook> book = PriceBook::load();
    Q_ASSERT(book.ok());
    return book.value();
}

// A hand-made table for the cases the bundled one cannot show (it has both dated and undated keys).
PriceBook smallTable()
{
    const QByteArray json = R"({
        "claude-sonnet-4-5": {"mode": "chat",
                              "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05},
        "claude-opus-4-5-20251101": {"mode": "chat",
                                     "input_cost_per_token": 5e-06, "output_cost_per_token": 2.5e-05},
        "claude-haiku-4-5": {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 5e-06},
        "gpt-5": {"mode": "chat", "input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05},
        "gpt-5-mini": {"mode": "chat", "input_cost_per_token": 2.5e-07, "output_cost_per_token": 2e-06},
        "o4-mini-2025-04-16": {"mode": "chat",
                               "input_cost_per_token": 1.1e-06, "output_cost_per_token": 4.4e-06},
        "o4-mini-deep-research-2025-06-26": {"mode": "responses", "input_cost_per_token": 2e-06,
                                             "output_cost_per_token": 8e-06}
    })";
    const Result<PriceBook> book = PriceBook::fromJson(json, QStringLiteral("small"));
    Q_ASSERT(book.ok());
    return book.value();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPriceBook : public QObject
{
    Q_OBJECT
private slots:
    void bundledTable()
    {
        const QTemporaryDir config; // no model_prices.json inside: the bundled table alone
        QVERIFY(config.isValid());
        const Result<PriceBook> book = PriceBook::load(config.path());
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->version(), QStringLiteral("litellm-2026-07-24"));
        // 218 keys in the snapshot; 191 are chat/responses/completion rows with input and output prices.
        QCOMPARE(book->modelCount(), 191);
    }

    void lookupBundled_data()
    {
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<QString>("key"); // empty: no match

        // Every model id the log generators (shared/tools) emit is a key of its own.
        const char *const generated[] = {
            "claude-sonnet-4-5-20250929",
            "claude-sonnet-4-20250514",
            "claude-sonnet-4-6",
            "claude-opus-4-5-20251101",
            "claude-opus-4-6",
            "claude-opus-4-1-20250805",
            "claude-haiku-4-5-20251001",
            "gpt-5-codex",
            "gpt-5",
            "gpt-5.1-codex",
        };
        for (const char *id : generated)
            QTest::addRow("generator %s", id) << QString::fromLatin1(id) << QString::fromLatin1(id);

        QTest::newRow("vertex @date")
            << QStringLiteral("claude-opus-4-5@20251101") << QStringLiteral("claude-opus-4-5-20251101");
        QTest::newRow("vertex route prefix") << QStringLiteral("vertex_ai/claude-opus-4-5@20251101")
                                             << QStringLiteral("claude-opus-4-5-20251101");
        QTest::newRow("bedrock us region -v1")
            << QStringLiteral("us.anthropic.claude-opus-4-6-v1") << QStringLiteral("claude-opus-4-6");
        QTest::newRow("bedrock global region -v1")
            << QStringLiteral("global.anthropic.claude-opus-4-6-v1") << QStringLiteral("claude-opus-4-6");
        QTest::newRow("bedrock eu region -v1:0")
            << QStringLiteral("eu.anthropic.claude-sonnet-4-5-20250929-v1:0")
            << QStringLiteral("claude-sonnet-4-5-20250929");
        QTest::newRow("bedrock route + apac region")
            << QStringLiteral("bedrock/apac.anthropic.claude-haiku-4-5-20251001-v1:0")
            << QStringLiteral("claude-haiku-4-5-20251001");
        QTest::newRow("suffixed key is exact first") << QStringLiteral("claude-sonnet-4-5-20250929-v1:0")
                                                     << QStringLiteral("claude-sonnet-4-5-20250929-v1:0");
        QTest::newRow("anthropic/ prefix")
            << QStringLiteral("anthropic/claude-sonnet-4-5") << QStringLiteral("claude-sonnet-4-5");
        QTest::newRow("openrouter/anthropic/ dotted")
            << QStringLiteral("openrouter/anthropic/claude-opus-4.6") << QStringLiteral("claude-opus-4-6");
        QTest::newRow("openai/ prefix dotted")
            << QStringLiteral("openai/gpt-5.1-codex") << QStringLiteral("gpt-5.1-codex");
        QTest::newRow("openrouter/openai/ prefix")
            << QStringLiteral("openrouter/openai/gpt-5") << QStringLiteral("gpt-5");
        QTest::newRow("azure/ prefix") << QStringLiteral("azure/gpt-5.4") << QStringLiteral("gpt-5.4");
        QTest::newRow("upper case") << QStringLiteral("Claude-Sonnet-4-6")
                                    << QStringLiteral("claude-sonnet-4-6");
        QTest::newRow("dotted claude version")
            << QStringLiteral("claude-sonnet-4.5") << QStringLiteral("claude-sonnet-4-5");
        QTest::newRow("unknown snapshot date falls back to family")
            << QStringLiteral("claude-haiku-4-5-20261231") << QStringLiteral("claude-haiku-4-5");
        QTest::newRow("gpt-5.3-spark alias")
            << QStringLiteral("gpt-5.3-spark") << QStringLiteral("gpt-5.3-codex-spark");
        // claude-opus-4-1/-4-5/-4-6… contain claude-opus-4 but continue its version; -20250514 is a date.
        QTest::newRow("claude-opus-4 guarded from 4-5")
            << QStringLiteral("claude-opus-4") << QStringLiteral("claude-opus-4-20250514");
        QTest::newRow("claude-sonnet-4 guarded from 4-5 and 4-6")
            << QStringLiteral("claude-sonnet-4") << QStringLiteral("claude-sonnet-4-20250514");
        QTest::newRow("gpt-5.7 is not gpt-5") << QStringLiteral("gpt-5.7") << QString();
        QTest::newRow("no match") << QStringLiteral("kimi-k2-fake") << QString();
        QTest::newRow("synthetic") << QStringLiteral("<synthetic>") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void lookupBundled()
    {
        QFETCH(QString, modelId);
        QFETCH(QString, key);
        static const PriceBook book = bundled();
        const std::optional<ModelPrice> price = book.lookup(modelId);
        QCOMPARE(price ? price->key : QString(), key);
        // The second call is answered from the cache and must agree.
        const std::optional<ModelPrice> again = book.lookup(modelId);
        QCOMPARE(again ? again->key : QString(), key);
    }

    void lookupSmallTable_data()
    {
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<QString>("key");
        QTest::newRow("dated id matches undated key")
            << QStringLiteral("claude-sonnet-4-5-20250929") << QStringLiteral("claude-sonnet-4-5");
        QTest::newRow("vertex @date matches undated key")
            << QStringLiteral("claude-sonnet-4-5@20250929") << QStringLiteral("claude-sonnet-4-5");
        QTest::newRow("undated id matches dated key")
            << QStringLiteral("claude-opus-4-5") << QStringLiteral("claude-opus-4-5-20251101");
        QTest::newRow("claude-opus-4 must not match 4-5") << QStringLiteral("claude-opus-4") << QString();
        QTest::newRow("gpt-5-codex falls back to gpt-5")
            << QStringLiteral("gpt-5-codex") << QStringLiteral("gpt-5");
        QTest::newRow("longest key inside the id")
            << QStringLiteral("gpt-5-mini-2025-08-07") << QStringLiteral("gpt-5-mini");
        QTest::newRow("family id takes its build, not a variant")
            << QStringLiteral("o4-mini") << QStringLiteral("o4-mini-2025-04-16");
        QTest::newRow("different family") << QStringLiteral("claude-haiku-3") << QString();
    }
    void lookupSmallTable()
    {
        QFETCH(QString, modelId);
        QFETCH(QString, key);
        const std::optional<ModelPrice> price = smallTable().lookup(modelId);
        QCOMPARE(price ? price->key : QString(), key);
    }

    void parseRules()
    {
        const QByteArray json = R"({
            "sample_spec": {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
            "fallback_generalizations": {"input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
            "not-an-object": 3,
            "an-embedding": {"mode": "embedding", "input_cost_per_token": 1e-06, "output_cost_per_token": 0},
            "no-output-price": {"mode": "chat", "input_cost_per_token": 1e-06},
            "string-price": {"mode": "chat", "input_cost_per_token": "1e-06", "output_cost_per_token": 1e-06},
            "a-completion": {"mode": "completion",
                             "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06},
            "a-responses": {"mode": "responses",
                            "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06},
            "no-mode": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}
        })";
        const Result<PriceBook> book = PriceBook::fromJson(json, QStringLiteral("rules"));
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->version(), QStringLiteral("rules"));
        QCOMPARE(book->modelCount(), 3);
        for (const char *kept : {"a-completion", "a-responses", "no-mode"})
            QVERIFY2(book->lookup(QString::fromLatin1(kept)), kept);
        for (const char *skipped : {"sample_spec", "fallback_generalizations", "not-an-object",
                                    "an-embedding", "no-output-price", "string-price"})
            QVERIFY2(!book->lookup(QString::fromLatin1(skipped)), skipped);
    }

    void rejectsNonTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray(R"({"gpt-5": {)");
        QTest::newRow("top-level array") << QByteArray("[1, 2]");
        QTest::newRow("empty") << QByteArray();
    }
    void rejectsNonTables()
    {
        QFETCH(QByteArray, json);
        const Result<PriceBook> book = PriceBook::fromJson(json, QStringLiteral("bad"));
        QVERIFY(!book.ok());
        QVERIFY2(book.error().contains(QStringLiteral("bad")), qPrintable(book.error()));
    }

    void storedPrices_data()
    {
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<QList<qint64>>("base");
        QTest::addColumn<QList<qint64>>("longContext"); // empty: no tier
        QTest::addColumn<qint64>("threshold");
        QTest::addColumn<double>("fastMultiplier");
        // $3 / $15 / $3.75 / $6 / $0.30 per MTok; above 200k: $6 / $22.50 / $7.50 / 2 × $6 / $0.60.
        QTest::newRow("sonnet-4-5 with 200k tier")
            << QStringLiteral("claude-sonnet-4-5")
            << QList<qint64> {3'000'000, 15'000'000, 3'750'000, 6'000'000, 300'000}
            << QList<qint64> {6'000'000, 22'500'000, 7'500'000, 12'000'000, 600'000} << qint64(200'000)
            << 2.0;
        // No cache-write fields: 5m = 1.25 × $5, tier 5m falls back to that, tier 1h = 2 × $10.
        QTest::newRow("gpt-5.5 with 272k tier")
            << QStringLiteral("gpt-5.5")
            << QList<qint64> {5'000'000, 30'000'000, 6'250'000, 10'000'000, 500'000}
            << QList<qint64> {10'000'000, 45'000'000, 6'250'000, 20'000'000, 1'000'000} << qint64(272'000)
            << 2.5;
        QTest::newRow("opus-4-6 fast from the table")
            << QStringLiteral("claude-opus-4-6")
            << QList<qint64> {5'000'000, 25'000'000, 6'250'000, 10'000'000, 500'000} << QList<qint64> {}
            << qint64(200'000) << 6.0;
        // The table's provider_specific_entry.fast (6.0) wins over the built-in fallback (2.0).
        QTest::newRow("opus-4-8 fast from the table over the fallback")
            << QStringLiteral("claude-opus-4-8")
            << QList<qint64> {5'000'000, 25'000'000, 6'250'000, 10'000'000, 500'000} << QList<qint64> {}
            << qint64(200'000) << 6.0;
        QTest::newRow("gpt-5.3-codex fast from the fallback")
            << QStringLiteral("gpt-5.3-codex")
            << QList<qint64> {1'750'000, 14'000'000, 2'187'500, 3'500'000, 175'000} << QList<qint64> {}
            << qint64(200'000) << 2.0;
        QTest::newRow("gpt-5.4-mini fast from the gpt-5.4 family")
            << QStringLiteral("gpt-5.4-mini")
            << QList<qint64> {750'000, 4'500'000, 937'500, 1'500'000, 75'000} << QList<qint64> {}
            << qint64(200'000) << 2.0;
    }
    void storedPrices()
    {
        QFETCH(QString, modelId);
        QFETCH(QList<qint64>, base);
        QFETCH(QList<qint64>, longContext);
        QFETCH(qint64, threshold);
        QFETCH(double, fastMultiplier);
        const std::optional<ModelPrice> price = bundled().lookup(modelId);
        QVERIFY(price);
        QCOMPARE(price->key, modelId);
        QCOMPARE(picos(price->base), base);
        QCOMPARE(price->longContext ? picos(*price->longContext) : QList<qint64> {}, longContext);
        QCOMPARE(price->longContextThreshold, threshold);
        QCOMPARE(price->fastMultiplier, fastMultiplier);
    }

    void cacheDefaults()
    {
        // haiku-4-5 without cache fields: 5m = 1.25 × $1, 1h = 2 × $1, read = 0.1 × $1 per MTok.
        const std::optional<ModelPrice> price = smallTable().lookup(QStringLiteral("claude-haiku-4-5"));
        QVERIFY(price);
        QCOMPARE(picos(price->base), (QList<qint64> {1'000'000, 5'000'000, 1'250'000, 2'000'000, 100'000}));
        QVERIFY(!price->longContext);

        // The defaults are the real haiku prices, so both tables price a request alike:
        // 1000 × (1'000'000 + 5'000'000 + 1'250'000 + 2'000'000 + 100'000) = 9'350'000'000 pico = 9'350 µ$.
        TokenCounts tokens;
        tokens.input = tokens.output = tokens.cacheWrite5m = tokens.cacheWrite1h = tokens.cacheRead = 1000;
        QCOMPARE(smallTable().price(QStringLiteral("claude-haiku-4-5"), tokens, false).cost, MicroUsd(9'350));
        QCOMPARE(bundled().price(QStringLiteral("claude-haiku-4-5-20251001"), tokens, false).cost,
                 MicroUsd(9'350));
    }

    void price_data()
    {
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<TokenCounts>("tokens");
        QTest::addColumn<bool>("fast");
        QTest::addColumn<bool>("priced");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("longContext");
        QTest::addColumn<qint64>("cost"); // micro-dollars

        const auto counts = [](qint64 input, qint64 output, qint64 write5m, qint64 write1h, qint64 read,
                               qint64 reasoning = 0) {
            TokenCounts t;
            t.input = input;
            t.output = output;
            t.cacheWrite5m = write5m;
            t.cacheWrite1h = write1h;
            t.cacheRead = read;
            t.reasoning = reasoning;
            return t;
        };
        const QString sonnet45 = QStringLiteral("claude-sonnet-4-5-20250929");

        // 3 × 3'000'000 + 159 × 15'000'000 + 1000 × 3'750'000 + 2285 × 6'000'000 + 22137 × 300'000
        // = 9'000'000 + 2'385'000'000 + 3'750'000'000 + 13'710'000'000 + 6'641'100'000
        // = 26'495'100'000 pico → 26'495 µ$.
        // Generator cross-check: PRICES["claude-sonnet-4-5-20250929"] (3e-6, 15e-6, 3.75e-6, 3e-7),
        // 1h = 2 × 3e-6, gives 0.0264951 USD for the same usage.
        QTest::newRow("sonnet-4-5 with 5m and 1h cache writes")
            << sonnet45 << counts(3, 159, 1000, 2285, 22137) << false << true << sonnet45 << false
            << qint64(26'495);
        // prompt 10 + 190'000 + 10'000 = 200'010 > 200k, so every token is at the tier price:
        // 10 × 6'000'000 + 2000 × 22'500'000 + 10'000 × 7'500'000 + 190'000 × 600'000
        // = 60'000'000 + 45'000'000'000 + 75'000'000'000 + 114'000'000'000 = 234'060'000'000 → 234'060 µ$.
        // (ccusage and the generator split each category at 200k and would charge base prices: 124'530 µ$.)
        QTest::newRow("sonnet-4-5 above 200k priced wholly at tier")
            << sonnet45 << counts(10, 2000, 10'000, 0, 190'000) << false << true << sonnet45 << true
            << qint64(234'060);
        // prompt 150'000 + 60'000 = 210'000; the 1h write is 2 × the tier input:
        // 1000 × 22'500'000 + 60'000 × 12'000'000 + 150'000 × 600'000
        // = 22'500'000'000 + 720'000'000'000 + 90'000'000'000 = 832'500'000'000 → 832'500 µ$.
        QTest::newRow("sonnet-4-5 above 200k with a 1h write")
            << sonnet45 << counts(0, 1000, 0, 60'000, 150'000) << false << true << sonnet45 << true
            << qint64(832'500);
        // prompt exactly 200'000 is not above it:
        // 2000 × 15'000'000 + 10'000 × 3'750'000 + 190'000 × 300'000
        // = 30'000'000'000 + 37'500'000'000 + 57'000'000'000 = 124'500'000'000 → 124'500 µ$.
        QTest::newRow("sonnet-4-5 at exactly 200000 stays base")
            << sonnet45 << counts(0, 2000, 10'000, 0, 190'000) << false << true << sonnet45 << false
            << qint64(124'500);
        // 100 × 5'000'000 + 500 × 25'000'000 + 2000 × 6'250'000 + 10'000 × 500'000
        // = 500'000'000 + 12'500'000'000 + 12'500'000'000 + 5'000'000'000 = 30'500'000'000 → 30'500 µ$;
        // fast × 6 → 183'000 µ$. Generator cross-check: PRICES["claude-opus-4-6"]
        // (5e-6, 25e-6, 6.25e-6, 5e-7) × FAST_MULTIPLIER 6.0 gives 0.183 USD.
        QTest::newRow("opus-4-6 standard")
            << QStringLiteral("claude-opus-4-6") << counts(100, 500, 2000, 0, 10'000) << false << true
            << QStringLiteral("claude-opus-4-6") << false << qint64(30'500);
        QTest::newRow("opus-4-6 fast x6")
            << QStringLiteral("claude-opus-4-6") << counts(100, 500, 2000, 0, 10'000) << true << true
            << QStringLiteral("claude-opus-4-6") << false << qint64(183'000);
        // 1000 × 5'000'000 = 5'000'000'000 × 6 (table) = 30'000'000'000 → 30'000 µ$.
        QTest::newRow("opus-4-8 fast x6 from the table")
            << QStringLiteral("claude-opus-4-8") << counts(1000, 0, 0, 0, 0) << true << true
            << QStringLiteral("claude-opus-4-8") << false << qint64(30'000);
        // (1000 × 1'000'000 + 1000 × 5'000'000) × 2 (no known multiplier) = 12'000'000'000 → 12'000 µ$.
        QTest::newRow("haiku fast with unknown multiplier x2")
            << QStringLiteral("claude-haiku-4-5-20251001") << counts(1000, 1000, 0, 0, 0) << true << true
            << QStringLiteral("claude-haiku-4-5-20251001") << false << qint64(12'000);
        // Codex: input 10'000 of which 8'000 cached → input 2000, cacheRead 8000; output 500 includes
        // 300 reasoning, which is not charged again.
        // 2000 × 1'250'000 + 8000 × 125'000 + 500 × 10'000'000
        // = 2'500'000'000 + 1'000'000'000 + 5'000'000'000 = 8'500'000'000 → 8'500 µ$.
        // Generator cross-check: gen_codex_logs PRICE["gpt-5-codex"] (1.25e-6, 1.25e-7, 10e-6) gives 0.0085
        // USD.
        QTest::newRow("gpt-5-codex codex-shaped")
            << QStringLiteral("gpt-5-codex") << counts(2000, 500, 0, 0, 8000, 300) << false << true
            << QStringLiteral("gpt-5-codex") << false << qint64(8'500);
        // 1 × 1'250'000 = 1.25 µ$ → 1; 2 × 1'250'000 = 2.5 µ$ → 3 (half away from zero).
        QTest::newRow("quarter micro rounds down")
            << QStringLiteral("gpt-5") << counts(1, 0, 0, 0, 0) << false << true << QStringLiteral("gpt-5")
            << false << qint64(1);
        QTest::newRow("half micro rounds away from zero")
            << QStringLiteral("gpt-5") << counts(2, 0, 0, 0, 0) << false << true << QStringLiteral("gpt-5")
            << false << qint64(3);
        // 1 × 5'000'000 × 2.5 (built-in gpt-5.5 fallback) = 12'500'000 pico = 12.5 µ$ → 13.
        QTest::newRow("gpt-5.5 fast x2.5 rounds half away")
            << QStringLiteral("gpt-5.5") << counts(1, 0, 0, 0, 0) << true << true << QStringLiteral("gpt-5.5")
            << false << qint64(13);
        // 272'000 × 5'000'000 = 1'360'000'000'000 → 1'360'000 µ$; one more token: 272'001 × 10'000'000
        // = 2'720'010'000'000 → 2'720'010 µ$.
        QTest::newRow("gpt-5.5 at exactly 272000 stays base")
            << QStringLiteral("gpt-5.5") << counts(272'000, 0, 0, 0, 0) << false << true
            << QStringLiteral("gpt-5.5") << false << qint64(1'360'000);
        QTest::newRow("gpt-5.5 above 272k")
            << QStringLiteral("gpt-5.5") << counts(272'001, 0, 0, 0, 0) << false << true
            << QStringLiteral("gpt-5.5") << true << qint64(2'720'010);
        // 1000 × 5'000'000 = 5'000'000'000 → 5'000 µ$.
        QTest::newRow("vertex id priced as its key")
            << QStringLiteral("claude-opus-4-5@20251101") << counts(1000, 0, 0, 0, 0) << false << true
            << QStringLiteral("claude-opus-4-5-20251101") << false << qint64(5'000);
        QTest::newRow("unpriced model") << QStringLiteral("kimi-k2-fake") << counts(1000, 1000, 0, 0, 0)
                                        << false << false << QString() << false << qint64(0);
    }
    void price()
    {
        QFETCH(QString, modelId);
        QFETCH(TokenCounts, tokens);
        QFETCH(bool, fast);
        QFETCH(bool, priced);
        QFETCH(QString, key);
        QFETCH(bool, longContext);
        QFETCH(qint64, cost);
        static const PriceBook book = bundled();
        const PricedCost result = book.price(modelId, tokens, fast);
        QCOMPARE(result.priced, priced);
        QCOMPARE(result.matchedKey, key);
        QCOMPARE(result.longContext, longContext);
        QCOMPARE(result.cost, cost);
    }

    void userOverride()
    {
        const QTemporaryDir config;
        QVERIFY(config.isValid());
        // sha1 of these exact bytes: 6a0dc936ea3be9d0e51c8d8380765bf9de4a9053 (sha1sum).
        const QByteArray overrides
            = R"({"claude-sonnet-4-5-20250929":{"mode":"chat","input_cost_per_token":4e-06,)"
              R"("output_cost_per_token":2e-05},"kimi-k2-fake":{"input_cost_per_token":1e-06,)"
              R"("output_cost_per_token":2e-06}})";
        QVERIFY(writeFile(config.filePath(QStringLiteral("model_prices.json")), overrides));

        const Result<PriceBook> book = PriceBook::load(config.path());
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->version(), QStringLiteral("litellm-2026-07-24+user-6a0dc936"));
        QCOMPARE(book->modelCount(), 192); // one replaced, one added

        TokenCounts tokens;
        tokens.input = 1000;
        tokens.output = 1000;
        // The replaced entry: 1000 × 4'000'000 + 1000 × 20'000'000 = 24'000'000'000 → 24'000 µ$ …
        QCOMPARE(book->price(QStringLiteral("claude-sonnet-4-5-20250929"), tokens, false).cost,
                 MicroUsd(24'000));
        // … and whole: its cache prices are now the defaults from $4 input (read 0.1 × 4'000'000).
        QCOMPARE(book->lookup(QStringLiteral("claude-sonnet-4-5-20250929"))->base.cacheRead, qint64(400'000));
        // Untouched: 1000 × 3'000'000 + 1000 × 15'000'000 = 18'000'000'000 → 18'000 µ$.
        QCOMPARE(book->price(QStringLiteral("claude-sonnet-4-5"), tokens, false).cost, MicroUsd(18'000));
        // Added: 1000 × 1'000'000 + 1000 × 2'000'000 = 3'000'000'000 → 3'000 µ$.
        const PricedCost kimi = book->price(QStringLiteral("kimi-k2-fake"), tokens, false);
        QVERIFY(kimi.priced);
        QCOMPARE(kimi.cost, MicroUsd(3'000));
    }

    void malformedOverride_data()
    {
        QTest::addColumn<QByteArray>("overrides");
        QTest::newRow("truncated") << QByteArray(R"({"claude-sonnet-4-5": {"input_cost_per_token": )");
        QTest::newRow("top-level array") << QByteArray(R"([{"input_cost_per_token": 1e-06}])");
    }
    void malformedOverride()
    {
        QFETCH(QByteArray, overrides);
        const QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString path = config.filePath(QStringLiteral("model_prices.json"));
        QVERIFY(writeFile(path, overrides));
        const Result<PriceBook> book = PriceBook::load(config.path());
        QVERIFY(!book.ok());
        QVERIFY2(book.error().contains(path), qPrintable(book.error()));
    }

    void emptyBookPricesNothing()
    {
        const PriceBook book;
        QCOMPARE(book.modelCount(), 0);
        QVERIFY(!book.lookup(QStringLiteral("gpt-5")));
        TokenCounts tokens;
        tokens.input = 1;
        QVERIFY(!book.price(QStringLiteral("gpt-5"), tokens, false).priced);
    }
};

QTEST_GUILESS_MAIN(TestPriceBook)
#include "test_price_book.moc"
