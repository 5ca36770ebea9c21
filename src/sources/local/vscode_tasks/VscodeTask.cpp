// The ClineApiReqInfo inside ui_messages.json (agent-formats.md §6): each say:"api_req_started" entry holds
// its request's counts as a JSON string, parsed a second time.
#include "sources/local/vscode_tasks/VscodeTask.h"

#include "core/Iso8601.h"
#include "sources/local/JsonCount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
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

bool isNumber(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isDouble();
}

// A model id is one short word ("claude-sonnet-4", "anthropic/claude-opus-4.1:thinking"): anything else
// found between the tags is not a name and is not kept.
QString modelName(const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return {};
    for (const QChar c : name) {
        if (c.isSpace())
            return {};
    }
    return name;
}

// A folder path, absolute, on one line.
QString folderPath(const QString &text)
{
    const QString path = text.trimmed();
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (path.isEmpty() || path.size() > 4096 || path.contains(QLatin1Char('\n'))
        || !(path.startsWith(QLatin1Char('/')) || drive.match(path).hasMatch()))
        return {};
    return path;
}

// The environment_details blocks are written by the extension, not typed by the user; only they are read.
void readEnvironmentDetails(const QString &text, ConversationFacts &facts)
{
    static const QString open = QStringLiteral("<environment_details>");
    static const QString close = QStringLiteral("</environment_details>");
    static const QRegularExpression modelTag(QStringLiteral("<model>([^<]*)</model>"));
    static const QRegularExpression cwdLine(
        QStringLiteral("^# Current (?:Working|Workspace) Directory \\((.*)\\) Files"),
        QRegularExpression::MultilineOption);
    for (qsizetype at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
        const qsizetype end = text.indexOf(close, at);
        const QString block = text.mid(at, (end < 0 ? text.size() : end) - at); // unclosed: to the end
        for (auto it = modelTag.globalMatch(block); it.hasNext();) {
            if (const QString name = modelName(it.next().captured(1)); !name.isEmpty())
                facts.model = name;
        }
        if (const auto match = cwdLine.match(block); match.hasMatch()) {
            if (const QString path = folderPath(match.captured(1)); !path.isEmpty())
                facts.cwd = path;
        }
    }
}

} // namespace

qint64 effectiveInput(InputCount input, qint64 timestampMs, qint64 tokensIn, qint64 cacheReads,
                      qint64 cacheWrites)
{
    // Roo's PR #8954 (2025-10-31) made calculateApiCost* return the total input, and updateApiReqMsg writes
    // it into tokensIn: for "anthropic" input + cache writes + cache reads, for "openai" the provider's
    // prompt count, which already includes the cache. Either way the uncached part is the total minus both
    // cache counts. The entries carry no extension version, so the date decides: an older entry, or one whose
    // tokensIn is smaller than its cache counts (it cannot be a total), is Anthropic style and kept as is.
    if (input == InputCount::TotalSinceRoo8954 && timestampMs >= kRooTotalInputFromMs
        && tokensIn >= cacheReads + cacheWrites)
        return tokensIn - cacheReads - cacheWrites;
    return tokensIn;
}

QString modelAt(const QList<ModelUse> &usage, qint64 ts)
{
    if (usage.isEmpty())
        return {};
    const auto after = std::upper_bound(usage.cbegin(), usage.cend(), ts,
                                        [](qint64 t, const ModelUse &use) { return t < use.ts; });
    return after == usage.cbegin() ? usage.constFirst().model : std::prev(after)->model;
}

QList<ModelUse> parseModelUsage(QByteArrayView json)
{
    QList<ModelUse> usage;
    const QJsonArray entries
        = QJsonDocument::fromJson(json.toByteArray()).object().value(QLatin1String("model_usage")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString model = modelName(entry.value(QLatin1String("model_id")).toString());
        const std::optional<qint64> ts = timeOf(entry.value(QLatin1String("ts")));
        if (!model.isEmpty() && ts)
            usage.append({*ts, model});
    }
    std::stable_sort(usage.begin(), usage.end(),
                     [](const ModelUse &a, const ModelUse &b) { return a.ts < b.ts; });
    return usage;
}

