// Hostile servers against the shared HTTP client: each ends as one clear source state within a bounded time.
#include "FakeHttpServer.h"
#include "RawTcpServer.h"
#include "sources/api/http/ApiHttpClient.h"
#include "sources/api/http/Pagination.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace tokenwise;
using namespace tokenwise::api;

namespace {

const QString kPath = QStringLiteral("/v1/things");
const char kKey[] = "sk-ant-admin01-secretsecretsecret-abcd";

RetryPolicy policy()
{
    RetryPolicy p;
    p.timeoutMs = 1'000;
    p.totalTimeoutMs = 2'000;
    p.maxAttempts = 3;
    p.backoffBaseMs = 8;
    p.backoffMaxMs = 40;
    return p;
}

} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT

    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    TestClock m_clock {QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc())};
    QList<int> m_waits;

    std::unique_ptr<ApiHttpClient> client(RetryPolicy p = policy())
    {
        auto c = std::make_unique<ApiHttpClient>(*m_network, m_clock, p);
        c->addSecret(QString::fromLatin1(kKey));
        c->setSleeper([this](int ms) { m_waits << ms; });
        return c;
    }

    ApiRequest request(const QUrl &base, const QString &query = {}) const
    {
        ApiRequest r;
        r.url = base.resolved(QUrl(kPath + query));
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

    void fiftyMegabyteReplyIsRefused()
    {
        QByteArray body = "{\"data\":\"" + QByteArray(50 << 20, 'a') + "\"}";
        m_server->setDefault(kPath, FakeReply::json(body));
        body.clear();
        QElapsedTimer timer;
        timer.start();
        const ApiReply reply = client()->send(request(m_server->baseUrl()));
        QCOMPARE(reply.state, SourceState::BadResponse);
        QCOMPARE(reply.attempts, 1);
        QVERIFY2(reply.detail.contains(QLatin1String("larger than 16 MB")), qPrintable(reply.detail));
        QVERIFY(reply.json.isNull());
        QVERIFY(timer.elapsed() < 20'000);
    }

    void replyThatTricklesIsAbandonedInBoundedTime()
    {
        RawTcpServer raw;
        raw.greeting = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n";
        raw.trickle = QByteArray(4'000, ' ');
        QVERIFY(raw.start());
        QElapsedTimer timer;
        timer.start();
        const ApiReply reply
            = client()->send(request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(raw.serverPort()))));
        QCOMPARE(reply.state, SourceState::Offline);
        QCOMPARE(reply.attempts, 1);
        QVERIFY2(reply.detail.contains(QLatin1String("did not finish its reply within 2 s")),
                 qPrintable(reply.detail));
        QVERIFY2(timer.elapsed() < 6'000, qPrintable(QString::number(timer.elapsed())));
    }

    void redirectToPlainHttpElsewhereIsNotFollowed()
    {
        FakeHttpServer other;
        QVERIFY(other.start());
        other.setDefault(kPath, FakeReply::json(R"({"stolen":true})"));
        const QString target = QStringLiteral("http://localhost:%1%2").arg(other.baseUrl().port()).arg(kPath);
        m_server->setDefault(kPath, FakeReply {302, {}, {{"Location", target.toLatin1()}}});
        const ApiReply reply = client()->send(request(m_server->baseUrl()));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.state, SourceState::BadResponse);
        QCOMPARE(other.requestCount(kPath), 0); // the key never travelled to another origin
        QVERIFY(!reply.detail.contains(QLatin1String(kKey)));
    }

    void redirectLoopEnds()
    {
        m_server->setDefault(kPath, FakeReply {302, {}, {{"Location", kPath.toLatin1()}}});
        QElapsedTimer timer;
        timer.start();
        const ApiReply reply = client()->send(request(m_server->baseUrl()));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.state, SourceState::BadResponse);
        // Qt gives up after 50 hops (a few more requests when it resends on a closed connection); no retries.
        QCOMPARE(reply.attempts, 1);
        QVERIFY2(m_server->requestCount(kPath) < 100,
                 qPrintable(QString::number(m_server->requestCount(kPath))));
        QVERIFY2(reply.detail.contains(QLatin1String("302")), qPrintable(reply.detail));
        QVERIFY(timer.elapsed() < 20'000);
    }

    void tlsErrorIsFinalAndClear()
    {
        RawTcpServer raw; // speaks plain HTTP to a TLS client
        raw.greeting = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
        QVERIFY(raw.start());
        const ApiReply reply
            = client()->send(request(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(raw.serverPort()))));
        QCOMPARE(reply.state, SourceState::Offline);
        QCOMPARE(reply.attempts, 1);
        QVERIFY(m_waits.isEmpty());
        QVERIFY2(reply.detail.contains(QLatin1String("secure connection")), qPrintable(reply.detail));
    }

    void retryAfterOfADayEndsRateLimitedAtOnce()
    {
        m_server->setDefault(kPath, FakeReply {429, "{}", {{"Retry-After", "86400"}}});
        const ApiReply reply = client()->send(request(m_server->baseUrl()));
        QCOMPARE(reply.state, SourceState::RateLimited);
        QCOMPARE(reply.retryAt, m_clock.nowUtc().addDays(1));
        QVERIFY(m_waits.isEmpty());
        QCOMPARE(m_server->requestCount(kPath), 1);
    }

    void repeatingPageCursorStopsTheWalk()
    {
        m_server->setDefault(kPath, FakeReply::json(R"({"data":[1],"has_more":true,"next_page":"again"})"));
        auto c = client();
        const QUrl base = m_server->baseUrl();
        const PagedReply paged = fetchAllPages(
            *c,
            [&](const QString &cursor) {
                return request(base, cursor.isEmpty() ? QString() : QStringLiteral("?page=") + cursor);
            },
            hasMoreNextPage);
        QVERIFY(!paged.ok());
        QCOMPARE(paged.last.state, SourceState::BadResponse);
        QCOMPARE(m_server->requestCount(kPath), 2); // the first page, then the repeat that is refused
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "test_hostile_servers.moc"
