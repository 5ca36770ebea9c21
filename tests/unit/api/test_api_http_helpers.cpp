// Retry-After parsing, endpoint rules, source state names and the repeated-cursor guard.
#include "sources/api/http/ApiEndpoint.h"
#include "sources/api/http/Pagination.h"
#include "sources/api/http/RetryAfter.h"
#include "sources/api/http/SourceStatus.h"

#include <QTest>
#include <QTimeZone>

using namespace tokenwise;
using namespace tokenwise::api;

class TestApiHttpHelpers : public QObject
{
    Q_OBJECT

    const QDateTime m_now {QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc()};

private slots:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("seconds"); // -1: not understood
        QTest::newRow("delay seconds") << QByteArray("7") << 7LL;
        QTest::newRow("zero") << QByteArray("0") << 0LL;
        QTest::newRow("padded") << QByteArray(" 120 ") << 120LL;
        QTest::newRow("imf fixdate") << QByteArray("Tue, 10 Mar 2026 12:00:45 GMT") << 45LL;
        QTest::newRow("rfc 850") << QByteArray("Tuesday, 10-Mar-26 12:02:00 GMT") << 120LL;
        QTest::newRow("date in the past means now") << QByteArray("Tue, 10 Mar 2026 11:00:00 GMT") << 0LL;
        QTest::newRow("negative") << QByteArray("-5") << -1LL;
        QTest::newRow("garbage") << QByteArray("soon") << -1LL;
        QTest::newRow("absent") << QByteArray() << -1LL;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, seconds);
        const auto at = parseRetryAfter(header, m_now);
        if (seconds < 0) {
            QVERIFY(!at.has_value());
            return;
        }
        QVERIFY(at.has_value());
        QCOMPARE(m_now.secsTo(*at), seconds);
    }

    void allowedEndpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://api.anthropic.com") << true;
        QTest::newRow("https with prefix") << QStringLiteral("https://proxy.example/anthropic") << true;
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://api.openai.com") << false;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:9") << true;
        QTest::newRow("looks like loopback") << QStringLiteral("http://127.0.0.1.example.com") << false;
        QTest::newRow("private lan") << QStringLiteral("http://192.168.1.4") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
        QTest::newRow("credentials in url") << QStringLiteral("https://user:pw@example.com") << false;
        QTest::newRow("not a url") << QStringLiteral("api.openai.com") << false;
    }
    void allowedEndpoints()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedEndpoint(QUrl(url)), allowed);
    }

    void baseUrlPrecedence()
    {
        qunsetenv("TOKENWISE_OPENAI_BASE_URL");
        QCOMPARE(resolveBaseUrl(QStringLiteral("openai"))->toString(),
                 QStringLiteral("https://api.openai.com"));
        QCOMPARE(
            resolveBaseUrl(QStringLiteral("openai"), QStringLiteral("https://proxy.example/o"))->toString(),
            QStringLiteral("https://proxy.example/o"));
        qputenv("TOKENWISE_OPENAI_BASE_URL", "http://127.0.0.1:4567");
        QCOMPARE(
            resolveBaseUrl(QStringLiteral("openai"), QStringLiteral("https://proxy.example/o"))->toString(),
            QStringLiteral("http://127.0.0.1:4567"));
        qputenv("TOKENWISE_OPENAI_BASE_URL", "http://evil.example");
        const auto refused = resolveBaseUrl(QStringLiteral("openai"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("https")));
        qunsetenv("TOKENWISE_OPENAI_BASE_URL");
        QCOMPARE(
            endpointUrl(QUrl(QStringLiteral("https://proxy.example/o/")), QStringLiteral("/v1/x")).toString(),
            QStringLiteral("https://proxy.example/o/v1/x"));
        QCOMPARE(baseUrlEnvironmentVariable(QStringLiteral("openrouter")),
                 QByteArray("TOKENWISE_OPENROUTER_BASE_URL"));
        QCOMPARE(keyEnvironmentVariable(QStringLiteral("cursor")), QByteArray("TOKENWISE_CURSOR_KEY"));
    }

    void stateNamesRoundTrip()
    {
        for (SourceState s : {SourceState::Ok, SourceState::Stale, SourceState::AuthFailed,
                              SourceState::RateLimited, SourceState::Offline, SourceState::BadResponse})
            QCOMPARE(sourceStateFromName(sourceStateName(s)), s);
        QCOMPARE(sourceStateName(SourceState::RateLimited), QStringLiteral("rate-limited"));
        QVERIFY(describeSourceState(SourceState::RateLimited, m_now)
                    .contains(QLatin1String("2026-03-10T12:00:00Z")));
    }

    void cursorGuardRefusesRepeats()
    {
        CursorGuard guard(3);
        QVERIFY(guard.accept(QString()));
        QVERIFY(guard.accept(QStringLiteral("a")));
        QVERIFY(!guard.accept(QStringLiteral("a")));
        QVERIFY(guard.accept(QStringLiteral("b")));
        QVERIFY(!guard.accept(QStringLiteral("c"))); // the page limit
    }

    void hasMoreWithoutCursorIsBroken()
    {
        bool broken = false;
        QCOMPARE(hasMoreNextPage(QJsonObject {{QStringLiteral("has_more"), true}}, &broken), QString());
        QVERIFY(broken);
        broken = false;
        QCOMPARE(hasMoreNextPage(QJsonObject {{QStringLiteral("has_more"), false},
                                              {QStringLiteral("next_page"), QStringLiteral("x")}},
                                 &broken),
                 QString());
        QVERIFY(!broken);
    }
};

QTEST_GUILESS_MAIN(TestApiHttpHelpers)
#include "test_api_http_helpers.moc"
