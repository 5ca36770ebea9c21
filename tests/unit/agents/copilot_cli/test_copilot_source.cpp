// GitHub Copilot CLI under a private ~/.copilot: the journal's shutdown totals, the OTel file export, the
// session store built in the test, and the precedence that keeps them from counting one session twice.
#include "AgentTestSupport.h"
#include "SqliteFixture.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("copilot-cli");

QByteArray shutdownJournal(const char *session, const char *when, qint64 input, qint64 cacheRead,
                           qint64 output)
{
    return QStringLiteral(
               R"({"type":"session.start","timestamp":"2026-04-09T08:00:00.000Z","data":{"sessionId":"%1","context":{"cwd":"/home/dev/app","model":"anthropic/claude-sonnet-4.5"}}})"
               "\n"
               R"({"type":"session.shutdown","timestamp":"%2","data":{"shutdownType":"routine","totalPremiumRequests":2,"modelMetrics":{"claude-sonnet-4.5":{"requests":{"count":2,"cost":2},"usage":{"inputTokens":%3,"outputTokens":%5,"cacheReadTokens":%4,"cacheWriteTokens":0}}}}})"
               "\n")
        .arg(QLatin1String(session), QLatin1String(when))
        .arg(input)
        .arg(cacheRead)
        .arg(output)
        .toUtf8();
}

} // namespace

class TestCopilotSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    static QString home() { return QDir::homePath() + QStringLiteral("/.copilot"); }
    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        qunsetenv("COPILOT_HOME");
        qunsetenv("COPILOT_OTEL_FILE_EXPORTER_PATH");
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Copilot CLI"));
    }

    void init() { QDir(home()).removeRecursively(); }

    // splitrail's journal: only the shutdown has real totals, per model; input includes cache (subtracted).
    // A session total is priced at base rates: 2.3M prompt tokens were many requests, none above 200K.
    void journalShutdownTotals()
    {
        QVERIFY(writeFile(home() + QStringLiteral("/session-state/cli-session-usage/events.jsonl"),
                          readFixture(QStringLiteral("copilot-cli/session-state-events.jsonl"))));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QVERIFY2(status.errors.isEmpty(), qPrintable(status.errors.join(u'\n')));
        const QMap<QString, Stored> days = stored(ledger, kSource);
        QCOMPARE(days.value(QStringLiteral("2026-04-08 gpt-5.4")).tokens, tokens(100'000, 32'700, 4'600'000));
        const Stored claude = days.value(QStringLiteral("2026-04-08 claude-sonnet-4.5"));
        QCOMPARE(claude.tokens, tokens(100'000, 8'700, 2'200'000));
        // 100,000 × $3/M + 8,700 × $15/M + 2,200,000 × $0.30/M
        QCOMPARE(claude.cost, 300'000 + 130'500 + 660'000);
        const QStringList notes = findLocalSource(kSource)->notes(ledger.cursors(kSource));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.constFirst().startsWith(QStringLiteral("1 Copilot premium requests recorded")),
                 qPrintable(notes.constFirst()));
        QCOMPARE(ledger.tasks().value(kSource + QStringLiteral("\ncli-session-usage")).cwd,
                 QStringLiteral("/home/user/project"));
    }

    // A resumed session writes a second, cumulative shutdown: it replaces the first instead of adding to it.
    void resumedSessionTakesTheLastShutdown()
    {
        const QString path = home() + QStringLiteral("/session-state/s-1/events.jsonl");
        QVERIFY(writeFile(path, shutdownJournal("s-1", "2026-04-09T09:00:00.000Z", 10'000, 8'000, 500)));
        MemoryLedger ledger;
        ingest(ledger);
        QVERIFY(appendFile(path, shutdownJournal("s-1", "2026-04-09T11:00:00.000Z", 30'000, 20'000, 1'500)));
        ingest(ledger);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-04-09 claude-sonnet-4.5"));
        QCOMPARE(day.events, 1);
        QCOMPARE(day.tokens, tokens(10'000, 1'500, 20'000));
    }

    // ccusage's export: only chat spans count; the invoke_agent span and the inference log repeat chat-1's
    // usage under the same response id. Input includes cache reads and writes (GenAI semconv): 19,452 −
    // 123 − 25 = 19,304 (ccusage subtracts only the reads: 19,329). chat-1 has no time: skipped and counted.
    void otelExportChatSpansOnly()
    {
        QVERIFY(writeFile(home() + QStringLiteral("/otel/export.jsonl"),
                          readFixture(QStringLiteral("copilot-cli/otel-file-export.jsonl"))));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.noTimestamp, 1);
        const QMap<QString, Stored> days = stored(ledger, kSource);
        QCOMPARE(days.keys(), QStringList {QStringLiteral("2026-04-11 claude-sonnet-4")});
        QCOMPARE(days.first().tokens, tokens(19'304, 281, 123, 25, 128));
    }

    // The store beats the export, which beats the journal: each session is counted from one of them.
    void precedenceStoreThenOtelThenJournal()
    {
        {
            SqliteFixture store(home() + QStringLiteral("/session-store.db"));
            QVERIFY(store.execAll({
                QStringLiteral(
                    "CREATE TABLE sessions (id TEXT PRIMARY KEY, cwd TEXT, repository TEXT, host_type TEXT,"
                    " branch TEXT, summary TEXT, created_at TEXT, updated_at TEXT)"),
                QStringLiteral(
                    "CREATE TABLE assistant_usage_events (id INTEGER PRIMARY KEY, session_id TEXT,"
                    " turn_index INTEGER, model TEXT, copilot_usage_model TEXT, input_tokens INTEGER,"
                    " output_tokens INTEGER, cache_read_tokens INTEGER, cache_write_tokens INTEGER,"
                    " reasoning_tokens INTEGER, total_nano_aiu REAL, request_multiplier REAL,"
                    " initiator TEXT, duration_ms INTEGER, created_at TEXT)"),
                QStringLiteral("INSERT INTO sessions (id, cwd) VALUES ('s-store', '/home/dev/store')"),
                QStringLiteral(
                    "INSERT INTO assistant_usage_events (session_id, model, input_tokens, output_tokens,"
                    " cache_read_tokens, cache_write_tokens, reasoning_tokens, total_nano_aiu, created_at)"
                    " VALUES ('s-store', 'claude-sonnet-4.5', 1000, 100, 600, 100, 0, 4000000000,"
                    " '2026-04-10T10:00:00.000Z'),"
                    " ('s-store', 'claude-sonnet-4.5', 2000, 200, 1500, 0, 0, 4000000000,"
                    " '2026-04-10T10:01:00.000Z')"),
            }));
        }
        // The same session in the journal: not counted again.
        QVERIFY(writeFile(home() + QStringLiteral("/session-state/s-store/events.jsonl"),
                          shutdownJournal("s-store", "2026-04-10T11:00:00.000Z", 3'000, 2'100, 300)));
        // A session the export holds: its journal is not counted either.
        QVERIFY(writeFile(
            home() + QStringLiteral("/otel/export.jsonl"),
            R"({"type":"span","traceId":"t9","spanId":"c9","name":"chat claude-sonnet-4.5","endTime":[1775815200,0],"attributes":{"gen_ai.operation.name":"chat","gen_ai.response.model":"claude-sonnet-4.5","gen_ai.conversation.id":"s-otel","gen_ai.response.id":"r9","gen_ai.usage.input_tokens":500,"gen_ai.usage.output_tokens":50}})"
            "\n"));
        QVERIFY(writeFile(home() + QStringLiteral("/session-state/s-otel/events.jsonl"),
                          shutdownJournal("s-otel", "2026-04-10T11:00:00.000Z", 500, 0, 50)));
        // A session only the journal knows: counted from it.
        QVERIFY(writeFile(home() + QStringLiteral("/session-state/s-journal/events.jsonl"),
                          shutdownJournal("s-journal", "2026-04-10T12:00:00.000Z", 700, 0, 70)));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QVERIFY2(status.errors.isEmpty(), qPrintable(status.errors.join(u'\n')));
        QCOMPARE(status.files, 5);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-04-10 claude-sonnet-4.5"));
        QCOMPARE(day.events, 2 + 1 + 1);
        // store: (1000 − 700) + (2000 − 1500) input; export 500; journal 700
        QCOMPARE(day.tokens.input, 300 + 500 + 500 + 700);
        QCOMPARE(day.tokens.output, 300 + 50 + 70);
        QCOMPARE(day.tokens.cacheRead, 600 + 1500);
        QCOMPARE(day.tokens.cacheWrite5m, 100);
        QCOMPARE(ledger.tasks().value(kSource + QStringLiteral("\ns-store")).cwd,
                 QStringLiteral("/home/dev/store"));
        const QStringList notes = findLocalSource(kSource)->notes(ledger.cursors(kSource));
        QVERIFY2(
            notes.contains(QStringLiteral("Copilot AIU cost recorded: $0.0800 (GitHub's own unit, kept apart "
                                          "from the API-equivalent cost)")),
            qPrintable(notes.join(u'\n')));
    }

    void unknownStoreSchemaIsNamed()
    {
        {
            SqliteFixture store(home() + QStringLiteral("/session-store.db"));
            QVERIFY(store.exec(QStringLiteral("CREATE TABLE usage (id INTEGER, tokens INTEGER)")));
            QVERIFY(store.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.errors.size(), 1);
        QVERIFY2(status.errors.constFirst().contains(QStringLiteral(
                     "Copilot CLI (schema 4)'s database has a layout Tokenwise does not know (no table "
                     "assistant_usage_events)")),
                 qPrintable(status.errors.constFirst()));
    }

    void homeOverride()
    {
        QTemporaryDir dir;
        qputenv("COPILOT_HOME", dir.path().toUtf8());
        const LocalListing listing = findLocalSource(kSource)->list();
        qunsetenv("COPILOT_HOME");
        QCOMPARE(listing.searched, QStringList {dir.path()});
        QCOMPARE(listing.roots, QStringList {dir.path()});
    }
};

QTEST_GUILESS_MAIN(TestCopilotSource)
#include "test_copilot_source.moc"
