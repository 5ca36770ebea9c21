// Token semantics of current OpenCode builds (session.ts getUsage): `input` is already the uncached count,
// `output` excludes reasoning, which is billed as output; so output + reasoning is what was produced.
#include "sources/local/opencode/OpenCodeMessage.h"

#include "sources/local/JsonCount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace tokenwise::opencode {

namespace {

struct Usage
{
    TokenCounts tokens;
    double cost = 0;
    bool hasCost = false;
    bool valid = true;
};

Usage usageOf(const QJsonObject &o)
{
    Usage usage;
    const QJsonObject tokens = o.value(QLatin1String("tokens")).toObject();
    const QJsonObject cache = tokens.value(QLatin1String("cache")).toObject();
    const auto input = jsonTokenCount(tokens, "input");
    const auto output = jsonTokenCount(tokens, "output");
    const auto reasoning = jsonTokenCount(tokens, "reasoning");
    const auto read = jsonTokenCount(cache, "read");
    const auto write = jsonTokenCount(cache, "write");
    if (!input || !output || !reasoning || !read || !write) {
        usage.valid = false;
        return usage;
    }
    usage.tokens.input = *input;
    usage.tokens.output = *output + *reasoning;
    usage.tokens.reasoning = *reasoning;
    usage.tokens.cacheRead = *read;
    usage.tokens.cacheWrite5m = *write;
    const QJsonValue cost = o.value(QLatin1String("cost"));
    usage.hasCost = cost.isDouble() && cost.toDouble() >= 0;
    usage.cost = usage.hasCost ? cost.toDouble() : 0;
    return usage;
}

std::optional<QJsonObject> objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Epoch milliseconds; a value that looks like seconds (some Kilo builds) is scaled.
qint64 millisOf(const QJsonValue &v)
{
    const double t = v.toDouble();
    if (!(t > 0) || t > 1e14)
        return 0;
    return t < 1e11 ? qint64(t * 1000) : qint64(t);
}

} // namespace

MessageParse parseMessage(const QByteArray &messageId, const QByteArray &data,
                          const QList<QByteArray> &stepFinishParts, const MessageRules &rules)
{
    MessageParse parse;
    const auto message = objectOf(data);
    if (!message) {
        parse.malformed = true;
        return parse;
    }
    if (message->value(QLatin1String("role")).toString() == QLatin1String("user"))
        return parse;
    Usage usage = usageOf(*message);
    if (!usage.valid) {
        parse.malformed = true;
        return parse;
    }
    const QJsonObject time = message->value(QLatin1String("time")).toObject();
    const qint64 created = millisOf(time.value(QLatin1String("created")));
    const QString model = message->value(QLatin1String("modelID")).toString();
    parse.fingerprint = QByteArray::number(created) + '|' + model.toUtf8() + '|'
        + QByteArray::number(usage.tokens.total()) + '|' + QByteArray::number(usage.cost, 'g', 17);

    if (!stepFinishParts.isEmpty()) {
        Usage summed;
        summed.hasCost = true;
        for (const QByteArray &json : stepFinishParts) {
            const auto part = objectOf(json);
            const Usage step = part ? usageOf(*part) : Usage {{}, 0, false, false};
            if (!step.valid) {
                parse.malformed = true; // that step is lost; the message's own figures cannot replace it
                continue;
            }
            summed.tokens += step.tokens;
            summed.cost += step.cost;
            summed.hasCost = summed.hasCost && step.hasCost;
        }
        usage = summed;
    }
    if (usage.tokens.isZero() && usage.cost == 0)
        return parse; // a failed or aborted call's placeholder
    if (created == 0) {
        parse.malformed = true;
        return parse;
    }

    UsageEvent e;
    e.source = rules.source;
    e.eventKey = messageId;
    e.timestampMs = created;
    e.model = model;
    e.tokens = usage.tokens;
    if (usage.hasCost && (usage.cost > 0 || rules.trustZeroCost)) {
        e.cost = microsFromDollars(usage.cost);
        e.basis = CostBasis::Recorded;
    }
    const QJsonObject path = message->value(QLatin1String("path")).toObject();
    e.project = path.value(QLatin1String("cwd")).toString();
    e.sessionId = message->value(QLatin1String("sessionID")).toString();
    parse.event = std::move(e);
    return parse;
}

QStringList priceCandidates(const QString &model)
{
    QString name = model;
    if (name == QLatin1String("gemini-3-pro-high"))
        name = QStringLiteral("gemini-3-pro-preview");
    else if (name == QLatin1String("k2p6"))
        name = QStringLiteral("kimi-k2.6");
    QStringList candidates {name};
    if (name.startsWith(QLatin1String("claude-")) && name.contains(QLatin1Char('.'))) {
        QString dashed = name;
        candidates << dashed.replace(QLatin1Char('.'), QLatin1Char('-'));
    }
    return candidates;
}

} // namespace tokenwise::opencode
