// Price book: LiteLLM's table turned into integer prices, model ids resolved to table keys, costs summed.
#include "core/PriceBook.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tokenwise {

namespace {

// -Wpedantic rejects a plain __int128; tokens × pico-prices × a scaled multiplier needs ~90 bits.
__extension__ typedef __int128 Int128;

constexpr double kPicosPerDollar = 1e12;
constexpr qint64 kPicosPerMicro = 1'000'000;
// Multipliers are applied as integer millionths so a fast-mode cost stays exact integer arithmetic.
constexpr qint64 kMultiplierScale = 1'000'000;
constexpr qint64 kNoMatch = -1;
// Bounds that keep tokens × price × multiplier inside 128 bits and a cost inside qint64. Nothing real comes
// near them ($1000 a token, a 1000× fast mode, a $1bn request); a table or a request beyond them is damage.
constexpr double kMaxDollarsPerToken = 1000;
constexpr double kMaxFastMultiplier = 1000;
constexpr MicroUsd kMaxRequestCost = 1'000'000'000'000'000;

QString bundledVersion()
{
    return QStringLiteral("litellm-2026-07-24");
}

QString bundledResource()
{
    return QStringLiteral(":/prices/model_prices.json");
}

template<typename T> T divideRoundHalfAway(T numerator, T denominator)
{
    const T quotient = numerator / denominator;
    const T remainder = numerator % denominator;
    const T twiceRemainder = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twiceRemainder >= denominator)
        return quotient + (numerator < 0 ? -1 : 1);
    return quotient;
}

std::optional<qint64> picoPrice(const QJsonObject &entry, const QString &field)
{
    const QJsonValue value = entry.value(field);
    if (!value.isDouble())
        return std::nullopt;
    const double dollars = value.toDouble();
    if (!std::isfinite(dollars) || dollars < 0 || dollars > kMaxDollarsPerToken)
        return std::nullopt; // a negative or absurd price is no price: the model stays unpriced
    return std::llround(dollars * kPicosPerDollar);
}

bool hasFieldEndingWith(const QJsonObject &entry, const QString &suffix)
{
    const QStringList keys = entry.keys();
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return k.endsWith(suffix); });
}

// The next '-'-separated segment is a short number: `-5` in claude-opus-4-5 continues the version of
// claude-opus-4, while a date or snapshot stamp (`-20250929`, `-0309`, `-001`) only names a build of it.
bool continuesVersion(QStringView rest)
{
    qsizetype digits = 0;
    while (digits < rest.size() && rest[digits] >= u'0' && rest[digits] <= u'9')
        ++digits;
    const bool wholeSegment = digits == rest.size() || rest[digits] == u'-';
    return digits > 0 && digits <= 2 && wholeSegment;
}

bool containsAtBoundary(QStringView longer, QStringView shorter)
{
    if (shorter.isEmpty() || shorter.size() > longer.size())
        return false;
    for (qsizetype pos = longer.indexOf(shorter); pos >= 0; pos = longer.indexOf(shorter, pos + 1)) {
        const qsizetype end = pos + shorter.size();
        if (pos > 0 && longer[pos - 1] != u'-')
            continue;
        if (end == longer.size())
            return true;
        if (longer[end] == u'-' && !continuesVersion(longer.mid(end + 1)))
            return true;
    }
    return false;
}

QString normaliseKey(const QString &key)
{
    QString s = key.toLower();
    s.replace(u'.', u'-');
    s.replace(u'@', u'-');
    return s;
}

// Route prefixes and Bedrock decorations say where a model ran, not which model it is.
QString normaliseId(const QString &id)
{
    static const QStringList prefixes = {
        QStringLiteral("openrouter/openai/"),
        QStringLiteral("openrouter/anthropic/"),
        QStringLiteral("anthropic/"),
        QStringLiteral("openai/"),
        QStringLiteral("azure/"),
        QStringLiteral("vertex_ai/"),
        QStringLiteral("bedrock/"),
    };
    static const QRegularExpression bedrockVendor(QStringLiteral("^(?:[a-z]{2,6}\\.)?anthropic\\."));
    static const QRegularExpression bedrockRevision(QStringLiteral("(?:-v\\d+)?:\\d+$"));
    // Without a ":N" revision, "-vN" is only a Bedrock suffix on Claude ids (deepseek-v3 is a model name).
    static const QRegularExpression claudeBedrockVersion(QStringLiteral("^(claude-.*)-v\\d+$"));

    QString s = id.trimmed().toLower();
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &prefix : prefixes) {
            if (s.startsWith(prefix)) {
                s.remove(0, prefix.size());
                stripped = true;
            }
        }
        const QRegularExpressionMatch vendor = bedrockVendor.match(s);
        if (vendor.hasMatch()) {
            s.remove(0, vendor.capturedLength());
            stripped = true;
        }
    }
    s.remove(bedrockRevision);
    const QRegularExpressionMatch claude = claudeBedrockVersion.match(s);
    if (claude.hasMatch())
        s = claude.captured(1);
    s.replace(u'.', u'-');
    s.replace(u'@', u'-');
    return s;
}

