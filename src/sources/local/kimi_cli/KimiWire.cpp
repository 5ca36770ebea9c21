// Kimi's token_usage counts are disjoint (input_other is the uncached input): no subtraction is needed.
#include "sources/local/kimi_cli/KimiWire.h"
#include "sources/local/JsonCount.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace tokenwise::kimi {

namespace {

constexpr qint64 kForCodingBecameK26Ms = 1'776'698'890'072; // 2026-04-20T15:28:10.072Z

} // namespace

KimiWireParser::KimiWireParser(QString sessionId, QString scope, QString model)
    : m_sessionId(std::move(sessionId)), m_scope(std::move(scope)), m_model(std::move(model))
{ }

LineOutcome KimiWireParser::feedLine(QByteArrayView line, qint64 offset)
{
    if (!line.contains(QByteArrayView("\"token_usage\"")))
        return LineOutcome::Ignored;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return LineOutcome::Malformed;
    const QJsonObject record = doc.object();
    const QJsonObject message = record.value(QLatin1String("message")).toObject();
    if (message.value(QLatin1String("type")).toString() != QLatin1String("StatusUpdate"))
        return LineOutcome::Ignored;
    const QJsonObject payload = message.value(QLatin1String("payload")).toObject();
    const QJsonObject usage = payload.value(QLatin1String("token_usage")).toObject();
    const auto other = jsonTokenCount(usage, "input_other"), output = jsonTokenCount(usage, "output"),
               read = jsonTokenCount(usage, "input_cache_read"),
               creation = jsonTokenCount(usage, "input_cache_creation");
    if (!other || !output || !read || !creation)
        return LineOutcome::Malformed;
    TokenCounts tokens;
    tokens.input = *other;
    tokens.output = *output;
    tokens.cacheRead = *read;
    tokens.cacheWrite5m = *creation;
    if (tokens.isZero())
        return LineOutcome::Ignored;
    const double seconds = record.value(QLatin1String("timestamp")).toDouble();
    if (!(seconds > 0) || !(seconds < 1e11)) // 1e11 s is the year 5138: a larger figure is damage
        return LineOutcome::NoTimestamp;

    UsageEvent e;
    e.source = QString::fromLatin1(sourceId);
    e.timestampMs = std::llround(seconds * 1000.0);
    e.model = m_model;
    e.tokens = tokens;
    e.sessionId = m_sessionId;
    e.originOffset = offset;
    const QString messageId = payload.value(QLatin1String("message_id")).toString();
    e.eventKey = m_scope.toUtf8() + ':'
        + (messageId.isEmpty() ? QByteArray::number(e.timestampMs) + '@' + QByteArray::number(offset)
                               : messageId.toUtf8());
    const auto seen = m_indexByKey.constFind(e.eventKey);
    if (seen != m_indexByKey.cend()) {
        m_events[*seen] = std::move(e);
    } else {
        m_indexByKey.insert(e.eventKey, m_events.size());
        m_events.append(std::move(e));
    }
    return LineOutcome::Usage;
}

QList<UsageEvent> KimiWireParser::takeEvents()
{
    m_indexByKey.clear();
    return std::exchange(m_events, {});
}

QString configuredModel(const QString &root)
{
    if (const QString fromEnvironment = qEnvironmentVariable("KIMI_MODEL_NAME"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    QFile json(root + QStringLiteral("/config.json"));
    if (json.open(QIODevice::ReadOnly) && json.size() < (1 << 20)) {
        const QString model
            = QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("model")).toString();
        if (!model.isEmpty())
            return model;
    }
    QFile toml(root + QStringLiteral("/config.toml"));
    if (toml.open(QIODevice::ReadOnly) && toml.size() < (1 << 20)) {
        // Only a top-level default_model = "…" (before the first [table]) is the CLI's default.
        static const QRegularExpression line(QStringLiteral("^\\s*default_model\\s*=\\s*\"([^\"]+)\""));
        for (const QByteArray &raw : toml.readAll().split('\n')) {
            const QString text = QString::fromUtf8(raw);
            if (text.trimmed().startsWith(QLatin1Char('[')))
                break;
            if (const auto match = line.match(text); match.hasMatch())
                return match.captured(1);
        }
    }
    return QStringLiteral("kimi-for-coding");
}

QStringList kimiPriceCandidates(const QString &model, qint64 timestampMs)
{
    const QString priced = model == QLatin1String("kimi-for-coding")
        ? (timestampMs < kForCodingBecameK26Ms ? QStringLiteral("kimi-k2.5") : QStringLiteral("kimi-k2.6"))
        : model;
    return {priced, QStringLiteral("moonshot/") + priced, QStringLiteral("kimi/") + priced};
}

} // namespace tokenwise::kimi
