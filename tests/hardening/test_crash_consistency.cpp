// `tokenwise ingest` killed with SIGKILL at many points, then run to the end: the ledger must equal a clean
// one-shot run. A lost event (cursor ahead of its events) or a doubled one (events without their cursor)
// changes the totals.
#include "CorpusGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

class TestCrashConsistency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_claude;
    QString m_codex;

    QProcessEnvironment environment(const QString &dataDir) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_claude);
        env.insert(QStringLiteral("CODEX_HOME"), m_codex);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir);
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    QByteArray run(const QStringList &args, const QString &dataDir)
    {
        QProcess p;
        p.setProcessEnvironment(environment(dataDir));
        p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"), args);
        if (!p.waitForFinished(240'000) || p.exitCode() != 0) {
            qWarning() << "tokenwise" << args << "failed:" << p.readAllStandardError();
            return {};
        }
        return p.readAllStandardOutput();
    }

    static qint64 bytesRead(const QJsonObject &ingest)
    {
        qint64 bytes = 0;
        for (const QJsonValue &source : ingest.value(QStringLiteral("sources")).toArray())
            bytes += source.toObject().value(QStringLiteral("bytesRead")).toInteger();
        return bytes;
    }

    static QStringList dailyJson()
    {
        return {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                QStringLiteral("--timezone"), QStringLiteral("UTC")};
    }

private slots:
    void initTestCase()
    {
        m_claude = m_dir.filePath(QStringLiteral("claude"));
        m_codex = m_dir.filePath(QStringLiteral("codex"));
        TOKENWISE_SKIP_WITHOUT_SHARED_TOOLS();
        QVERIFY(generateClaudeCorpus(m_claude, 4, 12, 60));
        QVERIFY(generateCodexCorpus(m_codex, 20));
    }

    void killedIngestsEndEqualToACleanOne()
    {
        // The reference: one uninterrupted ingest into a fresh ledger, timed to spread the kills over it.
        const QString clean = m_dir.filePath(QStringLiteral("clean"));
        QElapsedTimer timer;
        timer.start();
        const QJsonObject cleanIngest
            = QJsonDocument::fromJson(run({QStringLiteral("ingest"), QStringLiteral("--json")}, clean))
                  .object();
        const qint64 durationMs = std::max<qint64>(timer.elapsed(), 50);
        const qint64 cleanEvents = cleanIngest.value(QStringLiteral("events")).toInteger();
        QVERIFY(cleanEvents > 5'000); // more than one commit batch, so kills land between commits
        const QJsonArray reference = QJsonDocument::fromJson(run(dailyJson(), clean))
                                         .object()
                                         .value(QStringLiteral("daily"))
                                         .toArray();
        QVERIFY(!reference.isEmpty());
        // And it equals the in-memory one-shot report.
        QCOMPARE(QJsonDocument::fromJson(run(dailyJson() << QStringLiteral("--no-store"), clean))
                     .object()
                     .value(QStringLiteral("daily"))
                     .toArray(),
                 reference);

        const QString victim = m_dir.filePath(QStringLiteral("victim"));
        constexpr int kKills = 16;
        int killedMidway = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess p;
            p.setProcessEnvironment(environment(victim));
            p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"),
                    {QStringLiteral("ingest")});
            QVERIFY(p.waitForStarted());
            // Kill points from early in the process to twice a full run's length.
            QTest::qSleep(int(durationMs * (i + 1) * 2 / kKills));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidway;
            }
            QVERIFY(p.waitForFinished(60'000));
        }
        qInfo() << "killed" << killedMidway << "of" << kKills << "ingests mid-way; a clean ingest takes"
                << durationMs << "ms";
        QVERIFY(killedMidway >= kKills / 2);

        const QJsonObject finalIngest
            = QJsonDocument::fromJson(run({QStringLiteral("ingest"), QStringLiteral("--json")}, victim))
                  .object();
        QCOMPARE(finalIngest.value(QStringLiteral("events")).toInteger(), cleanEvents);
        // The killed runs did commit part of the work (the kills fell between commits), and the last run
        // only read the rest.
        qInfo() << "the final run read" << bytesRead(finalIngest) << "of" << bytesRead(cleanIngest)
                << "bytes";
        QVERIFY(bytesRead(finalIngest) < bytesRead(cleanIngest));
        const QJsonArray after = QJsonDocument::fromJson(run(dailyJson(), victim))
                                     .object()
                                     .value(QStringLiteral("daily"))
                                     .toArray();
        QCOMPARE(after, reference);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "test_crash_consistency.moc"
