// Anthropic polling: Claude Code analytics day by day (paged), then cost_report in 31-day chunks.
#include "sources/api/anthropic/AnthropicSource.h"

#include "core/TrContext.h"
#include "sources/api/ApiMoney.h"
#include "sources/api/ProviderRequests.h"
#include "sources/api/http/ApiEndpoint.h"
#include "sources/api/http/Pagination.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

TOKENWISE_TR_CONTEXT(AnthropicSource)

namespace tokenwise::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnthropicSource", text);
}

ApiReply badShape(const QString &what)
{
    ApiReply reply;
    reply.state = SourceState::BadResponse;
    reply.detail = tr("Anthropic's %1 reply has an unexpected shape").arg(what);
    return reply;
}

QString utcMidnight(const QDate &day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

} // namespace

bool foldClaudeCodePage(const QJsonObject &page, const QString &identity, ClaudeCodeDay &day)
{
    const QJsonValue data = page.value(QLatin1String("data"));
    if (!data.isArray())
        return false;
    for (const QJsonValue &row : data.toArray()) {
        const QJsonObject record = row.toObject();
        const QJsonObject actor = record.value(QLatin1String("actor")).toObject();
        if (actor.value(QLatin1String("type")).toString() != QLatin1String("user_actor"))
            continue;
        const QString email = actor.value(QLatin1String("email_address")).toString().trimmed().toLower();
        if (email.isEmpty())
            continue;
        const bool mine = !identity.isEmpty() && email == identity.trimmed().toLower();
        MicroUsd total = 0;
        for (const QJsonValue &m : record.value(QLatin1String("model_breakdown")).toArray()) {
            const QJsonObject model = m.toObject();
            const auto cost = microsFromJson(
                model.value(QLatin1String("estimated_cost")).toObject().value(QLatin1String("amount")),
                MoneyUnit::Cents);
            if (!cost) {
                ++day.skippedRows;
                continue;
            }
            total += *cost;
            if (!mine)
                continue;
            const QJsonObject tokens = model.value(QLatin1String("tokens")).toObject();
            const QString name = model.value(QLatin1String("model")).toString();
            SpendBucket &bucket = day.personalModels[name];
            bucket.source = QString::fromLatin1(anthropic);
            bucket.scope = QString::fromLatin1(bucketScope::personal);
            bucket.dimension = QStringLiteral("model");
            bucket.key = name;
            bucket.startMs = utcDayStartMs(day.day);
            bucket.cost += *cost;
            bucket.tokens.input += tokens.value(QLatin1String("input")).toInteger();
            bucket.tokens.output += tokens.value(QLatin1String("output")).toInteger();
            bucket.tokens.cacheRead += tokens.value(QLatin1String("cache_read")).toInteger();
            bucket.tokens.cacheWrite5m += tokens.value(QLatin1String("cache_creation")).toInteger();
        }
        day.perActor[email] += total;
        if (mine) {
            day.personalSeen = true;
            day.personalCost += total;
        }
    }
    return true;
}

bool costReportBuckets(const QJsonObject &page, QList<SpendBucket> &buckets, int *skippedRows)
{
    const QJsonValue data = page.value(QLatin1String("data"));
    if (!data.isArray())
        return false;
    for (const QJsonValue &b : data.toArray()) {
        const QJsonObject bucket = b.toObject();
        const QDateTime start = parseProviderTime(bucket.value(QLatin1String("starting_at")));
        if (!start.isValid()) {
            ++*skippedRows;
            continue;
        }
        SpendBucket total;
        total.source = QString::fromLatin1(anthropic);
        total.scope = QString::fromLatin1(bucketScope::org);
        total.dimension = QStringLiteral("total");
        total.startMs = start.toMSecsSinceEpoch();
        for (const QJsonValue &r : bucket.value(QLatin1String("results")).toArray()) {
            const auto amount = microsFromJson(r.toObject().value(QLatin1String("amount")), MoneyUnit::Cents);
            if (amount)
                total.cost += *amount;
            else
                ++*skippedRows;
        }
        // The same day may come back on two pages when results are grouped: add them up.
        auto same = std::find_if(buckets.begin(), buckets.end(),
                                 [&](const SpendBucket &known) { return known.startMs == total.startMs; });
        if (same == buckets.end())
            buckets.append(total);
        else
            same->cost += total.cost;
    }
    return true;
}

