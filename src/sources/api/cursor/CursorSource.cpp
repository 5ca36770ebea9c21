// Cursor polling: /teams/spend first (it names the open billing cycle), then the identity's usage events
// from the earlier of the window and the cycle start, in 30-day chunks.
#include "sources/api/cursor/CursorSource.h"

#include "core/TrContext.h"
#include "sources/api/ApiMoney.h"
#include "sources/api/ProviderRequests.h"
#include "sources/api/http/ApiEndpoint.h"
#include "sources/api/http/Pagination.h"

#include <QCoreApplication>
#include <QJsonArray>

TOKENWISE_TR_CONTEXT(CursorSource)

namespace tokenwise::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CursorSource", text);
}

ApiReply badShape(const QString &what)
{
    ApiReply reply;
    reply.state = SourceState::BadResponse;
    reply.detail = tr("Cursor's %1 reply has an unexpected shape").arg(what);
    return reply;
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

bool foldCursorSpendPage(const QJsonObject &page, CursorSpend &spend)
{
    const QJsonValue members = page.value(QLatin1String("teamMemberSpend"));
    if (!members.isArray())
        return false;
    const QDateTime cycle = parseProviderTime(page.value(QLatin1String("subscriptionCycleStart")));
    if (cycle.isValid())
        spend.cycleStart = cycle;
    for (const QJsonValue &m : members.toArray()) {
        const QJsonObject member = m.toObject();
        const QString email = member.value(QLatin1String("email")).toString().trimmed().toLower();
        const auto cents = microsFromJson(member.value(QLatin1String("spendCents")), MoneyUnit::Cents);
        if (!email.isEmpty() && cents)
            spend.perMember[email] += *cents;
    }
    return true;
}

bool cursorUsageEvents(const QJsonObject &page, const QString &identity, QHash<QByteArray, int> &seen,
                       QList<UsageEvent> &events, int *unpriced)
{
    const QJsonValue list = page.value(QLatin1String("usageEvents"));
    if (!list.isArray())
        return false;
    const QString me = identity.trimmed().toLower();
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject event = v.toObject();
        const QString owner = event.value(QLatin1String("userEmail")).toString().trimmed().toLower();
        if (!owner.isEmpty() && owner != me)
            continue;
        const QDateTime when = parseProviderTime(event.value(QLatin1String("timestamp")));
        if (!when.isValid())
            continue;
        const QJsonObject usage = event.value(QLatin1String("tokenUsage")).toObject();
        UsageEvent e;
        e.source = QStringLiteral("cursor");
        e.timestampMs = when.toMSecsSinceEpoch();
        e.model = event.value(QLatin1String("model")).toString();
        e.tokens.input = usage.value(QLatin1String("inputTokens")).toInteger();
        e.tokens.output = usage.value(QLatin1String("outputTokens")).toInteger();
        e.tokens.cacheWrite5m = usage.value(QLatin1String("cacheWriteTokens")).toInteger();
        e.tokens.cacheRead = usage.value(QLatin1String("cacheReadTokens")).toInteger();
        // chargedCents is what was billed (model cost + Cursor's fee); older replies only have totalCents.
        auto cost = microsFromJson(event.value(QLatin1String("chargedCents")), MoneyUnit::Cents);
        if (!cost)
            cost = microsFromJson(usage.value(QLatin1String("totalCents")), MoneyUnit::Cents);
        e.cost = cost.value_or(0);
        e.basis = cost ? CostBasis::Reported : CostBasis::Unpriced;
        *unpriced += cost ? 0 : 1;
        const QByteArray identityKey = QByteArray::number(e.timestampMs) + ':' + e.model.toUtf8() + ':'
            + QByteArray::number(e.tokens.input) + ':' + QByteArray::number(e.tokens.output) + ':'
            + QByteArray::number(e.tokens.cacheWrite5m) + ':' + QByteArray::number(e.tokens.cacheRead);
        const int occurrence = seen[identityKey]++;
        e.eventKey = occurrence == 0 ? identityKey : identityKey + '#' + QByteArray::number(occurrence + 1);
        events.append(e);
    }
    return true;
}

QString CursorSource::name() const
{
    return QString::fromLatin1(cursor);
}

PollResult CursorSource::poll(const PollRequest &request)
{
    PollResult result;
    result.from = request.from;
    result.to = request.to;
    CursorSpend spend;
    if (!pollSpend(request, result, spend))
        return result;
    QDate from = request.from;
    if (spend.cycleStart.isValid())
        from = std::max(std::min(from, spend.cycleStart.date()), request.nowUtc.date().addDays(-89));
    result.from = from;
    if (request.identity.isEmpty()) {
        result.notes << tr("cursor.identity is not set: team figures only");
        return result;
    }
    pollEvents(request, from, result);
    return result;
}

