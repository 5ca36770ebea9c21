// Gemini CLI's record kinds (agent-formats.md §2): a metadata line, message records re-appended on every
// change, {"$set": …} updates (possibly a full messages checkpoint) and {"$rewindTo": id}.
#include "sources/local/gemini_cli/GeminiChat.h"

#include "core/Iso8601.h"
#include "sources/local/JsonCount.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace tokenwise::gemini {

namespace {

std::optional<qint64> timeOf(const QJsonObject &o, const char *key)
{
    const QByteArray text = o.value(QLatin1String(key)).toString().toUtf8();
    if (text.isEmpty())
        return std::nullopt;
    return parseIso8601Ms(std::string_view(text.constData(), size_t(text.size())));
}

} // namespace

TokenCounts tokenClasses(const GeminiTokens &t)
{
    TokenCounts counts;
    const bool inputIncludesCache = t.total < 0 || t.total == t.input + t.output + t.thoughts + t.tool;
    counts.input = (inputIncludesCache ? std::max<qint64>(0, t.input - t.cached) : t.input) + t.tool;
    counts.cacheRead = t.cached;
    counts.output = t.output + t.thoughts;
    counts.reasoning = t.thoughts;
    return counts;
}

GeminiChatParser::GeminiChatParser(QString taskSessionId, qint64 fallbackMs)
    : m_taskSessionId(std::move(taskSessionId)), m_fallbackMs(fallbackMs)
{ }

void GeminiChatParser::feedMetadata(const QJsonObject &record)
{
    if (const QString id = record.value(QLatin1String("sessionId")).toString(); !id.isEmpty())
        m_sessionId = id;
    if (const QString summary = record.value(QLatin1String("summary")).toString(); !summary.isEmpty())
        m_summary = summary;
    if (!m_startMs) {
        if (const auto start = timeOf(record, "startTime"))
            m_startMs = *start;
        else if (const auto updated = timeOf(record, "lastUpdated"))
            m_startMs = *updated;
    }
}

LineOutcome GeminiChatParser::feedRecord(const QJsonObject &record, qint64 offset)
{
    if (record.contains(QLatin1String("$rewindTo")))
        return LineOutcome::Ignored; // the API calls happened: rewound messages stay counted
    if (const QJsonValue set = record.value(QLatin1String("$set")); set.isObject()) {
        const QJsonObject update = set.toObject();
        feedMetadata(update);
        LineOutcome outcome = LineOutcome::Ignored;
        for (const QJsonValue &message : update.value(QLatin1String("messages")).toArray()) {
            if (message.isObject() && feedRecord(message.toObject(), offset) == LineOutcome::Usage)
                outcome = LineOutcome::Usage;
        }
        return outcome;
    }
    if (!record.contains(QLatin1String("id"))) {
        feedMetadata(record);
        return LineOutcome::Ignored;
    }
    if (record.value(QLatin1String("type")).toString() != QLatin1String("gemini"))
        return LineOutcome::Ignored;
    const QJsonValue tokensValue = record.value(QLatin1String("tokens"));
    if (!tokensValue.isObject())
        return LineOutcome::Ignored; // tokens are attached by a later copy of the message
    const QJsonObject tokens = tokensValue.toObject();
    GeminiTokens t;
    const auto input = jsonTokenCount(tokens, "input"), output = jsonTokenCount(tokens, "output"),
               cached = jsonTokenCount(tokens, "cached"), thoughts = jsonTokenCount(tokens, "thoughts"),
               tool = jsonTokenCount(tokens, "tool");
    if (!input || !output || !cached || !thoughts || !tool)
        return LineOutcome::Malformed;
    t.input = *input;
    t.output = *output;
    t.cached = *cached;
    t.thoughts = *thoughts;
    t.tool = *tool;
    if (const auto total = jsonTokenCount(tokens, "total");
        total && tokens.value(QLatin1String("total")).isDouble())
        t.total = *total;
    const TokenCounts counts = tokenClasses(t);
    if (counts.isZero())
        return LineOutcome::Ignored;

    const std::optional<qint64> stamp = timeOf(record, "timestamp");
    const qint64 timestampMs = stamp ? *stamp : (m_startMs ? m_startMs : m_fallbackMs);
    if (timestampMs <= 0)
        return LineOutcome::NoTimestamp;
    const QString messageId = record.value(QLatin1String("id")).toString();
    if (messageId.isEmpty())
        return LineOutcome::Malformed;

    UsageEvent e;
    e.source = QString::fromLatin1(sourceId);
    e.eventKey = (m_sessionId.isEmpty() ? m_taskSessionId : m_sessionId).toUtf8() + ':' + messageId.toUtf8();
    e.timestampMs = timestampMs;
    e.model = record.value(QLatin1String("model")).toString();
    e.tokens = counts;
    e.sessionId = m_taskSessionId.isEmpty() ? m_sessionId : m_taskSessionId;
    e.originOffset = offset;
    const auto seen = m_indexByKey.constFind(e.eventKey);
    if (seen != m_indexByKey.cend()) {
        m_events[*seen] = std::move(e); // the message's final state
    } else {
        m_indexByKey.insert(e.eventKey, m_events.size());
        m_events.append(std::move(e));
    }
    return LineOutcome::Usage;
}

LineOutcome GeminiChatParser::feedLine(QByteArrayView line, qint64 offset)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return LineOutcome::Malformed;
    return feedRecord(doc.object(), offset);
}

bool GeminiChatParser::feedDocument(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject session = doc.object();
    feedMetadata(session);
    qint64 index = 0;
    for (const QJsonValue &message : session.value(QLatin1String("messages")).toArray()) {
        if (message.isObject())
            (void)feedRecord(message.toObject(), index);
        ++index;
    }
    return true;
}

QList<UsageEvent> GeminiChatParser::takeEvents()
{
    m_indexByKey.clear();
    return std::exchange(m_events, {});
}

QByteArray GeminiChatParser::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_sessionId << m_summary << m_startMs;
    return state;
}

void GeminiChatParser::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    in >> version;
    if (version != 1)
        return;
    in >> m_sessionId >> m_summary >> m_startMs;
}

} // namespace tokenwise::gemini
