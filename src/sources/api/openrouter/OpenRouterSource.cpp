// OpenRouter polling. The key endpoint only knows "today" (UTC): each poll overwrites today's snapshot, and
// a management key adds per-day history from /activity.
#include "sources/api/openrouter/OpenRouterSource.h"

#include "core/TrContext.h"
#include "sources/api/ApiMoney.h"
#include "sources/api/ProviderRequests.h"
#include "sources/api/http/ApiEndpoint.h"

#include <QCoreApplication>
#include <QJsonArray>

TOKENWISE_TR_CONTEXT(OpenRouterSource)

namespace tokenwise::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenRouterSource", text);
}

} // namespace

bool openRouterKeyBuckets(const QJsonObject &reply, const QDate &day, QList<SpendBucket> &buckets,
                          std::optional<MicroUsd> *usageToday, bool *managementKey)
{
    const QJsonValue dataValue = reply.value(QLatin1String("data"));
    if (!dataValue.isObject())
        return false;
    const QJsonObject data = dataValue.toObject();
    *managementKey = data.value(QLatin1String("is_management_key")).toBool()
        || data.value(QLatin1String("is_provisioning_key")).toBool();
    static const char *const fields[]
        = {"usage_daily", "usage_weekly", "usage_monthly", "usage", "limit", "limit_remaining"};
    for (const char *field : fields) {
        const auto amount = microsFromJson(data.value(QLatin1String(field)), MoneyUnit::Dollars);
        if (!amount)
            continue; // older replies lack most of these; null limits mean "no cap"
        SpendBucket b;
        b.source = QString::fromLatin1(openrouter);
        b.scope = QString::fromLatin1(bucketScope::personal);
        b.dimension = QString::fromLatin1(field);
        b.startMs = utcDayStartMs(day);
        b.cost = *amount;
        buckets.append(b);
        if (qstrcmp(field, "usage_daily") == 0)
            *usageToday = *amount;
    }
    return true;
}

bool openRouterActivity(const QJsonObject &reply, QMap<QDate, MicroUsd> &perDay, QList<SpendBucket> &buckets)
{
    const QJsonValue data = reply.value(QLatin1String("data"));
    if (!data.isArray())
        return false;
    QHash<QString, qsizetype> index; // day + model → bucket
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject row = v.toObject();
        const QDate day
            = QDate::fromString(row.value(QLatin1String("date")).toString().left(10), Qt::ISODate);
        const auto usage = microsFromJson(row.value(QLatin1String("usage")), MoneyUnit::Dollars);
        if (!day.isValid() || !usage)
            continue;
        perDay[day] += *usage;
        const QString model = row.value(QLatin1String("model")).toString();
        const QString key = day.toString(Qt::ISODate) + QLatin1Char('\n') + model;
        if (!index.contains(key)) {
            SpendBucket b;
            b.source = QString::fromLatin1(openrouter);
            b.scope = QString::fromLatin1(bucketScope::personal);
            b.dimension = QStringLiteral("model");
            b.key = model;
            b.startMs = utcDayStartMs(day);
            index.insert(key, buckets.size());
            buckets.append(b);
        }
        SpendBucket &b = buckets[index.value(key)];
        b.cost += *usage;
        b.tokens.input += row.value(QLatin1String("prompt_tokens")).toInteger();
        b.tokens.output += row.value(QLatin1String("completion_tokens")).toInteger();
        b.tokens.reasoning += row.value(QLatin1String("reasoning_tokens")).toInteger();
        b.requests += row.value(QLatin1String("requests")).toInteger();
    }
    return true;
}

QString OpenRouterSource::name() const
{
    return QString::fromLatin1(openrouter);
}

PollResult OpenRouterSource::poll(const PollRequest &request)
{
    PollResult result;
    const QDate today = request.nowUtc.date();
    result.from = today;
    result.to = today;
    const ApiReply key
        = m_client.send(signedRequest(name(), request.key, request.baseUrl, QStringLiteral("/api/v1/key")));
    std::optional<MicroUsd> usageToday;
    bool management = false;
    if (key.ok()
        && !openRouterKeyBuckets(key.json.object(), today, result.batch.buckets, &usageToday, &management)) {
        result.failure.state = SourceState::BadResponse;
        result.failure.detail = tr("OpenRouter's key reply has an unexpected shape");
        return result;
    }
    if (!key.ok()) {
        result.failure = key;
        return result;
    }
    if (usageToday)
        result.batch.reported.append({QString::fromLatin1(openrouter), today, name(), *usageToday});
    if (!management)
        return result;
    const ApiReply activity = m_client.send(
        signedRequest(name(), request.key, request.baseUrl, QStringLiteral("/api/v1/activity")));
    QMap<QDate, MicroUsd> perDay;
    if (!activity.ok() || !openRouterActivity(activity.json.object(), perDay, result.batch.buckets)) {
        // History is a bonus: today's figures stand without it.
        result.notes << tr("OpenRouter activity history unavailable: %1").arg(activity.detail);
        return result;
    }
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        if (it.key() < today && it.key() >= request.from)
            result.batch.reported.append({QString::fromLatin1(openrouter), it.key(), name(), it.value()});
    }
    result.from = std::min(result.from, request.from);
    return result;
}

} // namespace tokenwise::api
