// A key never leaves the keychain or the environment: not in debug logs, errors, `keys list`, exports, the
// ledger or a crash's core file; `keys set` refuses it on the command line; config files are 0600 and data
// dirs 0700.
#include "CliRunner.h"
#include "FakeHttpServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/resource.h>

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

    struct Crash
    {
        QByteArray core; // empty when no core file was written
        QByteArray output;
        bool crashed = false;
    };

    // Starts `program` in an empty folder with no core size limit, waits until `ready` holds, then sends it
    // SIGABRT. The kernel here writes cores as `core*` into the working folder (core_pattern `core`).
    Crash crash(const QString &program, const QStringList &args, const QProcessEnvironment &environment,
                const std::function<bool()> &ready)
    {
        QTemporaryDir folder;
        QProcess p;
        p.setProcessEnvironment(environment);
        p.setWorkingDirectory(folder.path());
        p.setChildProcessModifier([] {
            const rlimit unlimited {RLIM_INFINITY, RLIM_INFINITY};
            ::setrlimit(RLIMIT_CORE, &unlimited);
        });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(program, args);
        Crash result;
        if (!p.waitForStarted(5'000))
            return result;
        QElapsedTimer timer;
        timer.start();
        while (!ready() && timer.elapsed() < 20'000)
            QTest::qWait(10);
        ::kill(pid_t(p.processId()), SIGABRT); // what a failed assertion or std::terminate sends
        if (!finished.wait(60'000))
            return result;
        result.crashed = p.exitStatus() == QProcess::CrashExit;
        result.output = p.readAllStandardOutput() + p.readAllStandardError();
        for (const QString &name : QDir(folder.path()).entryList({QStringLiteral("core*")}, QDir::Files)) {
            QFile core(folder.filePath(name));
            if (core.open(QIODevice::ReadOnly))
                result.core = core.readAll();
        }
        return result;
    }

    // A poll whose request stalls: the key is in memory when the crash comes.
    Crash crashDuringPoll(const QProcessEnvironment &environment)
    {
        FakeReply stalled;
        stalled.stall = true;
        m_server.setDefault(QStringLiteral("/api/v1/key"), stalled);
        const qsizetype before = m_server.requestCount(QStringLiteral("/api/v1/key"));
        return crash(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"),
                     {QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("openrouter")},
                     environment,
                     [&] { return m_server.requestCount(QStringLiteral("/api/v1/key")) > before; });
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void crashWritesNoCoreFile()
    {
        // The control: an ordinary process killed the same way leaves a core here, or the test proves
        // nothing.
        const Crash control = crash(QStringLiteral("/bin/sleep"), {QStringLiteral("30")},
                                    QProcessEnvironment::systemEnvironment(), [] { return true; });
        QVERIFY(control.crashed);
        if (control.core.isEmpty())
            QSKIP("this kernel writes no core file into the working folder (see "
                  "/proc/sys/kernel/core_pattern)");

        const Crash poll = crashDuringPoll(env());
        QVERIFY(poll.crashed);
        QVERIFY2(poll.core.isEmpty(), "a crashed poll left a core file");
        verifyClean(poll.output, "a crashed poll's output");
    }

    // The opt-out for debugging works, and shows what the default prevents: the key is in the core.
    void coreDumpsCanBeAllowedForDebugging()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer turns core files off itself");
#endif
        QProcessEnvironment allowed = env();
        allowed.insert(QStringLiteral("TOKENWISE_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
        const Crash poll = crashDuringPoll(allowed);
        QVERIFY(poll.crashed);
        if (poll.core.isEmpty())
            QSKIP("this kernel writes no core file into the working folder (see "
                  "/proc/sys/kernel/core_pattern)");
        QVERIFY(poll.core.contains(m_key));
    }

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
