// The shared HTTP client: one attempt, then classification into retry, wait, or a final source state.
#include "sources/api/http/ApiHttpClient.h"

#include "core/TrContext.h"
#include "sources/SourcesLogging.h"
#include "sources/api/http/ApiEndpoint.h"
#include "sources/api/http/RetryAfter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

TOKENWISE_TR_CONTEXT(ApiHttpClient)

namespace tokenwise::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiHttpClient", text);
}

void eventLoopSleep(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

struct ApiHttpClient::Attempt
{
    enum class Outcome { Done, Retry, Final };
    Outcome outcome = Outcome::Final;
    ApiReply reply;
    int waitMs = -1; // Retry: a server-requested wait (Retry-After), else -1 for backoff
};

ApiHttpClient::ApiHttpClient(QNetworkAccessManager &network, const Clock &clock, RetryPolicy policy)
    : m_network(network), m_clock(clock), m_policy(policy), m_sleep(eventLoopSleep)
{ }

void ApiHttpClient::addSecret(const QString &secret)
{
    if (!secret.isEmpty())
        m_secrets << secret;
}

QString ApiHttpClient::scrub(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("[key]"));
    // Providers echo parts of rejected keys ("Incorrect API key provided: sk-abc***xyz").
    static const QRegularExpression keyShaped(
        QStringLiteral("\\b(sk|key|crsr|sess)[-_][A-Za-z0-9_*.\\-]{4,}"));
    text.replace(keyShaped, QStringLiteral("[key]"));
    return text.left(300);
}

int ApiHttpClient::backoffMs(int attempt) const
{
    const qint64 full = std::min<qint64>(qint64(m_policy.backoffBaseMs) << std::min(attempt - 1, 20),
                                         m_policy.backoffMaxMs);
    const qint64 half = full / 2;
    return int(half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0));
}

