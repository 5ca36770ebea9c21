// Folders and files the user cannot read, under both log roots. As root every permission check passes, so
// the test first becomes an ordinary user (nobody); then ingest must finish, keep what it could read, name
// each place it could not, and read it in full once the permission is back.
#include "ClaudeUsageLine.h"
#include "app/ingest/Ingestor.h"
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tokenwise;

namespace {

// One Codex turn of 1,000 input (400 cached) and 300 output tokens.
QByteArray codexRollout(const char *id)
{
    return QByteArray(R"({"timestamp":"2026-03-10T09:00:00.000Z","type":"session_meta","payload":{"id":")")
        + id
        + R"(","timestamp":"2026-03-10T09:00:00.000Z","cwd":"/home/a/app","originator":"codex_cli_rs",)"
          R"("cli_version":"0.63.0","source":"cli","model_provider":"openai"}})"
          "\n"
          R"({"timestamp":"2026-03-10T09:00:01.000Z","type":"turn_context","payload":{"cwd":"/home/a/app",)"
          R"("model":"gpt-5"}})"
          "\n"
          R"({"timestamp":"2026-03-10T09:00:05.000Z","type":"event_msg","payload":{"type":"token_count",)"
          R"("info":{"total_token_usage":{"input_tokens":1000,"cached_input_tokens":400,"output_tokens":300,)"
          R"("reasoning_output_tokens":0,"total_tokens":1300},"last_token_usage":{"input_tokens":1000,)"
          R"("cached_input_tokens":400,"output_tokens":300,"reasoning_output_tokens":0,"total_tokens":1300}}}})"
          "\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// setgroups, then the group, then the user: in the other order the later calls are no longer allowed.
bool becomeNobody()
{
    const uid_t nobody = 65534;
    return ::setgroups(0, nullptr) == 0 && ::setresgid(nobody, nobody, nobody) == 0
        && ::setresuid(nobody, nobody, nobody) == 0 && ::geteuid() == nobody;
}

} // namespace

