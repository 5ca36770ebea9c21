// Counts follow OpenAI / OTel GenAI semantics: input includes cache reads and writes, which are subtracted;
// output includes reasoning.
#include "sources/local/copilot_cli/CopilotRecords.h"

#include "core/Iso8601.h"
#include "sources/local/JsonCount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace tokenwise::copilot {

namespace {

std::optional<QJsonObject> objectOf(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<qint64> isoMs(const QJsonValue &v)
{
    const QByteArray text = v.toString().toUtf8();
    return text.isEmpty() ? std::nullopt
                          : parseIso8601Ms(std::string_view(text.constData(), size_t(text.size())));
}

// [seconds, nanoseconds], as the OTel JS SDK writes hrTime.
qint64 hrTimeMs(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !(a.at(0).toDouble() > 0))
        return 0;
    return qint64(a.at(0).toDouble()) * 1000 + qint64(a.at(1).toDouble()) / 1'000'000;
}

TokenCounts inclusiveCounts(qint64 input, qint64 output, qint64 cacheRead, qint64 cacheWrite,
                            qint64 reasoning)
{
    TokenCounts t;
    t.cacheRead = cacheRead;
    t.cacheWrite5m = cacheWrite;
    t.input = std::max<qint64>(0, input - cacheRead - cacheWrite);
    t.output = output;
    t.reasoning = std::min(reasoning, output);
    return t;
}

} // namespace

LineOutcome JournalParser::feedLine(QByteArrayView line, qint64 offset)
{
    Q_UNUSED(offset);
    if (!line.contains("\"session.start\"") && !line.contains("\"session.shutdown\""))
        return LineOutcome::Ignored;
    const auto record = objectOf(line);
    if (!record)
        return LineOutcome::Malformed;
    const QString type = record->value(QLatin1String("type")).toString();
    const QJsonObject data = record->value(QLatin1String("data")).toObject();
    if (type == QLatin1String("session.start")) {
        if (const QString id = data.value(QLatin1String("sessionId")).toString(); !id.isEmpty())
            m_sessionId = id;
        m_cwd = data.value(QLatin1String("context")).toObject().value(QLatin1String("cwd")).toString();
        return LineOutcome::Ignored;
    }
    if (type != QLatin1String("session.shutdown"))
        return LineOutcome::Ignored;
    const auto when = isoMs(record->value(QLatin1String("timestamp")));
    if (!when)
        return LineOutcome::NoTimestamp;
    const QJsonObject metrics = data.value(QLatin1String("modelMetrics")).toObject();
    QList<UsageEvent> events;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QJsonObject usage = it.value().toObject().value(QLatin1String("usage")).toObject();
        const auto in = jsonTokenCount(usage, "inputTokens");
        const auto out = jsonTokenCount(usage, "outputTokens");
        const auto read = jsonTokenCount(usage, "cacheReadTokens");
        const auto write = jsonTokenCount(usage, "cacheWriteTokens");
        if (!in || !out || !read || !write)
            return LineOutcome::Malformed;
        UsageEvent e;
        e.source = QString::fromLatin1(sourceId);
        e.eventKey = "journal:" + m_sessionId.toUtf8() + ':' + it.key().toUtf8();
        e.timestampMs = *when;
        e.model = it.key();
        e.tokens = inclusiveCounts(*in, *out, *read, *write, 0);
        e.sessionId = m_sessionId;
        e.project = m_cwd;
        e.aggregate = true; // a whole session's calls to this model
        if (!e.tokens.isZero())
            events << e;
    }
    m_premiumRequests = data.value(QLatin1String("totalPremiumRequests")).toDouble();
    m_events << events;
    return events.isEmpty() ? LineOutcome::Ignored : LineOutcome::Usage;
}

LineOutcome OtelParser::feedLine(QByteArrayView line, qint64 offset)
{
    Q_UNUSED(offset);
    if (!line.contains("\"span\"") || !line.contains("gen_ai.usage."))
        return LineOutcome::Ignored;
    const auto record = objectOf(line);
    if (!record)
        return LineOutcome::Malformed;
    const QJsonObject a = record->value(QLatin1String("attributes")).toObject();
    const QString operation = a.value(QLatin1String("gen_ai.operation.name")).toString();
    const bool chat = operation.isEmpty()
        ? record->value(QLatin1String("name")).toString().startsWith(QLatin1String("chat "))
        : operation == QLatin1String("chat");
    if (record->value(QLatin1String("type")).toString() != QLatin1String("span") || !chat)
        return LineOutcome::Ignored;
    const auto in = jsonTokenCount(a, "gen_ai.usage.input_tokens");
    const auto out = jsonTokenCount(a, "gen_ai.usage.output_tokens");
    const auto read = jsonTokenCount(a, "gen_ai.usage.cache_read.input_tokens");
    const auto write = jsonTokenCount(a, "gen_ai.usage.cache_creation.input_tokens");
    const auto reasoning = jsonTokenCount(a, "gen_ai.usage.reasoning.output_tokens");
    if (!in || !out || !read || !write || !reasoning)
        return LineOutcome::Malformed;
    qint64 when = hrTimeMs(record->value(QLatin1String("endTime")));
    if (when == 0)
        when = hrTimeMs(record->value(QLatin1String("startTime")));
    if (when == 0)
        return LineOutcome::NoTimestamp;
    UsageEvent e;
    e.source = QString::fromLatin1(sourceId);
    const QString response = a.value(QLatin1String("gen_ai.response.id")).toString();
    e.eventKey = "otel:";
    if (response.isEmpty())
        e.eventKey += record->value(QLatin1String("traceId")).toString().toUtf8() + ':'
            + record->value(QLatin1String("spanId")).toString().toUtf8();
    else
        e.eventKey += response.toUtf8();
    e.timestampMs = when;
    e.model = a.value(QLatin1String("gen_ai.response.model")).toString();
    if (e.model.isEmpty())
        e.model = a.value(QLatin1String("gen_ai.request.model")).toString();
    e.tokens = inclusiveCounts(*in, *out, *read, *write, *reasoning);
    for (const char *key : {"gen_ai.conversation.id", "copilot_chat.session_id",
                            "copilot_chat.chat_session_id", "session.id", "github.copilot.interaction_id"}) {
        if (const QString id = a.value(QLatin1String(key)).toString(); !id.isEmpty()) {
            e.sessionId = id;
            break;
        }
    }
    if (e.tokens.isZero())
        return LineOutcome::Ignored;
    m_events << e;
    return LineOutcome::Usage;
}

QSet<QString> otelSessionIds(const QByteArray &bytes)
{
    QSet<QString> ids;
    OtelParser parser;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.contains("gen_ai.conversation.id"))
            parser.feedLine(line, 0);
    }
    for (const UsageEvent &e : parser.takeEvents())
        ids.insert(e.sessionId);
    return ids;
}

QStringList priceCandidates(const QString &model)
{
    QString bare = model.mid(model.lastIndexOf(QLatin1Char('/')) + 1);
    QStringList candidates {bare};
    if (bare.contains(QLatin1Char('.'))) {
        QString dashed = bare;
        dashed.replace(QLatin1Char('.'), QLatin1Char('-'));
        candidates << dashed;
    }
    if (bare != model)
        candidates << model;
    return candidates;
}

} // namespace tokenwise::copilot
