// `tokenwise keys` without any secure storage (D-Bus disabled): nothing is stored, nothing is echoed.
#include "CliRunner.h"
#include "FakeHttpServer.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

class TestKeysCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_key = "sk-ant-admin01-NEVERSTORE-0123456789-wxyz";

    QProcessEnvironment env() const
    {
        return cliEnvironment(m_dir.filePath(QStringLiteral("data")),
                              m_dir.filePath(QStringLiteral("config")));
    }

    void verifyNoFileHoldsTheKey()
    {
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_key.mid(10, 20)), qPrintable(file.fileName()));
        }
    }

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(QLatin1String("disabled:")))
            QSKIP("this test wants no secure storage (run-test.sh disables D-Bus)");
    }

    void keyOnTheCommandLineIsRefused()
    {
        const CliRun run = runTokenwise({QStringLiteral("keys"), QStringLiteral("set"),
                                         QStringLiteral("anthropic"), QString::fromLatin1(m_key)},
                                        env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("standard input"));
        QVERIFY(!run.all().contains(m_key.mid(10, 20)));
        const CliRun asOption = runTokenwise({QStringLiteral("keys"), QStringLiteral("set"),
                                              QStringLiteral("--") + QString::fromLatin1(m_key)},
                                             env());
        QCOMPARE(asOption.exitCode, 2);
        QVERIFY(!asOption.all().contains(m_key.mid(10, 20)));
        verifyNoFileHoldsTheKey();
    }

    void withoutSecureStorageNothingIsStored()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TOKENWISE_ANTHROPIC_BASE_URL"), server.baseUrl().toString());
        const CliRun run = runTokenwise(
            {QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("anthropic")}, e, m_key + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no secure storage"), run.err.constData());
        QVERIFY(run.err.contains("TOKENWISE_ANTHROPIC_KEY"));
        QVERIFY(!run.all().contains(m_key.mid(10, 20)));
        QCOMPARE(server.requests().size(), 0); // the key never left the machine
        verifyNoFileHoldsTheKey();
    }

    void environmentKeyIsListedRedactedAndTested()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.enqueue(QStringLiteral("/api/v1/key"), FakeReply::json(R"({"data":{"usage":1.5}})"));
        server.enqueue(QStringLiteral("/api/v1/key"),
                       FakeReply::json(R"({"error":{"code":401,"message":"User not found."}})", 401));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TOKENWISE_OPENROUTER_KEY"),
                 QStringLiteral("sk-or-v1-0123456789abcdef0123456789ab9f3e"));
        e.insert(QStringLiteral("TOKENWISE_OPENROUTER_BASE_URL"), server.baseUrl().toString());

        const CliRun list = runTokenwise({QStringLiteral("keys"), QStringLiteral("list")}, e);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("openrouter   sk-…9f3e"), list.out.constData());
        QVERIFY(list.out.contains("environment"));
        QVERIFY(list.out.contains("Secure storage is not available"));
        QVERIFY(!list.all().contains("0123456789abcdef"));

        const CliRun works
            = runTokenwise({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("openrouter")}, e);
        QCOMPARE(works.exitCode, 0);
        QVERIFY(works.out.contains("works"));
        const CliRun rejected
            = runTokenwise({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("openrouter")}, e);
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.err.contains("rejected"), rejected.err.constData());
        QVERIFY(!rejected.all().contains("0123456789abcdef"));
        QCOMPARE(server.requests().constFirst().header("Authorization"),
                 QByteArray("Bearer sk-or-v1-0123456789abcdef0123456789ab9f3e"));
    }

    void testWithoutAnyKeySaysHowToSetOne()
    {
        const CliRun run
            = runTokenwise({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("cursor")}, env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("TOKENWISE_CURSOR_KEY"));
    }
};

QTEST_GUILESS_MAIN(TestKeysCli)
#include "test_keys_cli.moc"