bool CursorSource::pollSpend(const PollRequest &request, PollResult &result, CursorSpend &spend)
{
    const PagedReply paged = fetchAllPages(
        m_client,
        [&](const QString &cursor) {
            const int page = cursor.isEmpty() ? 1 : cursor.toInt();
            return signedRequest(
                name(), request.key, request.baseUrl, QStringLiteral("/teams/spend"), {},
                QByteArrayLiteral("POST"),
                compact({{QStringLiteral("page"), page}, {QStringLiteral("pageSize"), 100}}));
        },
        // The reply says how many pages there are, not which one this is: count them.
        [pagesSeen = 0](const QJsonObject &page, bool *) mutable {
            ++pagesSeen;
            const int total = page.value(QLatin1String("totalPages")).toInt(1);
            return pagesSeen < total ? QString::number(pagesSeen + 1) : QString();
        });
    if (!paged.ok()) {
        result.failure = paged.last;
        return false;
    }
    for (const QJsonObject &page : paged.pages) {
        if (!foldCursorSpendPage(page, spend)) {
            result.failure = badShape(QStringLiteral("teams/spend"));
            return false;
        }
    }
    if (!spend.cycleStart.isValid())
        return true;
    const qint64 startMs = spend.cycleStart.toMSecsSinceEpoch();
    const qint64 widthSecs = std::max<qint64>(spend.cycleStart.secsTo(request.nowUtc), 0);
    SpendBucket org;
    org.source = name();
    org.scope = QString::fromLatin1(bucketScope::org);
    org.dimension = QStringLiteral("cycle");
    org.startMs = startMs;
    org.widthSecs = widthSecs;
    QList<MicroUsd> active;
    for (auto it = spend.perMember.cbegin(); it != spend.perMember.cend(); ++it) {
        org.cost += it.value();
        if (it.value() > 0)
            active.append(it.value());
        if (!request.identity.isEmpty() && it.key() == request.identity.trimmed().toLower()) {
            SpendBucket mine = org;
            mine.scope = QString::fromLatin1(bucketScope::personal);
            mine.cost = it.value();
            result.batch.buckets.append(mine);
        }
    }
    result.batch.buckets.append(org);
    result.teamSamples.append({name(), spend.cycleStart.date(), request.nowUtc.date(), active});
    return true;
}

bool CursorSource::pollEvents(const PollRequest &request, const QDate &from, PollResult &result)
{
    QHash<QByteArray, int> seen;
    int unpriced = 0;
    const qint64 nowMs = request.nowUtc.toMSecsSinceEpoch();
    for (const auto &[first, last] : chunkDays(from, request.to, 30)) {
        const qint64 startMs = utcDayStartMs(first);
        const qint64 endMs = std::min(utcDayStartMs(last.addDays(1)), nowMs);
        const PagedReply paged = fetchAllPages(
            m_client,
            [&](const QString &cursor) {
                const int page = cursor.isEmpty() ? 1 : cursor.toInt();
                const QJsonObject body {{QStringLiteral("startDate"), startMs},
                                        {QStringLiteral("endDate"), endMs},
                                        {QStringLiteral("email"), request.identity},
                                        {QStringLiteral("page"), page},
                                        {QStringLiteral("pageSize"), 1000}};
                return signedRequest(name(), request.key, request.baseUrl,
                                     QStringLiteral("/teams/filtered-usage-events"), {},
                                     QByteArrayLiteral("POST"), compact(body));
            },
            [](const QJsonObject &page, bool *broken) {
                const QJsonObject pagination = page.value(QLatin1String("pagination")).toObject();
                if (!pagination.value(QLatin1String("hasNextPage")).toBool())
                    return QString();
                const int current = pagination.value(QLatin1String("currentPage")).toInt(0);
                if (current <= 0)
                    *broken = true;
                return QString::number(current + 1);
            });
        if (!paged.ok()) {
            result.failure = paged.last;
            return false;
        }
        QList<UsageEvent> events;
        for (const QJsonObject &page : paged.pages) {
            if (!cursorUsageEvents(page, request.identity, seen, events, &unpriced)) {
                result.failure = badShape(QStringLiteral("teams/filtered-usage-events"));
                return false;
            }
        }
        result.batch.events.append(events);
    }
    if (unpriced > 0)
        result.notes << tr("%1 Cursor events carried no cost").arg(unpriced);
    return true;
}

} // namespace tokenwise::api