// Applied to the normalised id only when the id itself is not a table key.
QString aliasFor(const QString &normalisedId)
{
    if (normalisedId == QLatin1String("gpt-5-3-spark"))
        return QStringLiteral("gpt-5-3-codex-spark");
    if (normalisedId == QLatin1String("gpt-5-codex"))
        return QStringLiteral("gpt-5");
    return {};
}

double fastMultiplierFor(const QString &key)
{
    struct Family
    {
        const char16_t *name;
        double multiplier;
    };
    // Fast-mode multipliers ccusage carries for models whose table entry has no provider_specific_entry.fast.
    static constexpr Family families[] = {
        {u"claude-opus-4-6", 6.0}, {u"claude-opus-4-7", 6.0}, {u"claude-opus-4-8", 2.0},
        {u"gpt-5-5", 2.5},         {u"gpt-5-4", 2.0},         {u"gpt-5-3-codex", 2.0},
    };
    const QString normalised = normaliseId(key);
    const Family *best = nullptr;
    for (const Family &family : families) {
        const QStringView name(family.name);
        const bool isFamily = normalised.startsWith(name)
            && (normalised.size() == name.size()
                || (normalised.at(name.size()) == u'-'
                    && !continuesVersion(QStringView(normalised).mid(name.size() + 1))));
        if (isFamily && (!best || name.size() > QStringView(best->name).size()))
            best = &family;
    }
    // Fast mode on a model with no known multiplier: 2× is an assumption, not a published price. OpenAI's
    // priority tier is 2× standard (gpt-5: $2.50 vs $1.25 per MTok input) and ccusage uses 2× for Codex.
    return best ? best->multiplier : 2.0;
}

std::optional<ModelPrice> parseEntry(const QString &key, const QJsonObject &entry)
{
    const QJsonValue mode = entry.value(QStringLiteral("mode"));
    if (!mode.isUndefined() && !mode.isNull()) {
        const QString m = mode.toString();
        if (m != QLatin1String("chat") && m != QLatin1String("responses") && m != QLatin1String("completion"))
            return std::nullopt;
    }
    const std::optional<qint64> input = picoPrice(entry, QStringLiteral("input_cost_per_token"));
    const std::optional<qint64> output = picoPrice(entry, QStringLiteral("output_cost_per_token"));
    if (!input || !output)
        return std::nullopt;

    ModelPrice price;
    price.key = key;
    TokenPrices &base = price.base;
    base.input = *input;
    base.output = *output;
    base.cacheWrite5m = picoPrice(entry, QStringLiteral("cache_creation_input_token_cost"))
                            .value_or(divideRoundHalfAway<qint64>(*input * 5, 4));
    base.cacheRead = picoPrice(entry, QStringLiteral("cache_read_input_token_cost"))
                         .value_or(divideRoundHalfAway<qint64>(*input, 10));
    base.cacheWrite1h
        = picoPrice(entry, QStringLiteral("cache_creation_input_token_cost_above_1hr")).value_or(2 * *input);

    const struct
    {
        QString suffix;
        qint64 threshold;
    } tiers[] = {
        {QStringLiteral("_above_200k_tokens"), 200'000},
        {QStringLiteral("_above_272k_tokens"), 272'000},
    };
    for (const auto &tier : tiers) {
        if (!hasFieldEndingWith(entry, tier.suffix))
            continue;
        TokenPrices above;
        above.input
            = picoPrice(entry, QStringLiteral("input_cost_per_token") + tier.suffix).value_or(base.input);
        above.output
            = picoPrice(entry, QStringLiteral("output_cost_per_token") + tier.suffix).value_or(base.output);
        above.cacheWrite5m = picoPrice(entry, QStringLiteral("cache_creation_input_token_cost") + tier.suffix)
                                 .value_or(base.cacheWrite5m);
        above.cacheRead = picoPrice(entry, QStringLiteral("cache_read_input_token_cost") + tier.suffix)
                              .value_or(base.cacheRead);
        above.cacheWrite1h = 2 * above.input;
        price.longContext = above;
        price.longContextThreshold = tier.threshold;
        break;
    }

    const QJsonValue fast
        = entry.value(QStringLiteral("provider_specific_entry")).toObject().value(QStringLiteral("fast"));
    price.fastMultiplier = fast.isDouble() && fast.toDouble() > 0 && fast.toDouble() <= kMaxFastMultiplier
        ? fast.toDouble()
        : fastMultiplierFor(key);
    return price;
}

Result<QJsonObject> parseTable(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                                                .arg(what, error.errorString())
                                                .arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("%1 is not a price table: the top level must be a JSON object").arg(what));
    return doc.object();
}

} // namespace

