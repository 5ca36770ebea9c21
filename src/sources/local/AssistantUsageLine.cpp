// Parsing of pi / OpenClaw message lines. The event key is the line's content (time, model, counts): reset
// and deleted copies of an OpenClaw session repeat earlier lines, and a copy must count once.
#include "sources/local/AssistantUsageLine.h"

#include "core/Iso8601.h"
#include "core/Money.h"
#include "sources/local/JsonCount.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace tokenwise {

namespace {

// ISO 8601 text or epoch milliseconds.
std::optional<qint64> timeOf(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() > 0 && v.toDouble() < 1e14) // beyond the year 5138 is damage
        return qint64(v.toDouble());
    const QByteArray text = v.toString().toUtf8();
    if (text.isEmpty())
        return std::nullopt;
    return parseIso8601Ms(std::string_view(text.constData(), size_t(text.size())));
}

} // namespace

AssistantUsageParser::AssistantUsageParser(QString source, QString sessionId)
    : m_source(std::move(source)), m_sessionId(std::move(sessionId))
{ }

LineOutcome AssistantUsageParser::feedLine(QByteArrayView line, qint64 offset)
{
    const bool modelChange = line.contains(QByteArrayView("\"model_change\""));
    if (!modelChange && !line.contains(QByteArrayView("\"usage\"")))
        return LineOutcome::Ignored;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return LineOutcome::Malformed;
    const QJsonObject record = doc.object();
    const QString type = record.value(QLatin1String("type")).toString();
    if (type == QLatin1String("model_change")) {
        const QString model = record.value(QLatin1String("modelId")).toString();
        if (!model.isEmpty())
            m_model = model;
        return LineOutcome::Ignored;
    }
    const QJsonObject message = record.value(QLatin1String("message")).toObject();
    if (type != QLatin1String("message")
        || message.value(QLatin1String("role")).toString() != QLatin1String("assistant")
        || !message.value(QLatin1String("usage")).isObject())
        return LineOutcome::Ignored;
    const QJsonObject usage = message.value(QLatin1String("usage")).toObject();
    const auto input = jsonTokenCount(usage, "input"), output = jsonTokenCount(usage, "output"),
               cacheRead = jsonTokenCount(usage, "cacheRead"),
               cacheWrite = jsonTokenCount(usage, "cacheWrite"),
               reasoning = jsonTokenCount(usage, "reasoning");
    if (!input || !output || !cacheRead || !cacheWrite || !reasoning)
        return LineOutcome::Malformed;
    TokenCounts tokens;
    tokens.input = *input;
    tokens.output = *output;
    tokens.cacheRead = *cacheRead;
    tokens.cacheWrite5m = *cacheWrite;
    tokens.reasoning = std::min(*reasoning, *output);
    // The agent's own figure: cost.total (pi, OpenClaw) or costUSD (older OpenClaw).
    const QJsonValue costValue = usage.value(QLatin1String("cost"));
    double cost = costValue.isObject() ? costValue.toObject().value(QLatin1String("total")).toDouble()
                                       : costValue.toDouble();
    if (cost <= 0)
        cost = usage.value(QLatin1String("costUSD")).toDouble();
    if (tokens.isZero() && cost <= 0)
        return LineOutcome::Ignored;
    std::optional<qint64> stamp = timeOf(record.value(QLatin1String("timestamp")));
    if (!stamp)
        stamp = timeOf(message.value(QLatin1String("timestamp")));
    if (!stamp)
        return LineOutcome::NoTimestamp;

    UsageEvent e;
    e.source = m_source;
    e.timestampMs = *stamp;
    const QString model = message.value(QLatin1String("model")).toString();
    e.model = model.isEmpty() ? m_model : model;
    e.tokens = tokens;
    e.sessionId = m_sessionId;
    e.originOffset = offset;
    if (cost > 0 && std::isfinite(cost) && cost < 1e6) {
        e.cost = MicroUsd(std::llround(cost * 1e6));
        e.basis = CostBasis::Recorded;
    }
    const QByteArray content = QByteArray::number(e.timestampMs) + '|' + e.model.toUtf8() + '|'
        + QByteArray::number(tokens.input) + '|' + QByteArray::number(tokens.output) + '|'
        + QByteArray::number(tokens.cacheRead) + '|' + QByteArray::number(tokens.cacheWrite5m) + '|'
        + QByteArray::number(e.cost);
    e.eventKey = m_sessionId.toUtf8() + ':'
        + QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex().left(24);
    m_events.append(std::move(e));
    return LineOutcome::Usage;
}

FileScanResult AssistantUsageScanner::scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs)
{
    AssistantUsageParser parser(m_source, file.sessionId);
    FileScanResult result = scanAppendedLines(
        m_reader, m_source, file.path, previous, nowMs,
        {[&](QByteArrayView line, qint64 offset) { return parser.feedLine(line, offset); },
         [&](const QByteArray &state) { parser.restoreState(state); }, [&] { return parser.saveState(); }});
    if (!result.changed)
        return result;
    result.events = parser.takeEvents();
    for (UsageEvent &e : result.events)
        e.originPath = file.path;
    result.cursor.events += result.events.size();
    result.task = {m_source, file.sessionId, file.projectDir, {}, {}, {}};
    return result;
}

} // namespace tokenwise
