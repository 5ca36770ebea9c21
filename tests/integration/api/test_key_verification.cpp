// One cheap request per provider, signed the provider's way; only 401/403 reject a key.
#include "FakeHttpServer.h"
#include "sources/api/ProviderRequests.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace tokenwise;
using namespace tokenwise::api;

class TestKeyVerification : public QObject
{
    Q_OBJECT

    TestClock m_clock {QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc())};

private slots:
    void signingAndVerdicts_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("anthropic") << QStringLiteral("anthropic")
                                   << QStringLiteral("/v1/organizations/usage_report/claude_code")
                                   << QByteArray("x-api-key") << QByteArray("sk-ant-admin01-test-0001");
        QTest::newRow("openai") << QStringLiteral("openai") << QStringLiteral("/v1/organization/costs")
                                << QByteArray("Authorization")
                                << QByteArray("Bearer sk-ant-admin01-test-0001");
        QTest::newRow("cursor basic with empty password")
            << QStringLiteral("cursor") << QStringLiteral("/teams/members") << QByteArray("Authorization")
            << QByteArray("Basic ") + QByteArray("sk-ant-admin01-test-0001:").toBase64();
        QTest::newRow("openrouter") << QStringLiteral("openrouter") << QStringLiteral("/api/v1/key")
                                    << QByteArray("Authorization")
                                    << QByteArray("Bearer sk-ant-admin01-test-0001");
    }
    void signingAndVerdicts()
    {
        QFETCH(QString, source);
        QFETCH(QString, path);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, expected);
        FakeHttpServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        RetryPolicy policy;
        policy.maxAttempts = 1;
        policy.maxRetryAfterWaitMs = 0;
        policy.timeoutMs = 1000;
        ApiHttpClient client(network, m_clock, policy);
        const QString key = QStringLiteral("sk-ant-admin01-test-0001");

        server.enqueue(path, FakeReply::json(R"({"data":[],"has_more":false})"));
        server.enqueue(path,
                       FakeReply::json(R"({"type":"error","error":{"type":"authentication_error",)"
                                       R"("message":"invalid x-api-key"}})",
                                       401));
        server.enqueue(path, FakeReply::json(R"({"error":{"message":"not an admin key"}})", 403));
        server.enqueue(path, FakeReply {429, R"({"error":{"message":"slow"}})", {{"Retry-After", "20"}}});
        server.enqueue(path, FakeReply::json("{}", 500));

        QCOMPARE(verifyKey(client, source, key, server.baseUrl(), m_clock.nowUtc()).verdict,
                 KeyVerdict::Accepted);
        QCOMPARE(server.requests().constFirst().header(header), expected);
        if (source == QLatin1String("anthropic")) {
            QCOMPARE(server.requests().constFirst().header("anthropic-version"), QByteArray("2023-06-01"));
            QCOMPARE(server.requests().constFirst().query.queryItemValue(QStringLiteral("starting_at")),
                     QStringLiteral("2026-03-10"));
        }
        QCOMPARE(verifyKey(client, source, key, server.baseUrl(), m_clock.nowUtc()).verdict,
                 KeyVerdict::Rejected);
        QCOMPARE(verifyKey(client, source, key, server.baseUrl(), m_clock.nowUtc()).verdict,
                 KeyVerdict::Rejected);
        const KeyCheck limited = verifyKey(client, source, key, server.baseUrl(), m_clock.nowUtc());
        QCOMPARE(limited.verdict, KeyVerdict::Unverified);
        QCOMPARE(limited.reply.state, SourceState::RateLimited);
        QCOMPARE(verifyKey(client, source, key, server.baseUrl(), m_clock.nowUtc()).verdict,
                 KeyVerdict::Unverified);
        QCOMPARE(server.requests().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestKeyVerification)
#include "test_key_verification.moc"
