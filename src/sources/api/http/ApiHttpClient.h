// The one HTTP client every provider uses: timeouts, Retry-After, backoff with jitter, and no key in any log.
#pragma once

#include "core/Clock.h"
#include "sources/api/http/SourceStatus.h"

#include <QJsonDocument>
#include <QList>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace tokenwise::api {

struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // authentication included; never logged
    QByteArray body; // sent as application/json when not empty
};

struct ApiReply
{
    SourceState state = SourceState::Ok;
    int httpStatus = 0;
    QJsonDocument json; // the parsed body of a successful reply (an object or an array)
    QString detail; // why it failed, for people; never contains the key
    QDateTime retryAt; // RateLimited: when to call again (UTC)
    int attempts = 0;

    bool ok() const { return state == SourceState::Ok; }
};

struct RetryPolicy
{
    int timeoutMs = 30'000; // per request, without progress
    int totalTimeoutMs = 120'000; // per attempt, progress or not: a reply that trickles cannot hold a poll
    qint64 maxReplyBytes = 16 << 20; // no provider page comes near this; a larger reply is refused unread
    int maxAttempts = 4; // for 5xx, timeouts and network errors
    int backoffBaseMs = 1'000; // doubled per attempt, then jittered into [d/2, d]
    int backoffMaxMs = 30'000;
    int maxRetryAfterWaitMs = 30'000; // a longer Retry-After ends the request as rate-limited
    int defaultRateLimitSecs = 60; // a 429 without Retry-After
};

class ApiHttpClient
{
public:
    using Sleeper = std::function<void(int ms)>;

    ApiHttpClient(QNetworkAccessManager &network, const Clock &clock, RetryPolicy policy = {});

    // Strings to scrub from every message (the key, and whatever the provider echoes back of it).
    void addSecret(const QString &secret);
    // Tests replace the wait between attempts; the default spins a local event loop.
    void setSleeper(Sleeper sleeper) { m_sleep = std::move(sleeper); }
    const RetryPolicy &policy() const { return m_policy; }

    // Runs the request to completion (retrying as the policy says) in a local event loop.
    ApiReply send(const ApiRequest &request);

    // Removes secrets and key-shaped words from text bound for people or logs.
    QString scrub(QString text) const;

private:
    struct Attempt;
    Attempt sendOnce(const ApiRequest &request);
    int backoffMs(int attempt) const;

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    RetryPolicy m_policy;
    QStringList m_secrets;
    Sleeper m_sleep;
};

// The message of a provider's error envelope ({"error":{"message"}}, {"error":"…"}, {"message":"…"}).
QString providerErrorMessage(const QByteArray &body);

} // namespace tokenwise::api
