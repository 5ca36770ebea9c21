// Droid records no per-request counts: only session totals, so Tokenwise's granularity here is "what a
// session's totals grew by between two reads", dated when the totals were written (agent-formats.md §11).
#include "sources/local/droid/DroidSession.h"

#include "core/Iso8601.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace tokenwise::droid {

namespace {

qint64 count(const QJsonObject &o, const char *key)
{
    const double v = o.value(QLatin1String(key)).toDouble();
    return v > 0 && v <= double(kMaxTokenCount) ? qint64(v) : 0;
}

QString inferProvider(const QString &model)
{
    if (model.startsWith(QLatin1String("claude")))
        return QStringLiteral("anthropic");
    if (model.startsWith(QLatin1String("gpt")) || model.startsWith(QLatin1String("o1"))
        || model.startsWith(QLatin1String("o3")) || model.startsWith(QLatin1String("o4")))
        return QStringLiteral("openai");
    if (model.startsWith(QLatin1String("gemini")))
        return QStringLiteral("google");
    if (model.startsWith(QLatin1String("grok")))
        return QStringLiteral("xai");
    return {};
}

} // namespace

QString normaliseModel(const QString &displayName)
{
    QString model = displayName.trimmed();
    if (model.startsWith(QLatin1String("custom:")))
        model = model.mid(7);
    static const QRegularExpression groups(QStringLiteral("\\[[^\\]]*\\]"));
    model.remove(groups);
    model.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (model.endsWith(QLatin1Char('-')))
        model.chop(1);
    if (model.endsWith(QLatin1String("-0")))
        model.chop(2);
    while (model.endsWith(QLatin1Char('-')))
        model.chop(1);
    return model.toLower().replace(QLatin1Char('.'), QLatin1Char('-'));
}

DroidSettings parseSettings(QByteArrayView json)
{
    DroidSettings settings;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return settings;
    const QJsonObject root = doc.object();
    settings.valid = true;
    settings.model = normaliseModel(root.value(QLatin1String("model")).toString());
    settings.provider = root.value(QLatin1String("providerLock")).toString().toLower();
    if (settings.provider.isEmpty())
        settings.provider = inferProvider(settings.model);
    const QByteArray lock = root.value(QLatin1String("providerLockTimestamp")).toString().toUtf8();
    settings.providerLockMs
        = parseIso8601Ms(std::string_view(lock.constData(), size_t(lock.size()))).value_or(0);
    const QJsonObject usage = root.value(QLatin1String("tokenUsage")).toObject();
    settings.totals
        = {count(usage, "inputTokens"), count(usage, "outputTokens"), count(usage, "cacheCreationTokens"),
           count(usage, "cacheReadTokens"), count(usage, "thinkingTokens")};
    return settings;
}

QStringList droidPriceCandidates(const QString &model)
{
    if (model.isEmpty())
        return {model};
    QStringList candidates {model};
    const QString provider = inferProvider(model);
    if (provider == QLatin1String("anthropic"))
        candidates << QStringLiteral("anthropic/") + model << QStringLiteral("openrouter/anthropic/") + model;
    else if (provider == QLatin1String("openai"))
        candidates << QStringLiteral("openai/") + model << QStringLiteral("openrouter/openai/") + model;
    else if (provider == QLatin1String("google"))
        candidates << QStringLiteral("google/") + model << QStringLiteral("vertex_ai/") + model
                   << QStringLiteral("openrouter/google/") + model;
    else if (provider == QLatin1String("xai"))
        candidates << QStringLiteral("xai/") + model << QStringLiteral("openrouter/x-ai/") + model;
    return candidates;
}

std::optional<TokenCounts> growth(const DroidTotals &now, const std::optional<DroidTotals> &previous)
{
    DroidTotals base = previous.value_or(DroidTotals {});
    if (now.input < base.input || now.output < base.output || now.cacheWrite < base.cacheWrite
        || now.cacheRead < base.cacheRead || now.thinking < base.thinking)
        return std::nullopt;
    TokenCounts t;
    t.input = now.input - base.input;
    t.output = (now.output - base.output) + (now.thinking - base.thinking);
    t.reasoning = now.thinking - base.thinking;
    t.cacheWrite5m = now.cacheWrite - base.cacheWrite;
    t.cacheRead = now.cacheRead - base.cacheRead;
    if (t.isZero())
        return std::nullopt;
    return t;
}

QByteArray saveTotals(const DroidTotals &t)
{
    return QByteArray::number(t.input) + ',' + QByteArray::number(t.output) + ','
        + QByteArray::number(t.cacheWrite) + ',' + QByteArray::number(t.cacheRead) + ','
        + QByteArray::number(t.thinking);
}

std::optional<DroidTotals> restoreTotals(const QByteArray &state)
{
    const QList<QByteArray> parts = state.split(',');
    if (parts.size() != 5)
        return std::nullopt;
    return DroidTotals {parts[0].toLongLong(), parts[1].toLongLong(), parts[2].toLongLong(),
                        parts[3].toLongLong(), parts[4].toLongLong()};
}

} // namespace tokenwise::droid
