// OpenAI polling in 31-day chunks: personal usage becomes priced day × model events, the team sample is
// per-user priced spend per day, and organization/costs gives the reported org total.
#include "sources/api/openai/OpenAiSource.h"

#include "core/TrContext.h"
#include "sources/api/ApiMoney.h"
#include "sources/api/ProviderRequests.h"
#include "sources/api/http/ApiEndpoint.h"
#include "sources/api/http/Pagination.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

TOKENWISE_TR_CONTEXT(OpenAiSource)

namespace tokenwise::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenAiSource", text);
}

ApiReply badShape(const QString &what)
{
    ApiReply reply;
    reply.state = SourceState::BadResponse;
    reply.detail = tr("OpenAI's %1 reply has an unexpected shape").arg(what);
    return reply;
}

QString unixSeconds(const QDate &day)
{
    return QString::number(utcDayStartMs(day) / 1000);
}

} // namespace

bool openAiUsageRows(const QJsonObject &page, QList<OpenAiUsageRow> &rows)
{
    const QJsonValue data = page.value(QLatin1String("data"));
    if (!data.isArray())
        return false;
    for (const QJsonValue &b : data.toArray()) {
        const QJsonObject bucket = b.toObject();
        const QDateTime start = parseProviderTime(bucket.value(QLatin1String("start_time")));
        if (!start.isValid())
            continue;
        for (const QJsonValue &r : bucket.value(QLatin1String("results")).toArray()) {
            const QJsonObject result = r.toObject();
            OpenAiUsageRow row;
            row.day = start.date();
            row.bucketStartMs = start.toMSecsSinceEpoch();
            row.userId = result.value(QLatin1String("user_id")).toString();
            row.model = result.value(QLatin1String("model")).toString();
            const qint64 input = result.value(QLatin1String("input_tokens")).toInteger();
            const qint64 cached = result.value(QLatin1String("input_cached_tokens")).toInteger();
            row.tokens.cacheRead = std::clamp<qint64>(cached, 0, std::max<qint64>(input, 0));
            row.tokens.input = std::max<qint64>(input - row.tokens.cacheRead, 0);
            row.tokens.output = result.value(QLatin1String("output_tokens")).toInteger();
            row.requests = result.value(QLatin1String("num_model_requests")).toInteger();
            rows.append(row);
        }
    }
    return true;
}

bool openAiCostBuckets(const QJsonObject &page, QList<SpendBucket> &buckets, int *skippedRows)
{
    const QJsonValue data = page.value(QLatin1String("data"));
    if (!data.isArray())
        return false;
    for (const QJsonValue &b : data.toArray()) {
        const QJsonObject bucket = b.toObject();
        const QDateTime start = parseProviderTime(bucket.value(QLatin1String("start_time")));
        if (!start.isValid()) {
            ++*skippedRows;
            continue;
        }
        SpendBucket total;
        total.source = QString::fromLatin1(openai);
        total.scope = QString::fromLatin1(bucketScope::org);
        total.dimension = QStringLiteral("total");
        total.startMs = start.toMSecsSinceEpoch();
        for (const QJsonValue &r : bucket.value(QLatin1String("results")).toArray()) {
            const QJsonObject amount = r.toObject().value(QLatin1String("amount")).toObject();
            const auto value = microsFromJson(amount.value(QLatin1String("value")), MoneyUnit::Dollars);
            if (value)
                total.cost += *value;
            else
                ++*skippedRows;
        }
        auto same = std::find_if(buckets.begin(), buckets.end(),
                                 [&](const SpendBucket &known) { return known.startMs == total.startMs; });
        if (same == buckets.end())
            buckets.append(total);
        else
            same->cost += total.cost;
    }
    return true;
}

QString OpenAiSource::name() const
{
    return QString::fromLatin1(openai);
}

PollResult OpenAiSource::poll(const PollRequest &request)
{
    PollResult result;
    result.from = request.from;
    result.to = request.to;
    if (request.identity.isEmpty())
        result.notes << tr("openai.identity is not set: organisation and team figures only");
    if (pollUsage(request, result) && !request.teamOnly)
        pollCosts(request, result);
    return result;
}

