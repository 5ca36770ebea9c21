// Request signing per provider and key verification.
#include "sources/api/ProviderRequests.h"

#include "sources/api/http/ApiEndpoint.h"

namespace tokenwise::api {

ApiRequest signedRequest(const QString &source, const QString &key, const QUrl &base, const QString &path,
                         const QUrlQuery &query, const QByteArray &method, const QByteArray &jsonBody)
{
    ApiRequest request;
    request.method = method;
    request.url = endpointUrl(base, path);
    request.url.setQuery(query);
    request.body = jsonBody;
    const QByteArray secret = key.toUtf8();
    if (source == QLatin1String(anthropic)) {
        request.headers = {{"x-api-key", secret}, {"anthropic-version", "2023-06-01"}};
    } else if (source == QLatin1String(cursor)) {
        const QByteArray basic = QByteArray(secret + ':').toBase64();
        request.headers = {{"Authorization", QByteArray("Basic " + basic)}};
    } else {
        request.headers = {{"Authorization", QByteArray("Bearer " + secret)}};
    }
    return request;
}

KeyCheck verifyKey(ApiHttpClient &client, const QString &source, const QString &key, const QUrl &base,
                   const QDateTime &nowUtc)
{
    ApiRequest request;
    if (source == QLatin1String(anthropic)) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("starting_at"), nowUtc.date().toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        request = signedRequest(source, key, base,
                                QStringLiteral("/v1/organizations/usage_report/claude_code"), query);
    } else if (source == QLatin1String(openai)) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start_time"), QString::number(nowUtc.toSecsSinceEpoch() - 86'400));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        request = signedRequest(source, key, base, QStringLiteral("/v1/organization/costs"), query);
    } else if (source == QLatin1String(cursor)) {
        request = signedRequest(source, key, base, QStringLiteral("/teams/members"));
    } else {
        request = signedRequest(source, key, base, QStringLiteral("/api/v1/key"));
    }
    KeyCheck check;
    check.reply = client.send(request);
    check.verdict = check.reply.ok()                   ? KeyVerdict::Accepted
        : check.reply.state == SourceState::AuthFailed ? KeyVerdict::Rejected
                                                       : KeyVerdict::Unverified;
    return check;
}

} // namespace tokenwise::api
