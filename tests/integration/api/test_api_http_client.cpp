// The shared HTTP client against a loopback fake server: retries, Retry-After, timeouts, garbage, pages.
#include "FakeHttpServer.h"
#include "sources/api/http/ApiHttpClient.h"
#include "sources/api/http/Pagination.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace tokenwise;
using namespace tokenwise::api;

namespace {

const QString kPath = QStringLiteral("/v1/things");
const char kKey[] = "sk-ant-admin01-secretsecretsecret-abcd";

RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.timeoutMs = 300;
    p.maxAttempts = 3;
    p.backoffBaseMs = 8;
    p.backoffMaxMs = 40;
    p.maxRetryAfterWaitMs = 30'000;
    return p;
}

} // namespace

class TestApiHttpClient : public QObject
{
    Q_OBJECT

    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    TestClock m_clock {QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc())};
    QList<int> m_waits;

    std::unique_ptr<ApiHttpClient> client(RetryPolicy policy = fastPolicy())
    {
        auto c = std::make_unique<ApiHttpClient>(*m_network, m_clock, policy);
        c->addSecret(QString::fromLatin1(kKey));
        c->setSleeper([this](int ms) { m_waits << ms; });
        return c;
    }

    ApiRequest request(const QString &query = {}) const
    {
        ApiRequest r;
        r.url = m_server->baseUrl().resolved(QUrl(kPath + query));
        r.headers = {{"x-api-key", kKey}};
        return r;
    }

