// Qwen Code writes its telemetry events into the chat as system/ui_telemetry records too; those repeat the
// assistant records' usage and are never counted (agent-formats.md §3).
#include "sources/local/qwen_code/QwenChat.h"

#include "core/Iso8601.h"
#include "sources/local/JsonCount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace tokenwise::qwen {

TokenCounts tokenClasses(qint64 prompt, qint64 candidates, qint64 cached, qint64 thoughts)
{
    TokenCounts t;
    t.input = cached > prompt ? prompt : prompt - cached;
    t.cacheRead = cached;
    t.output = candidates + thoughts;
    t.reasoning = thoughts;
    return t;
}

LineOutcome QwenChatParser::feedLine(QByteArrayView line, qint64 offset)
{
    // Most lines are prompts, tool results and telemetry: only assistant usage is parsed.
    const bool usage = line.contains(QByteArrayView("\"usageMetadata\""));
    if (!usage && !line.contains(QByteArrayView("\"cwd\"")))
        return LineOutcome::Ignored;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return LineOutcome::Malformed;
    const QJsonObject record = doc.object();
    const auto remember = [](QString &field, const QJsonValue &value) {
        if (const QString text = value.toString(); !text.isEmpty())
            field = text;
    };
    remember(m_task.sessionId, record.value(QLatin1String("sessionId")));
    remember(m_task.cwd, record.value(QLatin1String("cwd")));
    remember(m_task.gitBranch, record.value(QLatin1String("gitBranch")));
    if (!usage || record.value(QLatin1String("type")).toString() != QLatin1String("assistant"))
        return LineOutcome::Ignored;
    const QJsonObject meta = record.value(QLatin1String("usageMetadata")).toObject();
    const auto prompt = jsonTokenCount(meta, "promptTokenCount"),
               candidates = jsonTokenCount(meta, "candidatesTokenCount"),
               cached = jsonTokenCount(meta, "cachedContentTokenCount"),
               thoughts = jsonTokenCount(meta, "thoughtsTokenCount");
    if (!prompt || !candidates || !cached || !thoughts)
        return LineOutcome::Malformed;
    const TokenCounts tokens = tokenClasses(*prompt, *candidates, *cached, *thoughts);
    if (tokens.isZero())
        return LineOutcome::Ignored;
    const QByteArray time = record.value(QLatin1String("timestamp")).toString().toUtf8();
    const std::optional<qint64> stamp
        = parseIso8601Ms(std::string_view(time.constData(), size_t(time.size())));
    if (!stamp)
        return LineOutcome::NoTimestamp;
    const QString uuid = record.value(QLatin1String("uuid")).toString();
    if (uuid.isEmpty())
        return LineOutcome::Malformed;

    UsageEvent e;
    e.source = QString::fromLatin1(sourceId);
    // Some builds repeat uuids across resumed sessions; with the time the key stays unique (codeburn's note).
    e.eventKey = uuid.toUtf8() + '@' + time;
    e.timestampMs = *stamp;
    e.model = record.value(QLatin1String("model")).toString();
    e.tokens = tokens;
    e.sidechain = record.value(QLatin1String("isSidechain")).toBool();
    e.sessionId = record.value(QLatin1String("sessionId")).toString();
    e.project = m_task.cwd;
    e.gitBranch = m_task.gitBranch;
    e.originOffset = offset;
    m_events.append(std::move(e));
    return LineOutcome::Usage;
}

} // namespace tokenwise::qwen