PagedReply OpenAiSource::fetch(const PollRequest &request, const QString &path, const QDate &first,
                               const QDate &last, const QList<std::pair<QString, QString>> &extra)
{
    return fetchAllPages(
        m_client,
        [&](const QString &cursor) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("start_time"), unixSeconds(first));
            query.addQueryItem(QStringLiteral("end_time"), unixSeconds(last.addDays(1)));
            query.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
            query.addQueryItem(QStringLiteral("limit"), QString::number(first.daysTo(last) + 1));
            for (const auto &[key, value] : extra)
                query.addQueryItem(key, value);
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("page"), cursor);
            return signedRequest(name(), request.key, request.baseUrl, path, query);
        },
        hasMoreNextPage);
}

bool OpenAiSource::pollUsage(const PollRequest &request, PollResult &result)
{
    int unpriced = 0;
    for (const auto &[first, last] : chunkDays(request.from, request.to, 31)) {
        const PagedReply paged
            = fetch(request, QStringLiteral("/v1/organization/usage/completions"), first, last,
                    {{QStringLiteral("group_by[]"), QStringLiteral("user_id")},
                     {QStringLiteral("group_by[]"), QStringLiteral("model")}});
        if (!paged.ok()) {
            result.failure = paged.last;
            return false;
        }
        QList<OpenAiUsageRow> rows;
        for (const QJsonObject &page : paged.pages) {
            if (!openAiUsageRows(page, rows)) {
                result.failure = badShape(QStringLiteral("usage/completions"));
                return false;
            }
        }
        QMap<QDate, QHash<QString, MicroUsd>> perUserPerDay;
        QHash<QByteArray, UsageEvent> personal; // one event per day and model
        for (const OpenAiUsageRow &row : std::as_const(rows)) {
            const PricedCost priced = m_prices.price(row.model, row.tokens, false);
            if (!row.userId.isEmpty())
                perUserPerDay[row.day][row.userId] += priced.cost;
            if (request.identity.isEmpty() || row.userId != request.identity)
                continue;
            const QByteArray key
                = "usage:" + row.day.toString(Qt::ISODate).toLatin1() + ':' + row.model.toUtf8();
            UsageEvent &e = personal[key];
            e.source = name();
            e.eventKey = key;
            e.timestampMs = row.bucketStartMs;
            e.model = row.model;
            e.tokens += row.tokens;
        }
        for (UsageEvent &e : personal) {
            const PricedCost priced = m_prices.price(e.model, e.tokens, false);
            e.cost = priced.cost;
            e.basis = priced.priced ? CostBasis::Priced : CostBasis::Unpriced;
            e.priceVersion = m_prices.version();
            unpriced += priced.priced ? 0 : 1;
            result.batch.events.append(e);
        }
        for (auto it = perUserPerDay.cbegin(); it != perUserPerDay.cend(); ++it)
            result.teamSamples.append({name(), it.key(), it.key(), it.value().values()});
    }
    if (unpriced > 0)
        result.notes
            << tr("%1 day × model rows use models missing from the price table (cost unknown)").arg(unpriced);
    return true;
}

bool OpenAiSource::pollCosts(const PollRequest &request, PollResult &result)
{
    int skipped = 0;
    for (const auto &[first, last] : chunkDays(request.from, request.to, 31)) {
        const PagedReply paged = fetch(request, QStringLiteral("/v1/organization/costs"), first, last, {});
        if (!paged.ok()) {
            result.failure = paged.last;
            return false;
        }
        QList<SpendBucket> buckets;
        for (const QJsonObject &page : paged.pages) {
            if (!openAiCostBuckets(page, buckets, &skipped)) {
                result.failure = badShape(QStringLiteral("costs"));
                return false;
            }
        }
        result.batch.buckets.append(buckets);
    }
    if (skipped > 0)
        result.notes << tr("%1 cost rows had no usable amount").arg(skipped);
    return true;
}

} // namespace tokenwise::api