QString AnthropicSource::name() const
{
    return QString::fromLatin1(anthropic);
}

PollResult AnthropicSource::poll(const PollRequest &request)
{
    PollResult result;
    result.from = request.from;
    result.to = request.to;
    if (request.identity.isEmpty())
        result.notes << tr("anthropic.identity is not set: organisation and team figures only");
    if (pollClaudeCode(request, result) && !request.teamOnly)
        pollCostReport(request, result);
    return result;
}

bool AnthropicSource::pollClaudeCode(const PollRequest &request, PollResult &result)
{
    const QDate today = request.nowUtc.date();
    int skipped = 0;
    for (QDate d = request.from; d <= request.to; d = d.addDays(1)) {
        const PagedReply paged = fetchAllPages(
            m_client,
            [&](const QString &cursor) {
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("starting_at"), d.toString(Qt::ISODate));
                query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
                if (!cursor.isEmpty())
                    query.addQueryItem(QStringLiteral("page"), cursor);
                return signedRequest(name(), request.key, request.baseUrl,
                                     QStringLiteral("/v1/organizations/usage_report/claude_code"), query);
            },
            hasMoreNextPage);
        if (!paged.ok()) {
            result.failure = paged.last;
            return false;
        }
        ClaudeCodeDay day;
        day.day = d;
        for (const QJsonObject &page : paged.pages) {
            if (!foldClaudeCodePage(page, request.identity, day)) {
                result.failure = badShape(QStringLiteral("usage_report/claude_code"));
                return false;
            }
        }
        skipped += day.skippedRows;
        // Today's figure still grows; until the day closes the logs' priced figure stands for it.
        if (day.personalSeen && d < today)
            result.batch.reported.append({QStringLiteral("claude-code"), d, name(), day.personalCost});
        for (const SpendBucket &bucket : std::as_const(day.personalModels))
            result.batch.buckets.append(bucket);
        result.teamSamples.append({name(), d, d, day.perActor.values()});
    }
    if (skipped > 0)
        result.notes << tr("%1 Claude Code analytics rows had no usable amount").arg(skipped);
    return true;
}

bool AnthropicSource::pollCostReport(const PollRequest &request, PollResult &result)
{
    int skipped = 0;
    for (const auto &[first, last] : chunkDays(request.from, request.to, 31)) {
        const PagedReply paged = fetchAllPages(
            m_client,
            [&, first = first, last = last](const QString &cursor) {
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("starting_at"), utcMidnight(first));
                query.addQueryItem(QStringLiteral("ending_at"), utcMidnight(last.addDays(1)));
                query.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
                query.addQueryItem(QStringLiteral("limit"), QString::number(first.daysTo(last) + 1));
                if (!cursor.isEmpty())
                    query.addQueryItem(QStringLiteral("page"), cursor);
                return signedRequest(name(), request.key, request.baseUrl,
                                     QStringLiteral("/v1/organizations/cost_report"), query);
            },
            hasMoreNextPage);
        if (!paged.ok()) {
            result.failure = paged.last;
            return false;
        }
        QList<SpendBucket> buckets;
        for (const QJsonObject &page : paged.pages) {
            if (!costReportBuckets(page, buckets, &skipped)) {
                result.failure = badShape(QStringLiteral("cost_report"));
                return false;
            }
        }
        result.batch.buckets.append(buckets);
    }
    if (skipped > 0)
        result.notes << tr("%1 cost report rows had no usable amount").arg(skipped);
    return true;
}

} // namespace tokenwise::api