struct PriceBook::Data
{
    QString version;
    QList<ModelPrice> models; // sorted by key
    QList<QString> normalisedKeys; // parallel to models
    QHash<QString, qsizetype> byKey;
    QHash<QString, qsizetype> byNormalisedKey;

    // Resolving an id scans every key, so each distinct id is resolved once and remembered. Copies of a
    // PriceBook share this, possibly across threads, hence the lock.
    mutable QMutex cacheLock;
    mutable QHash<QString, qsizetype> resolved;

    static std::shared_ptr<Data> fromObject(const QJsonObject &table, const QString &version)
    {
        auto data = std::make_shared<Data>();
        data->version = version;
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            if (it.key() == QLatin1String("sample_spec")
                || it.key() == QLatin1String("fallback_generalizations") || !it.value().isObject())
                continue;
            std::optional<ModelPrice> price = parseEntry(it.key(), it.value().toObject());
            if (!price)
                continue;
            const qsizetype index = data->models.size();
            const QString normalised = normaliseKey(it.key());
            data->models.append(std::move(*price));
            data->normalisedKeys.append(normalised);
            data->byKey.insert(it.key(), index);
            // Keys that collide once normalised (gpt-5.1 / gpt-5-1): the one already in normal form wins.
            if (!data->byNormalisedKey.contains(normalised) || normalised == it.key())
                data->byNormalisedKey.insert(normalised, index);
        }
        return data;
    }

    qsizetype resolve(const QString &modelId) const
    {
        {
            const QMutexLocker locker(&cacheLock);
            const auto it = resolved.constFind(modelId);
            if (it != resolved.constEnd())
                return it.value();
        }
        const qsizetype index = search(modelId);
        const QMutexLocker locker(&cacheLock);
        resolved.insert(modelId, index);
        return index;
    }

    qsizetype search(const QString &modelId) const
    {
        if (const auto it = byKey.constFind(modelId); it != byKey.constEnd())
            return it.value();
        const QString id = normaliseId(modelId);
        if (id.isEmpty())
            return kNoMatch;
        if (const auto it = byNormalisedKey.constFind(id); it != byNormalisedKey.constEnd())
            return it.value();
        if (const QString alias = aliasFor(id); !alias.isEmpty()) {
            if (const auto it = byNormalisedKey.constFind(alias); it != byNormalisedKey.constEnd())
                return it.value();
        }

        // A key inside the id is the model family the id is a build or route of: the longest is the most
        // specific. Only when none fits, the id may be a family whose builds are keys (claude-opus-4 →
        // claude-opus-4-20250514); there the shortest key is the closest, as the longest would pick
        // variants such as gpt-5-search-api-2025-10-14 for a bare gpt-5.
        qsizetype best = kNoMatch;
        for (qsizetype i = 0; i < normalisedKeys.size(); ++i) {
            const QString &key = normalisedKeys.at(i);
            if (key.size() <= id.size() && containsAtBoundary(id, key) && isBetter(i, best, true))
                best = i;
        }
        if (best != kNoMatch)
            return best;
        for (qsizetype i = 0; i < normalisedKeys.size(); ++i) {
            const QString &key = normalisedKeys.at(i);
            if (key.size() > id.size() && containsAtBoundary(key, id) && isBetter(i, best, false))
                best = i;
        }
        return best;
    }

    bool isBetter(qsizetype candidate, qsizetype best, bool preferLonger) const
    {
        if (best == kNoMatch)
            return true;
        const qsizetype a = normalisedKeys.at(candidate).size();
        const qsizetype b = normalisedKeys.at(best).size();
        if (a != b)
            return preferLonger ? a > b : a < b;
        return models.at(candidate).key < models.at(best).key;
    }
};

PriceBook::PriceBook() : d(std::make_shared<Data>()) { }