class TestPermissionDenied : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteLedger> m_ledger;
    PriceBook m_prices;
    QString m_lockedFolder, m_lockedFile, m_lockedCodex;

    MicroUsd costOf(const char *source)
    {
        MicroUsd cost = 0;
        for (const UsageSlice &s : m_ledger->usageSlices({}))
            cost += s.source == QLatin1String(source) ? s.cost : 0;
        return cost;
    }

    static const SourceScanStatus &status(const IngestSummary &summary, const char *source)
    {
        for (const SourceScanStatus &s : summary.sources) {
            if (s.source == QLatin1String(source))
                return s;
        }
        static const SourceScanStatus none;
        return none;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(::geteuid() != 0, "still root: the permission checks below would all pass");
        const QString claude = m_dir.filePath(QStringLiteral("claude"));
        const QString projects = claude + QStringLiteral("/projects");
        const QString codex = m_dir.filePath(QStringLiteral("codex"));
        QVERIFY(writeFile(projects + QStringLiteral("/-home-a-app/good.jsonl"),
                          claudeUsageLine("A") + claudeUsageLine("B")));
        m_lockedFile = projects + QStringLiteral("/-home-a-app/locked.jsonl");
        QVERIFY(writeFile(m_lockedFile, claudeUsageLine("C")));
        m_lockedFolder = projects + QStringLiteral("/-home-a-locked");
        QVERIFY(writeFile(m_lockedFolder + QStringLiteral("/s2.jsonl"), claudeUsageLine("D")));
        QVERIFY(writeFile(codex + QStringLiteral("/sessions/2026/03/10/rollout-2026-03-10T09-00-00-a.jsonl"),
                          codexRollout("0196c6a2-0000-7000-8000-00000000000a")));
        m_lockedCodex = codex + QStringLiteral("/sessions/2026/03/11");
        QVERIFY(writeFile(m_lockedCodex + QStringLiteral("/rollout-2026-03-11T09-00-00-b.jsonl"),
                          codexRollout("0196c6a2-0000-7000-8000-00000000000b")));
        QVERIFY(setMode(m_lockedFile, 0) && setMode(m_lockedFolder, 0) && setMode(m_lockedCodex, 0));
        QVERIFY2(::access(QFile::encodeName(m_lockedFolder).constData(), R_OK) != 0,
                 "a mode-0 folder is readable: this process can override permissions");

        qputenv("CLAUDE_CONFIG_DIR", claude.toLocal8Bit());
        qputenv("CODEX_HOME", codex.toLocal8Bit());
        auto ledger = SqliteLedger::open(m_dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY2(ledger, qPrintable(ledger.error()));
        m_ledger = std::move(ledger).value();
        auto prices = PriceBook::load();
        QVERIFY(prices);
        m_prices = std::move(prices).value();
    }

    // The same for the agents of the registry: an unreadable Gemini project folder and an unreadable Amp
    // thread are named, the readable data is kept, and nothing is lost once they can be read.
    void unreadableAgentPlacesAreNamed()
    {
        const QString tmp = m_dir.filePath(QStringLiteral("gemini-tmp"));
        const QByteArray chat
            = R"({"sessionId":"s1","startTime":"2026-05-18T09:00:00.000Z"})"
              "\n"
              R"({"id":"m1","timestamp":"2026-05-18T09:01:00.000Z","type":"gemini","model":"gemini-3-flash-preview","tokens":{"input":1000,"output":100,"cached":0,"total":1100}})"
              "\n";
        QVERIFY(writeFile(tmp + QStringLiteral("/good/chats/session-2026-05-18T09-00-s1.jsonl"), chat));
        const QString locked = tmp + QStringLiteral("/locked");
        QVERIFY(writeFile(locked + QStringLiteral("/chats/session-2026-05-18T09-00-s2.jsonl"),
                          QByteArray(chat).replace("s1", "s2")));
        const QString amp = m_dir.filePath(QStringLiteral("amp"));
        const QString thread = amp + QStringLiteral("/threads/T-locked.json");
        QVERIFY(writeFile(thread, R"({"id":"T-locked","messages":[]})"));
        QVERIFY(setMode(locked, 0) && setMode(thread, 0));
        qputenv("GEMINI_DATA_DIR", tmp.toLocal8Bit());
        qputenv("AMP_DATA_DIR", amp.toLocal8Bit());
        MemoryLedger ledger;
        const auto summary
            = Ingestor(ledger, m_prices).ingestLocal({QStringLiteral("gemini-cli"), QStringLiteral("amp")});
        QVERIFY(summary);
        QCOMPARE(status(*summary, "gemini-cli").errors,
                 QStringList {locked + QStringLiteral(": cannot read this folder (Permission denied)")});
        QCOMPARE(status(*summary, "amp").errors,
                 QStringList {thread + QStringLiteral(": Permission denied")});
        QCOMPARE(ledger.eventCount(), 1);
        QVERIFY(setMode(locked, 0755) && setMode(thread, 0644));
        const auto restored = Ingestor(ledger, m_prices).ingestLocal({QStringLiteral("gemini-cli")});
        qunsetenv("GEMINI_DATA_DIR");
        qunsetenv("AMP_DATA_DIR");
        QVERIFY(restored);
        QCOMPARE(status(*restored, "gemini-cli").errors, QStringList());
        QCOMPARE(ledger.eventCount(), 2);
    }

    void unreadablePlacesAreNamedAndTheRestIsKept()
    {
        Ingestor ingestor(*m_ledger, m_prices);
        const auto summary = ingestor.ingestLocal();
        QVERIFY2(summary, qPrintable(summary.error()));
        const SourceScanStatus &claude = status(*summary, "claude-code");
        QCOMPARE(claude.files, 2); // good.jsonl and locked.jsonl are listed; the locked folder cannot be
        QCOMPARE(claude.errors.size(), 2);
        QVERIFY2(claude.errors.contains(m_lockedFolder
                                        + QStringLiteral(": cannot read this folder (Permission denied)")),
                 qPrintable(claude.errors.join(QLatin1Char('\n'))));
        QVERIFY2(claude.errors.contains(m_lockedFile + QStringLiteral(": Permission denied")),
                 qPrintable(claude.errors.join(QLatin1Char('\n'))));
        const SourceScanStatus &codex = status(*summary, "codex");
        QCOMPARE(codex.files, 1);
        QCOMPARE(
            codex.errors,
            QStringList {m_lockedCodex + QStringLiteral(": cannot read this folder (Permission denied)")});

        QCOMPARE(m_ledger->eventCount(), 3); // A, B and the readable Codex turn
        QCOMPARE(costOf("claude-code"), 2 * 3'300); // 100 × $3/M + 200 × $15/M each
        QCOMPARE(costOf("codex"), 3'800); // 600 × $1.25/M + 400 cached × $0.125/M + 300 × $10/M (gpt-5)

        // The same again reads nothing new and still names the same places.
        const auto again = Ingestor(*m_ledger, m_prices).ingestLocal();
        QVERIFY(again);
        QCOMPARE(status(*again, "claude-code").errors.size(), 2);
        QCOMPARE(status(*again, "claude-code").bytesRead, 0);
        QCOMPARE(m_ledger->eventCount(), 3);

        // With the permission back, everything that was behind it is read: nothing was lost.
        QVERIFY(setMode(m_lockedFile, 0644) && setMode(m_lockedFolder, 0755) && setMode(m_lockedCodex, 0755));
        const auto restored = Ingestor(*m_ledger, m_prices).ingestLocal();
        QVERIFY(restored);
        QCOMPARE(status(*restored, "claude-code").errors, QStringList());
        QCOMPARE(status(*restored, "codex").errors, QStringList());
        QCOMPARE(status(*restored, "claude-code").files, 3);
        QCOMPARE(m_ledger->eventCount(), 6);
        QCOMPARE(costOf("claude-code"), 4 * 3'300);
        QCOMPARE(costOf("codex"), 2 * 3'800);
    }
};

int main(int argc, char **argv)
{
    if (::geteuid() == 0 && !becomeNobody()) {
        std::perror("test_permission_denied: could not drop root to run as nobody");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestPermissionDenied test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_permission_denied.moc"