ConversationFacts conversationFacts(QByteArrayView json)
{
    ConversationFacts facts;
    const QJsonArray messages = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (message.value(QLatin1String("role")).toString() != QLatin1String("user"))
            continue;
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString()) {
            readEnvironmentDetails(content.toString(), facts);
            continue;
        }
        for (const QJsonValue &block : content.toArray()) {
            const QJsonObject b = block.toObject();
            if (b.value(QLatin1String("type")).toString() == QLatin1String("text"))
                readEnvironmentDetails(b.value(QLatin1String("text")).toString(), facts);
        }
    }
    return facts;
}

QString historyItemWorkspace(QByteArrayView json)
{
    return folderPath(
        QJsonDocument::fromJson(json.toByteArray()).object().value(QLatin1String("workspace")).toString());
}

TaskRead parseUiMessages(QByteArrayView json, const QString &source, const QString &taskId, InputCount input,
                         const TaskContext &context)
{
    TaskRead read;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return read;
    read.valid = true;
    const QJsonArray entries = doc.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        if (entry.value(QLatin1String("type")).toString() != QLatin1String("say")
            || entry.value(QLatin1String("say")).toString() != QLatin1String("api_req_started"))
            continue;
        if (entry.value(QLatin1String("partial")).toBool())
            continue; // in flight: the finished entry replaces it at the same index
        QJsonParseError textError;
        const QJsonDocument textDoc
            = QJsonDocument::fromJson(entry.value(QLatin1String("text")).toString().toUtf8(), &textError);
        if (textError.error != QJsonParseError::NoError || !textDoc.isObject()) {
            ++read.malformed;
            continue;
        }
        const QJsonObject info = textDoc.object();
        // Roo first writes {"apiProtocol":…} alone and fills in the numbers when the stream ends.
        if (!isNumber(info, "tokensIn") && !isNumber(info, "tokensOut") && !isNumber(info, "cacheReads")
            && !isNumber(info, "cacheWrites") && !isNumber(info, "cost"))
            continue;
        const auto tokensIn = jsonTokenCount(info, "tokensIn"), tokensOut = jsonTokenCount(info, "tokensOut"),
                   cacheReads = jsonTokenCount(info, "cacheReads"),
                   cacheWrites = jsonTokenCount(info, "cacheWrites");
        if (!tokensIn || !tokensOut || !cacheReads || !cacheWrites) {
            ++read.malformed;
            continue;
        }
        const double cost = info.value(QLatin1String("cost")).toDouble();
        const bool recorded = cost > 0 && std::isfinite(cost) && cost < 1e6;
        // A cancelled or failed request (cancelReason, streamingFailedMessage) keeps what it recorded: the
        // provider billed the part that streamed. One that recorded nothing has nothing to count.
        if (*tokensIn + *tokensOut + *cacheReads + *cacheWrites == 0 && !recorded)
            continue;
        const std::optional<qint64> ts = timeOf(entry.value(QLatin1String("ts")));
        if (!ts) {
            ++read.noTimestamp;
            continue;
        }
        UsageEvent e;
        e.source = source;
        e.eventKey = taskId.toUtf8() + ':' + QByteArray::number(i);
        e.timestampMs = *ts;
        e.model = context.modelUsage.isEmpty() ? context.model : modelAt(context.modelUsage, *ts);
        e.tokens.input = effectiveInput(input, *ts, *tokensIn, *cacheReads, *cacheWrites);
        e.tokens.output = *tokensOut;
        e.tokens.cacheRead = *cacheReads;
        e.tokens.cacheWrite5m = *cacheWrites;
        e.sessionId = taskId;
        e.project = context.cwd;
        if (recorded) {
            e.cost = microsFromDollars(cost);
            e.basis = CostBasis::Recorded;
        }
        read.events.append(std::move(e));
    }
    return read;
}

} // namespace tokenwise::vscodetasks