ApiReply ApiHttpClient::send(const ApiRequest &request)
{
    if (!isAllowedEndpoint(request.url)) {
        ApiReply refused;
        refused.state = SourceState::BadResponse;
        refused.detail = tr("refusing to send a key to %1: only https (or this machine) is allowed")
                             .arg(request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return refused;
    }
    for (int attempt = 1;; ++attempt) {
        Attempt result = sendOnce(request);
        result.reply.attempts = attempt;
        if (result.outcome != Attempt::Outcome::Retry || attempt >= m_policy.maxAttempts)
            return result.reply;
        const int wait = result.waitMs >= 0 ? result.waitMs : backoffMs(attempt);
        qCInfo(lcNet) << "retrying" << request.url.path() << "in" << wait << "ms:" << result.reply.detail;
        m_sleep(wait);
    }
}

ApiHttpClient::Attempt ApiHttpClient::sendOnce(const ApiRequest &request)
{
    QNetworkRequest nr(request.url);
    nr.setTransferTimeout(m_policy.timeoutMs);
    // A redirect elsewhere would carry the key along; only same-origin redirects are followed.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("User-Agent", "tokenwise/" TOKENWISE_VERSION);
    if (!request.body.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);

    QNetworkReply *reply = m_network.sendCustomRequest(nr, request.method, request.body);
    QEventLoop loop;
    bool tooLarge = false;
    bool tooSlow = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    const qint64 maxBytes = m_policy.maxReplyBytes;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes, &tooLarge](qint64 got, qint64 total) {
                         if (got > maxBytes || total > maxBytes) {
                             tooLarge = true;
                             reply->abort();
                         }
                     });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [reply, &tooSlow] {
        tooSlow = true;
        reply->abort();
    });
    if (!reply->isFinished()) {
        deadline.start(m_policy.totalTimeoutMs);
        loop.exec();
    }
    reply->deleteLater();

    Attempt a;
    if (tooLarge || tooSlow) {
        // Neither gets better by asking again at once: the source waits for its next poll.
        a.reply.state = tooLarge ? SourceState::BadResponse : SourceState::Offline;
        a.reply.detail = tooLarge ? tr("the reply from %1 was larger than %2 MB and was not read")
                                        .arg(request.url.host())
                                        .arg(maxBytes >> 20)
                                  : tr("%1 did not finish its reply within %2 s")
                                        .arg(request.url.host())
                                        .arg(m_policy.totalTimeoutMs / 1000.0);
        qCInfo(lcNet) << request.method << request.url.path() << "abandoned:" << a.reply.detail;
        return a;
    }
    a.reply.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = a.reply.httpStatus;
    qCDebug(lcNet) << request.method << request.url.path() << "→" << status << body.size() << "bytes";

    if (status == 0 && reply->error() == QNetworkReply::SslHandshakeFailedError) {
        // A certificate or protocol problem does not heal in seconds: no retries, and no key was sent.
        a.reply.state = SourceState::Offline;
        a.reply.detail = tr("the secure connection to %1 failed: %2")
                             .arg(request.url.host(), scrub(reply->errorString()));
        return a;
    }
    if (status == 0) {
        a.outcome = Attempt::Outcome::Retry;
        a.reply.state = SourceState::Offline;
        a.reply.detail = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer from %1 within %2 s").arg(request.url.host()).arg(m_policy.timeoutMs / 1000.0)
            : tr("cannot reach %1: %2").arg(request.url.host(), scrub(reply->errorString()));
        return a;
    }
    if (status >= 200 && status < 300) {
        if (reply->error() != QNetworkReply::NoError) {
            a.outcome = Attempt::Outcome::Retry;
            a.reply.state = SourceState::BadResponse;
            a.reply.detail = tr("the reply from %1 was cut off").arg(request.url.host());
            return a;
        }
        QJsonParseError error;
        a.reply.json = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || a.reply.json.isNull()) {
            a.reply.state = SourceState::BadResponse;
            a.reply.detail = tr("%1 answered with something that is not JSON").arg(request.url.host());
            a.reply.json = {};
            return a;
        }
        a.outcome = Attempt::Outcome::Done;
        return a;
    }

    const QString message = scrub(providerErrorMessage(body));
    const QString suffix = message.isEmpty() ? QString() : QStringLiteral(": ") + message;
    const auto retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock.nowUtc());
    if (status == 401 || status == 403) {
        a.reply.state = SourceState::AuthFailed;
        a.reply.detail = tr("the key was rejected (HTTP %1)").arg(status) + suffix;
        return a;
    }
    if (status == 429) {
        const QDateTime now = m_clock.nowUtc();
        a.reply.state = SourceState::RateLimited;
        a.reply.retryAt = retryAfter.value_or(now.addSecs(m_policy.defaultRateLimitSecs));
        a.reply.detail
            = tr("rate-limited until %1").arg(a.reply.retryAt.toUTC().toString(Qt::ISODate)) + suffix;
        const qint64 waitMs = now.msecsTo(a.reply.retryAt);
        if (retryAfter && waitMs <= m_policy.maxRetryAfterWaitMs) {
            a.outcome = Attempt::Outcome::Retry;
            a.waitMs = int(waitMs);
        }
        return a;
    }
    if (status >= 500) {
        a.outcome = Attempt::Outcome::Retry;
        a.reply.state = SourceState::Stale;
        a.reply.detail = tr("%1 had a server error (HTTP %2)").arg(request.url.host()).arg(status) + suffix;
        if (retryAfter) {
            const qint64 waitMs = m_clock.nowUtc().msecsTo(*retryAfter);
            if (waitMs > m_policy.maxRetryAfterWaitMs)
                a.outcome = Attempt::Outcome::Final;
            else
                a.waitMs = int(waitMs);
        }
        return a;
    }
    a.reply.state = SourceState::BadResponse;
    a.reply.detail = tr("unexpected HTTP %1 from %2").arg(status).arg(request.url.path()) + suffix;
    return a;
}

QString providerErrorMessage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        const QString message = error.toObject().value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            return message;
        return error.toObject().value(QLatin1String("type")).toString();
    }
    if (error.isString())
        return error.toString();
    return root.value(QLatin1String("message")).toString();
}

} // namespace tokenwise::api
