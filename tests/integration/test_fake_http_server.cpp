// The shared loopback fake server: scripted replies, recorded requests, stalls and truncation.
#include "FakeHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestFakeHttpServer : public QObject
{
    Q_OBJECT

    QNetworkReply *get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &auth = {})
    {
        QNetworkRequest request(url);
        if (!auth.isEmpty())
            request.setRawHeader("x-api-key", auth);
        request.setTransferTimeout(1500);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        return reply;
    }

private slots:
    void repliesInOrderAndRepeatsTheLast()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(QStringLiteral("/v1/usage"), FakeReply::json("{}", 500));
        server.enqueue(QStringLiteral("/v1/usage"),
                       FakeReply {429, R"({"error":{"type":"rate_limit_error"}})", {{"Retry-After", "7"}}});
        server.enqueue(QStringLiteral("/v1/usage"), FakeReply::json(R"({"data":[1,2,3]})"));
        QNetworkAccessManager nam;
        const QUrl url = server.baseUrl().resolved(QUrl(QStringLiteral("/v1/usage?page=abc")));

        std::unique_ptr<QNetworkReply> first(get(nam, url, "key-1"));
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
        std::unique_ptr<QNetworkReply> second(get(nam, url));
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(second->rawHeader("Retry-After"), QByteArray("7"));
        std::unique_ptr<QNetworkReply> third(get(nam, url));
        QCOMPARE(third->readAll(), QByteArray(R"({"data":[1,2,3]})"));
        std::unique_ptr<QNetworkReply> fourth(get(nam, url));
        QCOMPARE(fourth->readAll(), QByteArray(R"({"data":[1,2,3]})"));

        QCOMPARE(server.requestCount(QStringLiteral("/v1/usage")), 4);
        const RecordedRequest &recorded = server.requests().constFirst();
        QCOMPARE(recorded.method, QByteArray("GET"));
        QCOMPARE(recorded.query.queryItemValue(QStringLiteral("page")), QStringLiteral("abc"));
        QCOMPARE(recorded.header("X-API-Key"), QByteArray("key-1"));
    }

    void unknownPathIs404()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            get(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/nope")))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }

    void stalledReplyTimesOut()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeReply stall;
        stall.stall = true;
        server.setDefault(QStringLiteral("/slow"), stall);
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            get(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/slow")))));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    }

    void truncatedReplyIsAnError()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        FakeReply cut = FakeReply::json(R"({"data":[{"amount":"123.45"},{"amount":"1.00"}]})");
        cut.truncate = true;
        server.setDefault(QStringLiteral("/cut"), cut);
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            get(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/cut")))));
        QVERIFY(reply->error() != QNetworkReply::NoError);
    }
};

QTEST_GUILESS_MAIN(TestFakeHttpServer)
#include "test_fake_http_server.moc"