private slots:
    void init()
    {
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->start());
        m_network = new QNetworkAccessManager(this);
        m_waits.clear();
    }
    void cleanup()
    {
        delete m_network;
        delete m_server;
    }

    void okReplyIsParsedAndKeySent()
    {
        m_server->setDefault(kPath, FakeReply::json(R"({"data":[1,2]})"));
        const ApiReply reply = client()->send(request());
        QVERIFY2(reply.ok(), qPrintable(reply.detail));
        QCOMPARE(reply.json.object().value(QLatin1String("data")).toArray().size(), 2);
        QCOMPARE(reply.attempts, 1);
        QCOMPARE(m_server->requests().constFirst().header("x-api-key"), QByteArray(kKey));
    }

    void serverErrorThenSuccessBacksOff()
    {
        m_server->enqueue(kPath, FakeReply::json(R"({"error":{"message":"overloaded"}})", 500));
        m_server->enqueue(kPath, FakeReply::json(R"({"error":{"message":"overloaded"}})", 503));
        m_server->enqueue(kPath, FakeReply::json(R"({"ok":true})"));
        const ApiReply reply = client()->send(request());
        QVERIFY2(reply.ok(), qPrintable(reply.detail));
        QCOMPARE(reply.attempts, 3);
        QCOMPARE(m_server->requestCount(kPath), 3);
        // Exponential with jitter: attempt 1 waits within [4, 8] ms, attempt 2 within [8, 16].
        QCOMPARE(m_waits.size(), 2);
        QVERIFY(m_waits[0] >= 4 && m_waits[0] <= 8);
        QVERIFY(m_waits[1] >= 8 && m_waits[1] <= 16);
    }

    void serverErrorsExhaustedAreStale()
    {
        m_server->setDefault(kPath, FakeReply::json("{}", 502));
        const ApiReply reply = client()->send(request());
        QCOMPARE(reply.state, SourceState::Stale);
        QCOMPARE(reply.attempts, 3);
        QCOMPARE(reply.httpStatus, 502);
    }

    void shortRetryAfterIsWaitedOut()
    {
        m_server->enqueue(kPath,
                          FakeReply {429,
                                     R"({"type":"error","error":{"type":"rate_limit_error",)"
                                     R"("message":"slow down"}})",
                                     {{"Retry-After", "7"}}});
        m_server->enqueue(kPath, FakeReply::json(R"({"ok":true})"));
        const ApiReply reply = client()->send(request());
        QVERIFY2(reply.ok(), qPrintable(reply.detail));
        QCOMPARE(m_waits, QList<int>({7000}));
    }

    void httpDateRetryAfterIsWaitedOut()
    {
        m_server->enqueue(kPath, FakeReply {429, "{}", {{"Retry-After", "Tue, 10 Mar 2026 12:00:20 GMT"}}});
        m_server->enqueue(kPath, FakeReply::json(R"({"ok":true})"));
        const ApiReply reply = client()->send(request());
        QVERIFY(reply.ok());
        QCOMPARE(m_waits, QList<int>({20'000}));
    }

    void longRetryAfterEndsRateLimited()
    {
        m_server->setDefault(kPath,
                             FakeReply {429, R"({"error":{"message":"quota"}})", {{"Retry-After", "3600"}}});
        const ApiReply reply = client()->send(request());
        QCOMPARE(reply.state, SourceState::RateLimited);
        QCOMPARE(reply.retryAt, m_clock.nowUtc().addSecs(3600));
        QVERIFY(m_waits.isEmpty());
        QCOMPARE(m_server->requestCount(kPath), 1);
        QVERIFY(reply.detail.contains(QLatin1String("2026-03-10T13:00:00Z")));
    }

    void rateLimitWithoutRetryAfterUsesTheDefault()
    {
        m_server->setDefault(kPath, FakeReply::json("{}", 429));
        const ApiReply reply = client()->send(request());
        QCOMPARE(reply.state, SourceState::RateLimited);
        QCOMPARE(reply.retryAt, m_clock.nowUtc().addSecs(60));
        QCOMPARE(m_server->requestCount(kPath), 1);
    }

    void authFailuresAreFinalAndScrubbed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("anthropic 401")
            << 401
            << QByteArray(
                   R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})")
            << QStringLiteral("invalid x-api-key");
        QTest::newRow("openai 401 echoing the key")
            << 401
            << QByteArray(
                   R"({"error":{"message":"Incorrect API key provided: sk-ant-admin01-secretsecretsecret-abcd.",)"
                   R"("type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
            << QStringLiteral("Incorrect API key provided: [key]");
        QTest::newRow("cursor 403 partial key")
            << 403 << QByteArray(R"({"error":"key_abc***xyz is not an admin key"})")
            << QStringLiteral("[key] is not an admin key");
    }
    void authFailuresAreFinalAndScrubbed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        m_server->setDefault(kPath, FakeReply::json(body, status));
        const ApiReply reply = client()->send(request());
        QCOMPARE(reply.state, SourceState::AuthFailed);
        QCOMPARE(reply.attempts, 1);
        QVERIFY2(reply.detail.contains(message), qPrintable(reply.detail));
        QVERIFY(!reply.detail.contains(QLatin1String("secretsecret")));
    }

    void stalledReplyTimesOutAsOffline()
    {
        FakeReply stall;
        stall.stall = true;
        m_server->setDefault(kPath, stall);
        RetryPolicy policy = fastPolicy();
        policy.timeoutMs = 200;
        policy.maxAttempts = 2;
        QElapsedTimer timer;
        timer.start();
        const ApiReply reply = client(policy)->send(request());
        QCOMPARE(reply.state, SourceState::Offline);
        QCOMPARE(reply.attempts, 2);
        QVERIFY(reply.detail.contains(QLatin1String("no answer")));
        QVERIFY(timer.elapsed() < 3000);
    }

    void stallThenSuccessRecovers()
    {
        FakeReply stall;
        stall.stall = true;
        m_server->enqueue(kPath, stall);
        m_server->enqueue(kPath, FakeReply::json(R"({"ok":true})"));
        RetryPolicy policy = fastPolicy();
        policy.timeoutMs = 200;
        const ApiReply reply = client(policy)->send(request());
        QVERIFY2(reply.ok(), qPrintable(reply.detail));
        QCOMPARE(reply.attempts, 2);
    }

    void nothingListeningIsOffline()
    {
        ApiRequest r = request();
        const int port = m_server->baseUrl().port();
        delete m_server;
        m_server = new FakeHttpServer(this); // cleanup() deletes it; this one never listens
        r.url.setPort(port);
        const ApiReply reply = client()->send(r);
        QCOMPARE(reply.state, SourceState::Offline);
        QCOMPARE(reply.attempts, 3);
    }

    void truncatedBodyIsBadResponse()
    {
        FakeReply cut
            = FakeReply::json(R"({"data":[{"amount":"123.45"},{"amount":"1.00"}],"has_more":false})");
        cut.truncate = true;
        m_server->setDefault(kPath, cut);
        const ApiReply reply = client()->send(request());
        QCOMPARE(reply.state, SourceState::BadResponse);
        QVERIFY(reply.detail.contains(QLatin1String("cut off")));
    }

    void nonJsonIsBadResponseWithoutRetry()
    {
        FakeReply html = FakeReply::json("<html>gateway</html>");
        html.headers = {{"Content-Type", "text/html"}};
        m_server->setDefault(kPath, html);
        const ApiReply reply = client()->send(request());
        QCOMPARE(reply.state, SourceState::BadResponse);
        QCOMPARE(reply.attempts, 1);
    }

    void notFoundIsBadResponse()
    {
        const ApiReply reply = client()->send(request()); // no route: the fake answers 404
        QCOMPARE(reply.state, SourceState::BadResponse);
        QCOMPARE(reply.httpStatus, 404);
    }

    void plainHttpElsewhereIsRefusedBeforeSending()
    {
        ApiRequest r = request();
        r.url = QUrl(QStringLiteral("http://example.com/v1/things"));
        const ApiReply reply = client()->send(r);
        QCOMPARE(reply.state, SourceState::BadResponse);
        QCOMPARE(reply.attempts, 0);
        QVERIFY(reply.detail.contains(QLatin1String("https")));
    }

    void pagesAreFollowedToTheEnd()
    {
        m_server->enqueue(kPath, FakeReply::json(R"({"data":[1],"has_more":true,"next_page":"p2"})"));
        m_server->enqueue(kPath, FakeReply::json(R"({"data":[2],"has_more":true,"next_page":"p3"})"));
        m_server->enqueue(kPath, FakeReply::json(R"({"data":[3],"has_more":false,"next_page":null})"));
        auto c = client();
        const PagedReply paged = fetchAllPages(
            *c,
            [this](const QString &cursor) {
                return request(cursor.isEmpty() ? QString() : QStringLiteral("?page=") + cursor);
            },
            hasMoreNextPage);
        QVERIFY2(paged.ok(), qPrintable(paged.last.detail));
        QCOMPARE(paged.pages.size(), 3);
        QCOMPARE(m_server->requests().at(1).query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("p2"));
        QCOMPARE(m_server->requests().at(2).query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("p3"));
    }

    void repeatedCursorStops()
    {
        m_server->setDefault(kPath, FakeReply::json(R"({"data":[1],"has_more":true,"next_page":"same"})"));
        auto c = client();
        const PagedReply paged = fetchAllPages(
            *c, [this](const QString &cursor) { return request(QStringLiteral("?page=") + cursor); },
            hasMoreNextPage);
        QCOMPARE(paged.last.state, SourceState::BadResponse);
        QVERIFY(paged.last.detail.contains(QLatin1String("repeated")));
        QCOMPARE(m_server->requestCount(kPath), 2);
    }

    void failureMidWalkKeepsNoPartialSuccess()
    {
        m_server->enqueue(kPath, FakeReply::json(R"({"data":[1],"has_more":true,"next_page":"p2"})"));
        m_server->enqueue(kPath, FakeReply::json(R"({"error":{"message":"bad key"}})", 401));
        auto c = client();
        const PagedReply paged = fetchAllPages(
            *c, [this](const QString &cursor) { return request(QStringLiteral("?page=") + cursor); },
            hasMoreNextPage);
        QVERIFY(!paged.ok());
        QCOMPARE(paged.last.state, SourceState::AuthFailed);
    }
};

QTEST_GUILESS_MAIN(TestApiHttpClient)
#include "test_api_http_client.moc"
