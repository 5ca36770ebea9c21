// `tokenwise keys` against a real gnome-keyring (private D-Bus session): stdin in, keychain only, never a
// file.
#include "CliRunner.h"
#include "FakeHttpServer.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

class TestKeysKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    const QByteArray m_key = "sk-ant-admin01-KEYRINGTEST-0123456789-wxyz";

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = cliEnvironment(m_dir.filePath(QStringLiteral("data")),
                                               m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("TOKENWISE_ANTHROPIC_BASE_URL"), m_server.baseUrl().toString());
        return e;
    }

    QStringList keys(const QString &action, const QString &source = {}) const
    {
        QStringList args {QStringLiteral("keys"), action};
        if (!source.isEmpty())
            args << source;
        return args;
    }

private slots:
    void initTestCase()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty() || bus.startsWith("disabled:"))
            QSKIP("no D-Bus session: run through tests/support/with-keyring.sh (make test does)");
        QVERIFY(m_server.start());
    }

    void setVerifiesStoresAndNeverWritesAFile()
    {
        const QString path = QStringLiteral("/v1/organizations/usage_report/claude_code");
        m_server.enqueue(path, FakeReply::json(R"({"data":[],"has_more":false,"next_page":null})"));
        const CliRun set
            = runTokenwise(keys(QStringLiteral("set"), QStringLiteral("anthropic")), env(), m_key + '\n');
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains("Stored the anthropic key sk-…wxyz in the keychain (verified)"),
                 set.out.constData());
        QCOMPARE(m_server.requests().constLast().header("x-api-key"), m_key);

        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("tokenwise"),
                      QStringLiteral("user"), QStringLiteral("anthropic")});
        if (lookup.waitForFinished(10'000) && lookup.exitCode() == 0)
            QCOMPARE(lookup.readAllStandardOutput().trimmed(), m_key);

        const CliRun list = runTokenwise(keys(QStringLiteral("list")), env());
        QVERIFY2(list.out.contains("anthropic    sk-…wxyz"), list.out.constData());
        QVERIFY(list.out.contains("keychain"));
        QVERIFY(!list.all().contains("KEYRINGTEST"));

        m_server.setDefault(path, FakeReply::json(R"({"data":[],"has_more":false})"));
        const CliRun test = runTokenwise(keys(QStringLiteral("test"), QStringLiteral("anthropic")), env());
        QCOMPARE(test.exitCode, 0);

        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("KEYRINGTEST"), qPrintable(file.fileName()));
        }
    }

    void pollUsesTheStoredKeyAndNoFileHoldsIt()
    {
        const QString path = QStringLiteral("/v1/organizations/usage_report/claude_code");
        // Yesterday (UTC) had one row for this user: a closed day, so it becomes a reported figure.
        const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
        m_server.setHandler(path, [yesterday](const RecordedRequest &r) {
            if (r.query.queryItemValue(QStringLiteral("starting_at")) != yesterday)
                return FakeReply::json(R"({"data":[],"has_more":false,"next_page":null})");
            return FakeReply::json(
                R"({"data":[{"date":"2026-03-10","actor":{"type":"user_actor",)"
                R"("email_address":"dev@example.com"},"model_breakdown":[{"model":"claude-sonnet-4-5",)"
                R"("tokens":{"input":1,"output":1,"cache_read":0,"cache_creation":0},)"
                R"("estimated_cost":{"amount":"123.45","currency":"USD"}}]}],"has_more":false})");
        });
        m_server.setDefault(QStringLiteral("/v1/organizations/cost_report"),
                            FakeReply::json(R"({"data":[],"has_more":false,"next_page":null})"));
        const CliRun config
            = runTokenwise({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("anthropic.identity"), QStringLiteral("dev@example.com")},
                           env());
        QCOMPARE(config.exitCode, 0);
        const qsizetype before = m_server.requests().size();
        const CliRun poll = runTokenwise(
            {QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("anthropic")}, env());
        QVERIFY2(poll.exitCode == 0, poll.all().constData());
        QVERIFY2(poll.out.contains("anthropic: ok"), poll.out.constData());
        QVERIFY(m_server.requests().size() > before);
        QCOMPARE(m_server.requests().constLast().header("x-api-key"), m_key);

        QStringList scanned;
        for (const QString &dir :
             {m_dir.filePath(QStringLiteral("data")), m_dir.filePath(QStringLiteral("config"))}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                scanned << QFileInfo(file).fileName();
                const QByteArray bytes = file.readAll();
                QVERIFY2(!bytes.contains(m_key), qPrintable(file.fileName()));
                QVERIFY2(!bytes.contains("KEYRINGTEST"), qPrintable(file.fileName()));
            }
        }
        QVERIFY2(scanned.contains(QStringLiteral("ledger.sqlite")),
                 qPrintable(scanned.join(QLatin1Char(' '))));
        QVERIFY(scanned.contains(QStringLiteral("tokenwise.ini")));
    }

    void rejectedKeyIsNotStored()
    {
        const QString path = QStringLiteral("/v1/organizations/usage_report/claude_code");
        m_server.setDefault(path,
                            FakeReply::json(R"({"type":"error","error":{"type":"permission_error",)"
                                            R"("message":"not an admin key"}})",
                                            403));
        const CliRun set = runTokenwise(keys(QStringLiteral("set"), QStringLiteral("anthropic")), env(),
                                        "sk-ant-api03-WRONGKIND-0123456789-zzzz\n");
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains("rejected"), set.err.constData());
        QVERIFY(!set.all().contains("WRONGKIND"));
        const CliRun list = runTokenwise(keys(QStringLiteral("list")), env());
        QVERIFY2(list.out.contains("sk-…wxyz"), list.out.constData()); // the earlier key is still there
    }

    void rateLimitedKeyIsStoredNotVerifiedYet()
    {
        m_server.setDefault(QStringLiteral("/api/v1/key"),
                            FakeReply {429, R"({"error":{"message":"slow"}})", {{"Retry-After", "120"}}});
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TOKENWISE_OPENROUTER_BASE_URL"), m_server.baseUrl().toString());
        const CliRun set = runTokenwise(keys(QStringLiteral("set"), QStringLiteral("openrouter")), e,
                                        "sk-or-v1-LATERCHECK-0123456789abcdef\n");
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains("not verified yet"), set.out.constData());
        const CliRun remove = runTokenwise(keys(QStringLiteral("remove"), QStringLiteral("openrouter")), e);
        QCOMPARE(remove.exitCode, 0);
        QVERIFY(remove.out.contains("Removed"));
        const CliRun list = runTokenwise(keys(QStringLiteral("list")), e);
        QVERIFY2(list.out.contains("openrouter   no key"), list.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeysKeyring)
#include "test_keys_keyring.moc"
