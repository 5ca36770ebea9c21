// Amp's thread schema as ccusage's adapter/amp/parser.rs reads it (agent-formats.md §10). Counts are
// Anthropic style: inputTokens excludes the cache.
#include "sources/local/amp/AmpThread.h"

#include "core/Iso8601.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

namespace tokenwise::amp {

namespace {

qint64 count(const QJsonObject &o, const char *key)
{
    const double v = o.value(QLatin1String(key)).toDouble();
    return v > 0 && v <= double(kMaxTokenCount) ? qint64(v) : 0;
}

// A message id as the integer it is; anything out of range is no id.
qint64 idOf(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    return d >= 0 && d < 9e15 ? qint64(d) : -1;
}

std::optional<qint64> timeOf(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() > 0 && v.toDouble() < 1e14)
        return qint64(v.toDouble());
    const QByteArray text = v.toString().toUtf8();
    if (text.isEmpty())
        return std::nullopt;
    return parseIso8601Ms(std::string_view(text.constData(), size_t(text.size())));
}

// The first workspace root of the thread, as a local path.
QString cwdOf(const QJsonObject &thread)
{
    const QJsonArray trees = thread.value(QLatin1String("env"))
                                 .toObject()
                                 .value(QLatin1String("initial"))
                                 .toObject()
                                 .value(QLatin1String("trees"))
                                 .toArray();
    for (const QJsonValue &tree : trees) {
        const QJsonObject t = tree.toObject();
        for (const char *key : {"uri", "path", "fsPath"}) {
            const QString value = t.value(QLatin1String(key)).toString();
            if (value.startsWith(QLatin1String("file://")))
                return QUrl(value).toLocalFile();
            if (value.startsWith(QLatin1Char('/')))
                return value;
        }
    }
    return {};
}

} // namespace

AmpThread parseThread(QByteArrayView json)
{
    AmpThread thread;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return thread;
    const QJsonObject root = doc.object();
    const QString id = root.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return thread;
    thread.valid = true;
    thread.task.source = QString::fromLatin1(sourceId);
    thread.task.sessionId = id;
    thread.task.cwd = cwdOf(root);
    const std::optional<qint64> created = timeOf(root.value(QLatin1String("created")));

    // Cache counts per message, for the ledger events that point at them.
    QHash<qint64, QJsonObject> usageByMessage;
    const QJsonArray messages = root.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        if (message.contains(QLatin1String("messageId")) && message.value(QLatin1String("usage")).isObject())
            usageByMessage.insert(idOf(message.value(QLatin1String("messageId"))),
                                  message.value(QLatin1String("usage")).toObject());
    }
    const auto add = [&](const QByteArray &key, const QString &model, const QJsonValue &time,
                         TokenCounts tokens, qint64 total) {
        // Tokens the parts do not account for are output the thread did not break down (ccusage does the
        // same).
        const qint64 parts = tokens.input + tokens.output + tokens.cacheRead + tokens.cacheWrite();
        if (total > parts)
            tokens.output += total - parts;
        if (tokens.isZero())
            return;
        const std::optional<qint64> stamp = timeOf(time);
        UsageEvent e;
        e.source = QString::fromLatin1(sourceId);
        e.eventKey = id.toUtf8() + ':' + key;
        e.timestampMs = stamp ? *stamp : created.value_or(0);
        e.model = model;
        e.tokens = tokens;
        e.sessionId = id;
        e.project = thread.task.cwd;
        if (e.timestampMs > 0)
            thread.events.append(std::move(e));
    };

    const QJsonArray ledger
        = root.value(QLatin1String("usageLedger")).toObject().value(QLatin1String("events")).toArray();
    for (const QJsonValue &value : ledger) {
        const QJsonObject event = value.toObject();
        const QJsonObject t = event.value(QLatin1String("tokens")).toObject();
        const qint64 to = idOf(event.value(QLatin1String("toMessageId")));
        const QJsonObject usage = to >= 0 ? usageByMessage.value(to) : QJsonObject();
        TokenCounts tokens;
        tokens.input = count(t, "input");
        tokens.output = count(t, "output");
        tokens.cacheRead = count(usage, "cacheReadInputTokens");
        tokens.cacheWrite5m = count(usage, "cacheCreationInputTokens");
        thread.credits += std::max(0.0, event.value(QLatin1String("credits")).toDouble());
        const QString eventId = event.value(QLatin1String("id")).toString();
        add("ledger:" + (eventId.isEmpty() ? QByteArray::number(thread.events.size()) : eventId.toUtf8()),
            event.value(QLatin1String("model")).toString(), event.value(QLatin1String("timestamp")), tokens,
            count(t, "total"));
    }
    if (!ledger.isEmpty())
        return thread;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        const QJsonObject usage = message.value(QLatin1String("usage")).toObject();
        if (message.value(QLatin1String("role")).toString() != QLatin1String("assistant") || usage.isEmpty())
            continue;
        TokenCounts tokens;
        tokens.input = count(usage, "inputTokens");
        tokens.output = count(usage, "outputTokens");
        tokens.cacheRead = count(usage, "cacheReadInputTokens");
        tokens.cacheWrite5m = count(usage, "cacheCreationInputTokens");
        thread.credits += std::max(0.0, usage.value(QLatin1String("credits")).toDouble());
        const QByteArray key = message.contains(QLatin1String("messageId"))
            ? QByteArray::number(idOf(message.value(QLatin1String("messageId"))))
            : "index-" + QByteArray::number(i);
        add("message:" + key, usage.value(QLatin1String("model")).toString(),
            usage.value(QLatin1String("timestamp")), tokens, count(usage, "totalTokens"));
    }
    return thread;
}

} // namespace tokenwise::amp