PriceBook::~PriceBook() = default;
PriceBook::PriceBook(const PriceBook &) = default;
PriceBook &PriceBook::operator=(const PriceBook &) = default;
PriceBook::PriceBook(PriceBook &&) noexcept = default;
PriceBook &PriceBook::operator=(PriceBook &&) noexcept = default;

Result<PriceBook> PriceBook::fromJson(const QByteArray &json, const QString &version)
{
    const Result<QJsonObject> table = parseTable(json, QStringLiteral("The price table %1").arg(version));
    if (!table)
        return Result<PriceBook>::failure(table.error());
    PriceBook book;
    book.d = Data::fromObject(table.value(), version);
    return book;
}

Result<PriceBook> PriceBook::load(const QString &configDir)
{
    QFile bundled(bundledResource());
    if (!bundled.open(QIODevice::ReadOnly))
        return Result<PriceBook>::failure(QStringLiteral("The bundled price table %1 is missing: %2")
                                              .arg(bundledResource(), bundled.errorString()));
    Result<QJsonObject> table = parseTable(bundled.readAll(), bundledResource());
    if (!table)
        return Result<PriceBook>::failure(table.error());
    QString version = bundledVersion();

    const QString overridePath
        = configDir.isEmpty() ? QString() : QDir(configDir).filePath(QStringLiteral("model_prices.json"));
    if (!overridePath.isEmpty() && QFileInfo::exists(overridePath)) {
        QFile file(overridePath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<PriceBook>::failure(
                QStringLiteral("Cannot read price overrides %1: %2").arg(overridePath, file.errorString()));
        const QByteArray bytes = file.readAll();
        const Result<QJsonObject> overrides
            = parseTable(bytes, QStringLiteral("Price overrides %1").arg(overridePath));
        if (!overrides)
            return Result<PriceBook>::failure(overrides.error());
        // Whole entries are replaced, so an override reads exactly like a row of LiteLLM's own file.
        QJsonObject &merged = table.value();
        for (auto it = overrides->constBegin(); it != overrides->constEnd(); ++it)
            merged.insert(it.key(), it.value());
        const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(8);
        version += QStringLiteral("+user-") + QString::fromLatin1(digest);
    }

    PriceBook book;
    book.d = Data::fromObject(table.value(), version);
    return book;
}

QString PriceBook::version() const
{
    return d ? d->version : QString();
}

int PriceBook::modelCount() const
{
    return d ? static_cast<int>(d->models.size()) : 0;
}

std::optional<ModelPrice> PriceBook::lookup(const QString &modelId) const
{
    if (!d)
        return std::nullopt;
    const qsizetype index = d->resolve(modelId);
    if (index == kNoMatch)
        return std::nullopt;
    return d->models.at(index);
}

PricedCost PriceBook::price(const QString &modelId, const TokenCounts &tokens, bool fast,
                            bool aggregate) const
{
    PricedCost result;
    if (!d)
        return result;
    const qsizetype index = d->resolve(modelId);
    if (index == kNoMatch)
        return result;
    for (qint64 count :
         {tokens.input, tokens.output, tokens.cacheWrite5m, tokens.cacheWrite1h, tokens.cacheRead})
        if (count < 0 || count > kMaxTokenCount)
            return result; // damaged counts: unknown cost, never a wrapped-around one
    const ModelPrice &model = d->models.at(index);
    result.priced = true;
    result.matchedKey = model.key;
    // The tier is decided once per request and then prices all of it, as Anthropic and Google bill it
    // (ccusage instead splits each token category at 200k, which underprices long-context requests).
    result.longContext = !aggregate && model.longContext && tokens.promptTotal() > model.longContextThreshold;
    const TokenPrices &p = result.longContext ? *model.longContext : model.base;

    // Reasoning tokens are already inside output and are not charged again.
    const Int128 picos = Int128(tokens.input) * p.input + Int128(tokens.output) * p.output
        + Int128(tokens.cacheWrite5m) * p.cacheWrite5m + Int128(tokens.cacheWrite1h) * p.cacheWrite1h
        + Int128(tokens.cacheRead) * p.cacheRead;
    const qint64 multiplier = fast ? std::llround(model.fastMultiplier * kMultiplierScale) : kMultiplierScale;
    const Int128 micros
        = divideRoundHalfAway<Int128>(picos * multiplier, Int128(kPicosPerMicro) * kMultiplierScale);
    if (micros > kMaxRequestCost)
        return PricedCost();
    result.cost = static_cast<MicroUsd>(micros);
    return result;
}

} // namespace tokenwise
