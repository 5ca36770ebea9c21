// The app's refresh (UsageService, its own connection on a pool thread) and several `tokenwise ingest`
// processes on one ledger at once: WAL, the busy timeout and one writer at a time make every run succeed,
// and the ledger ends exactly as one clean ingest leaves it.
#include "CorpusGenerator.h"
#include "app/usage/UsageService.h"
#include "store/SqliteLedger.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

class TestConcurrentIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_claude;
    QString m_codex;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_claude);
        env.insert(QStringLiteral("CODEX_HOME"), m_codex);
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    QProcess *startIngest(const QString &dataDir)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(environment());
        p->start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"),
                 {QStringLiteral("ingest"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir});
        return p;
    }

private slots:
    void initTestCase()
    {
        m_claude = m_dir.filePath(QStringLiteral("claude"));
        m_codex = m_dir.filePath(QStringLiteral("codex"));
        QVERIFY(generateClaudeCorpus(m_claude, 3, 10, 50));
        QVERIFY(generateCodexCorpus(m_codex, 10));
        // The app side of the race reads the same logs through this process's environment.
        qputenv("CLAUDE_CONFIG_DIR", m_claude.toLocal8Bit());
        qputenv("CODEX_HOME", m_codex.toLocal8Bit());
    }

    void appAndCliIngestTogether()
    {
        const QString clean = m_dir.filePath(QStringLiteral("clean"));
        QProcess *reference = startIngest(clean);
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

        QList<QProcess *> cli;
        for (int i = 0; i < 3; ++i)
            cli << startIngest(shared);
        service.refreshNow();
        QVERIFY(ready.wait(240'000));
        for (QProcess *p : cli) {
            if (p->state() != QProcess::NotRunning) // the event loop above may have reaped it already
                QVERIFY(p->waitForFinished(240'000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        QCOMPARE(failed.count(), 0);
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
    }
};

QTEST_GUILESS_MAIN(TestConcurrentIngest)
#include "test_concurrent_ingest.moc"
