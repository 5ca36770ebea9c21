// A key never leaves the keychain or the environment: not in debug logs, errors, `keys list`, exports or the
// ledger; `keys set` refuses it on the command line; config files are 0600 and data dirs 0700.
#include "CliRunner.h"
#include "FakeHttpServer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    // Distinct fragments: a provider that echoes a key shortens or stars it, so the middle is searched too.
    const QByteArray m_key = "sk-or-v1-SECRETSTEST0123456789abcdefWXYZ";
    const QList<QByteArray> m_fragments {"sk-or-v1-SECRETSTEST0123456789abcdefWXYZ", "SECRETSTEST",
                                         "0123456789abcdef"};

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = cliEnvironment(m_dir.filePath(QStringLiteral("data")),
                                               m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("TOKENWISE_OPENROUTER_BASE_URL"), m_server.baseUrl().toString());
        e.insert(QStringLiteral("TOKENWISE_OPENROUTER_KEY"), QString::fromLatin1(m_key));
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        return e;
    }

    void verifyClean(const QByteArray &text, const char *what)
    {
        for (const QByteArray &fragment : m_fragments)
            QVERIFY2(!text.contains(fragment),
                     qPrintable(QStringLiteral("%1 holds the key").arg(QLatin1String(what))));
    }

    void verifyNoFileHoldsTheKey()
    {
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &fragment : m_fragments)
                QVERIFY2(!bytes.contains(fragment), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 3);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void keyNeverInDebugLogsOrErrors()
    {
        // A rejection that echoes the key back, a server error that does too, then a good reply.
        const QByteArray echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + m_key + "\"}}";
        int calls = 0;
        const QByteArray good = "{\"data\":{\"label\":\"" + m_key.left(12)
            + "…\",\"usage\":1.5,\"usage_daily\":0.25,"
              "\"usage_weekly\":1.0,\"usage_monthly\":1.5,\"limit\":null,\"is_free_tier\":false}}";
        m_server.setHandler(QStringLiteral("/api/v1/key"), [&](const RecordedRequest &) {
            ++calls;
            if (calls == 1)
                return FakeReply::json(echo, 401);
            if (calls == 2)
                return FakeReply {500, echo, {{"X-Echo", m_key}}};
            return FakeReply::json(good);
        });
        CliRun run = runTokenwise(
            {QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("openrouter")}, env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("[key]") || run.err.contains("rejected"), run.err.constData());
        verifyClean(run.all(), "a rejected poll's output");

        run = runTokenwise({QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("openrouter")},
                           env());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY2(run.err.contains("tokenwise.net"),
                 "debug logging was not on"); // the logs were really written
        verifyClean(run.all(), "a debug-level poll's output");
        QCOMPARE(m_server.requests().constLast().header("Authorization"), "Bearer " + m_key);
    }

    void keyNeverInKeysListExportsOrTheLedger()
    {
        CliRun list = runTokenwise({QStringLiteral("keys"), QStringLiteral("list")}, env());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("sk-…WXYZ"), list.out.constData());
        verifyClean(list.all(), "keys list");

        for (const char *format : {"md", "csv", "html"}) {
            const QString out = m_dir.filePath(QStringLiteral("data/export.") + QLatin1String(format));
            const CliRun exported = runTokenwise({QStringLiteral("export"), QStringLiteral("--week"),
                                                  QStringLiteral("current"), QStringLiteral("--format"),
                                                  QLatin1String(format), QStringLiteral("--out"), out},
                                                 env());
            QVERIFY2(exported.exitCode == 0, exported.all().constData());
            QVERIFY(QFileInfo::exists(out));
            verifyClean(exported.all(), "export output");
        }
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("data/ledger.sqlite"))));
        verifyNoFileHoldsTheKey();
    }

    void keysSetRefusesTheKeyOnTheCommandLine()
    {
        const CliRun run = runTokenwise({QStringLiteral("keys"), QStringLiteral("set"),
                                         QStringLiteral("openrouter"), QString::fromLatin1(m_key)},
                                        env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("standard input"));
        verifyClean(run.all(), "keys set with an argument");
    }

    void filesAreOwnerOnly()
    {
        const CliRun config
            = runTokenwise({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("anthropic.identity"), QStringLiteral("dev@example.com")},
                           env());
        QCOMPARE(config.exitCode, 0);
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        for (const char *dir : {"data", "config"}) {
            const QString path = m_dir.filePath(QLatin1String(dir));
            QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
            QVERIFY(QFile::permissions(path) & QFile::ExeOwner);
        }
        QDirIterator it(m_dir.path(), {QStringLiteral("*.ini"), QStringLiteral("*.sqlite*")},
                        QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2((QFile::permissions(path) & others) == QFile::Permissions(), qPrintable(path));
            ++files;
        }
        QVERIFY(files >= 2); // tokenwise.ini and ledger.sqlite at least
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_secrets.moc"
