// The app's refresh (UsageService, its own connection on a pool thread), several `tokenwise ingest` and
// `tokenwise poll` processes on one ledger at once: WAL, the busy timeout and one writer at a time make
// every run succeed, and the ledger ends exactly as one clean ingest and one poll leave it.
#include "CorpusGenerator.h"
#include "FakeHttpServer.h"
#include "app/usage/UsageService.h"
#include "store/SqliteLedger.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tokenwise;

class TestConcurrentIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_claude;
    QString m_codex;
    FakeHttpServer m_server;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_claude);
        env.insert(QStringLiteral("CODEX_HOME"), m_codex);
        env.insert(QStringLiteral("TOKENWISE_CONFIG_DIR"), m_dir.filePath(QStringLiteral("cli-config")));
        env.insert(QStringLiteral("TOKENWISE_OPENROUTER_BASE_URL"), m_server.baseUrl().toString());
        env.insert(QStringLiteral("TOKENWISE_OPENROUTER_KEY"),
                   QStringLiteral("sk-or-v1-CONCURRENT0123456789abcdef"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    QProcess *start(const QString &command, const QString &dataDir)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(environment());
        p->start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"),
                 {command, QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir});
        return p;
    }

private slots:
    void initTestCase()
    {
        m_claude = m_dir.filePath(QStringLiteral("claude"));
        m_codex = m_dir.filePath(QStringLiteral("codex"));
        TOKENWISE_SKIP_WITHOUT_SHARED_TOOLS();
        QVERIFY(generateClaudeCorpus(m_claude, 3, 10, 50));
        QVERIFY(generateCodexCorpus(m_codex, 10));
        QVERIFY(m_server.start());
        m_server.setDefault(QStringLiteral("/api/v1/key"),
                            FakeReply::json(R"({"data":{"usage":25.5,"usage_daily":"1.2","limit":null}})"));
        // The app side of the race reads the same logs through this process's environment.
        qputenv("CLAUDE_CONFIG_DIR", m_claude.toLocal8Bit());
        qputenv("CODEX_HOME", m_codex.toLocal8Bit());
    }

    void appAndCliIngestAndPollTogether()
    {
        const QString clean = m_dir.filePath(QStringLiteral("clean"));
        QProcess *reference = start(QStringLiteral("ingest"), clean);
        QVERIFY(reference->waitForFinished(240'000));
        QCOMPARE(reference->exitCode(), 0);
        const qint64 expected = QJsonDocument::fromJson(reference->readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("events"))
                                    .toInteger();
        QVERIFY(expected > 1'000);

        const QString shared = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        UsageService::Options options;
        options.databasePath = QDir(shared).filePath(QStringLiteral("ledger.sqlite"));
        options.configDir = m_dir.filePath(QStringLiteral("config"));
        UsageService service(options);
        QSignalSpy ready(&service, &UsageService::snapshotReady);
        QSignalSpy failed(&service, &UsageService::refreshFailed);

        const QDate firstDay = QDateTime::currentDateTimeUtc().date();
        QList<QProcess *> cli;
        for (int i = 0; i < 3; ++i)
            cli << start(QStringLiteral("ingest"), shared);
        // Two polls write the provider's day while the ingests write events: both must get the lock.
        for (int i = 0; i < 2; ++i)
            cli << start(QStringLiteral("poll"), shared);
        service.refreshNow();
        QVERIFY(ready.wait(240'000));
        // The polls need this thread's event loop to be answered, so no blocking waitForFinished() here.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(cli.cbegin(), cli.cend(),
                                             [](QProcess *p) { return p->state() == QProcess::NotRunning; }),
                                 240'000);
        for (QProcess *p : cli) {
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/key")), 2);
        QVERIFY(!service.snapshot().demo); // real data, not the demo history

        auto ledger = SqliteLedger::open(options.databasePath);
        QVERIFY(ledger);
        QCOMPARE((*ledger)->eventCount(), expected);
        auto cleanLedger = SqliteLedger::open(QDir(clean).filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(cleanLedger);
        const auto totals = [](Ledger &l) {
            qint64 output = 0, input = 0, cost = 0;
            for (const UsageSlice &s : l.usageSlices({})) {
                output += s.tokens.output;
                input += s.tokens.input;
                cost += s.cost;
            }
            return std::tuple(input, output, cost);
        };
        QCOMPARE(totals(**ledger), totals(**cleanLedger));

        // The provider's day is stored once, exactly, however the two polls interleaved.
        const QDate lastDay = QDateTime::currentDateTimeUtc().date();
        const QList<ReportedDayCost> reported = (*ledger)->reportedCosts(firstDay, lastDay);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().source, QStringLiteral("openrouter"));
        QCOMPARE(reported.first().cost, 1'200'000);
        QCOMPARE((*ledger)->pollState(QStringLiteral("openrouter"))->state, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentIngest)
#include "test_concurrent_ingest.moc"
