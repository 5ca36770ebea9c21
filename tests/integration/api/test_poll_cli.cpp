// `tokenwise poll` and `tokenwise config` end to end, with keys from the environment and a fake server.
#include "CliRunner.h"
#include "FakeHttpServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestPollCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHttpServer m_server;

    QProcessEnvironment env(bool withKey = true) const
    {
        QProcessEnvironment e = cliEnvironment(m_dir.filePath(QStringLiteral("data")),
                                               m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("TOKENWISE_OPENROUTER_BASE_URL"), m_server.baseUrl().toString());
        if (withKey)
            e.insert(QStringLiteral("TOKENWISE_OPENROUTER_KEY"),
                     QStringLiteral("sk-or-v1-POLLCLI0123456789abcdef"));
        return e;
    }

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList result;
        for (const char *a : list)
            result << QString::fromLatin1(a);
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void configSetGetUnsetAndRefusals()
    {
        CliRun run = runTokenwise(args({"config", "set", "cursor.identity", "me@example.com"}), env());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("cursor.identity = me@example.com"));
        run = runTokenwise(args({"config", "get", "cursor.identity"}), env());
        QCOMPARE(run.out.trimmed(), QByteArray("me@example.com"));
        const QString ini = m_dir.filePath(QStringLiteral("config/tokenwise.ini"));
        QCOMPARE(QFile::permissions(ini)
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());

        run = runTokenwise(args({"config", "set", "openai.identity", "sk-admin-PASTEDBYMISTAKE0123456789"}),
                           env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("keychain"));
        QVERIFY(!run.all().contains("PASTEDBYMISTAKE"));
        run = runTokenwise(args({"config", "set", "openai.baseUrl", "http://api.example.com"}), env());
        QCOMPARE(run.exitCode, 2);
        run = runTokenwise(args({"config", "set", "anthropic.key", "whatever"}), env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown setting"));

        run = runTokenwise(args({"config", "list"}), env());
        QVERIFY(run.out.contains("team.feed = "));
        run = runTokenwise(args({"config", "unset", "cursor.identity"}), env());
        QCOMPARE(run.exitCode, 0);
        run = runTokenwise(args({"config", "get", "cursor.identity"}), env());
        QCOMPARE(run.exitCode, 1);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("PASTEDBYMISTAKE"));
    }

    void pollStoresAndReports()
    {
        m_server.setDefault(QStringLiteral("/api/v1/key"),
                            FakeReply::json(R"({"data":{"usage":25.5,"usage_daily":"1.2","limit":null}})"));
        const CliRun run = runTokenwise(args({"poll", "--json"}), env());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        const QJsonArray sources
            = QJsonDocument::fromJson(run.out).object().value(QLatin1String("sources")).toArray();
        QCOMPARE(sources.size(), 1); // only the source with a key
        const QJsonObject openrouter = sources.first().toObject();
        QCOMPARE(openrouter.value(QLatin1String("source")).toString(), QStringLiteral("openrouter"));
        QCOMPARE(openrouter.value(QLatin1String("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(openrouter.value(QLatin1String("reportedDays")).toInt(), 1);
        QCOMPARE(m_server.requests().constLast().header("Authorization"),
                 QByteArray("Bearer sk-or-v1-POLLCLI0123456789abcdef"));
    }

    void shortRetryAfterIsWaitedOutInTheRun()
    {
        // setDefault() replaces what an earlier test queued; the 429 comes first, then the answer stays.
        m_server.setDefault(QStringLiteral("/api/v1/key"),
                            FakeReply {429, R"({"error":{"message":"slow"}})", {{"Retry-After", "1"}}});
        m_server.enqueue(QStringLiteral("/api/v1/key"), FakeReply::json(R"({"data":{"usage_daily":2}})"));
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runTokenwise(args({"poll", "--source", "openrouter"}), env());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY(timer.elapsed() >= 900);
        QVERIFY(run.out.contains("openrouter: ok"));
    }

    void longRetryAfterEndsRateLimited()
    {
        m_server.setDefault(
            QStringLiteral("/api/v1/key"),
            FakeReply {429, R"({"error":{"message":"slow down"}})", {{"Retry-After", "3600"}}});
        CliRun run = runTokenwise(args({"poll", "--source", "openrouter"}), env());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1); // one line
        QVERIFY2(run.err.contains("rate-limited until"), run.err.constData());
        // The next run does not ask again before the time is up.
        const qsizetype asked = m_server.requests().size();
        run = runTokenwise(args({"poll", "--source", "openrouter"}), env());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(m_server.requests().size(), asked);
    }

    void failuresExitNonZeroWithOneLine()
    {
        QProcessEnvironment e = env(false);
        e.insert(QStringLiteral("TOKENWISE_CURSOR_KEY"), QStringLiteral("key_CURSORCLI0123456789abcdef"));
        e.insert(QStringLiteral("TOKENWISE_CURSOR_BASE_URL"), m_server.baseUrl().toString());
        m_server.setDefault(QStringLiteral("/teams/spend"),
                            FakeReply::json(R"({"error":"Unauthorized"})", 401));
        CliRun run = runTokenwise(args({"poll", "--source", "cursor"}), e);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith("tokenwise: cursor: key rejected"), run.err.constData());
        QVERIFY(!run.all().contains("CURSORCLI"));

        e.insert(QStringLiteral("TOKENWISE_CURSOR_BASE_URL"), QStringLiteral("http://cursor.example.com"));
        run = runTokenwise(args({"poll", "--source", "cursor"}), e);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("https"));

        run = runTokenwise(args({"poll"}), env(false));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("tokenwise keys set"));
        run = runTokenwise(args({"poll", "--source", "copilot"}), env());
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPollCli)
#include "test_poll_cli.moc"
