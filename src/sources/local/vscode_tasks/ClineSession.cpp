// New Cline's per-turn metrics (agent-formats.md §6 "New Cline (2026 SDK rewrite)"). metadata.usage, the
// session roll-up, is only a cross-check: it unmasks the build that stamped the session total on every turn.
#include "sources/local/vscode_tasks/ClineSession.h"

#include "core/Iso8601.h"
#include "sources/local/JsonCount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace tokenwise::vscodetasks {

namespace {

std::optional<qint64> timeOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() > 0 && v.toDouble() < 1e14 ? std::optional<qint64>(qint64(v.toDouble()))
                                                       : std::nullopt;
    const QByteArray text = v.toString().toUtf8();
    if (text.isEmpty())
        return std::nullopt;
    return parseIso8601Ms(std::string_view(text.constData(), size_t(text.size())));
}

// The first of `keys` that holds a time.
std::optional<qint64> firstTime(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (const auto t = timeOf(o.value(QLatin1String(key))))
            return t;
    }
    return std::nullopt;
}

struct Metrics
{
    TokenCounts tokens;
    double cost = 0; // USD as recorded
    friend bool operator==(const Metrics &, const Metrics &) = default;
};

// Counts as Anthropic style: inputTokens taken as the uncached input, like the legacy store's tokensIn (the
// SDK's own docs do not say otherwise; unverified against a real session file).
std::optional<Metrics> metricsOf(const QJsonObject &m, const char *costKey)
{
    const auto input = jsonTokenCount(m, "inputTokens"), output = jsonTokenCount(m, "outputTokens"),
               cacheRead = jsonTokenCount(m, "cacheReadTokens"),
               cacheWrite = jsonTokenCount(m, "cacheWriteTokens");
    if (!input || !output || !cacheRead || !cacheWrite)
        return std::nullopt;
    Metrics metrics;
    metrics.tokens.input = *input;
    metrics.tokens.output = *output;
    metrics.tokens.cacheRead = *cacheRead;
    metrics.tokens.cacheWrite5m = *cacheWrite;
    const double cost = m.value(QLatin1String(costKey)).toDouble();
    metrics.cost = cost > 0 && std::isfinite(cost) && cost < 1e6 ? cost : 0;
    return metrics;
}

struct Turn
{
    qsizetype index = 0;
    Metrics metrics;
    QString model;
    qint64 ts = 0;
};

} // namespace

ClineSessionRead parseClineSession(QByteArrayView messages, QByteArrayView metadata, const QString &source,
                                   const QString &sessionId, qint64 fallbackMs)
{
    ClineSessionRead read;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(messages.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !(doc.isObject() || doc.isArray()))
        return read;
    read.valid = true;
    const QJsonObject meta = QJsonDocument::fromJson(metadata.toByteArray()).object();
    const QJsonObject inner = meta.value(QLatin1String("metadata")).toObject();
    for (const char *key : {"cwd", "workspaceRoot"}) {
        const QString path = meta.value(QLatin1String(key)).toString();
        if (path.startsWith(QLatin1Char('/')) || (path.size() > 2 && path.at(1) == QLatin1Char(':'))) {
            read.cwd = path;
            break;
        }
    }
    const qint64 sessionMs = firstTime(meta, {"updatedAt", "endedAt", "startedAt", "createdAt"})
                                 .value_or(firstTime(inner, {"updatedAt", "startedAt"}).value_or(fallbackMs));

    QList<Turn> turns;
    const QJsonArray list
        = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("messages")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject message = list.at(i).toObject();
        if (message.value(QLatin1String("role")).toString() != QLatin1String("assistant")
            || !message.value(QLatin1String("metrics")).isObject())
            continue;
        const std::optional<Metrics> metrics
            = metricsOf(message.value(QLatin1String("metrics")).toObject(), "cost");
        if (!metrics) {
            ++read.malformed;
            continue;
        }
        if (metrics->tokens.isZero() && metrics->cost <= 0)
            continue;
        const QJsonObject modelInfo = message.value(QLatin1String("modelInfo")).toObject();
        turns.append({i, *metrics, modelInfo.value(QLatin1String("id")).toString().trimmed(),
                      firstTime(message, {"ts", "timestamp", "createdAt"}).value_or(sessionMs)});
    }

    // One build stamped the session total on every turn: identical metrics on every turn, equal to the
    // roll-up, are that total, counted once (on the last turn, where the total was reached).
    const QJsonObject usage = inner.value(QLatin1String("usage")).toObject();
    if (turns.size() > 1 && !usage.isEmpty()) {
        const std::optional<Metrics> total = metricsOf(usage, "totalCost");
        const bool allSame = std::all_of(turns.cbegin(), turns.cend(), [&](const Turn &t) {
            return t.metrics == turns.constFirst().metrics;
        });
        if (allSame && total && total->tokens == turns.constFirst().metrics.tokens
            && (total->cost == 0 || std::abs(total->cost - turns.constFirst().metrics.cost) < 1e-9))
            turns = {turns.constLast()};
    }

    for (const Turn &turn : turns) {
        UsageEvent e;
        e.source = source;
        e.eventKey = "sdk:" + sessionId.toUtf8() + ':' + QByteArray::number(turn.index);
        e.timestampMs = turn.ts;
        e.model = turn.model;
        e.tokens = turn.metrics.tokens;
        e.sessionId = sessionId;
        e.project = read.cwd;
        if (turn.metrics.cost > 0) {
            e.cost = microsFromDollars(turn.metrics.cost);
            e.basis = CostBasis::Recorded;
        }
        if (e.timestampMs > 0)
            read.events.append(std::move(e));
    }
    return read;
}

} // namespace tokenwise::vscodetasks
