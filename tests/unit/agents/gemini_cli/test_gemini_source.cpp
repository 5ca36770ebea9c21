// Gemini CLI: chats found at the default place under a private HOME, exact tokens and cost, every trap of
// agent-formats.md §2, incremental reading.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/gemini_cli/GeminiChat.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("gemini-cli");

QByteArray meta(const char *session)
{
    return QByteArray(R"({"sessionId":")") + session
        + R"(","projectHash":"p","startTime":"2026-05-18T09:00:00.000Z","lastUpdated":"2026-05-18T09:00:00.000Z","kind":"main"})"
          "\n";
}

QByteArray message(const char *id, const char *time, const char *tokens,
                   const char *model = "gemini-3-flash-preview")
{
    return QByteArray(R"({"id":")") + id + R"(","timestamp":")" + time
        + R"(","type":"gemini","content":[{"text":"x"}],"model":")" + model + R"(","tokens":)" + tokens
        + "}\n";
}

} // namespace

class TestGeminiSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    QString chats(const QString &project = QStringLiteral("my-repo")) const
    {
        return QDir::homePath() + QStringLiteral("/.gemini/tmp/") + project + QStringLiteral("/chats/");
    }

    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QVERIFY(findLocalSource(kSource));
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Gemini CLI"));
    }

    void init() { QDir(QDir::homePath() + QStringLiteral("/.gemini")).removeRecursively(); }

    void tokenClassesOfTheFixtureLine()
    {
        // input 15327 includes the 11526 cached; 7 tool-prompt tokens are input too; 919 thoughts are output.
        const TokenCounts t = gemini::tokenClasses({15327, 23, 11526, 919, 7, 16276});
        QCOMPARE(t, tokens(3808, 942, 11526, 0, 919));
        // An older file that stored net input: total = input + cached + output, so input is taken as it is.
        QCOMPARE(gemini::tokenClasses({500, 10, 300, 0, 0, 810}), tokens(500, 10, 300));
        // Cached larger than the prompt never goes negative.
        QCOMPARE(gemini::tokenClasses({100, 1, 400, 0, 0, -1}).input, 0);
    }

    // The shared sample at ~/.gemini/tmp/<project>/chats/: ccusage 20.0.24 agrees on every token class.
    void fixtureAtTheDefaultLocation()
    {
        QVERIFY(writeFile(
            chats(QStringLiteral("project-a")) + QStringLiteral("session-2026-05-17T11-07-session-a.jsonl"),
            readFixture(QStringLiteral("gemini-cli/session-2026-05-17T11-07-session-a.jsonl"))));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.files, 1);
        QCOMPARE(status.roots, QStringList {QDir::homePath() + QStringLiteral("/.gemini/tmp")});
        const auto days = stored(ledger, kSource);
        QCOMPARE(days.keys(), QStringList {QStringLiteral("2026-05-17 gemini-3-flash-preview")});
        const Stored &day = days.first();
        QCOMPARE(day.tokens, tokens(3808, 942, 11526, 0, 919));
        // 3808 × $0.50/M + 11526 × $0.05/M + 942 × $3/M = $0.0053063, stored to the micro-dollar.
        QCOMPARE(day.cost, 5306);
        QCOMPARE(day.bases, QStringList {QStringLiteral("priced")});
        const TaskInfo task = ledger.tasks().value(kSource + QLatin1Char('\n') + QStringLiteral("session-a"));
        QCOMPARE(task.sessionId, QStringLiteral("session-a"));
        QCOMPARE(task.projectDir, QStringLiteral("project-a"));
    }

    void environmentOverrides()
    {
        QTemporaryDir other;
        qputenv("GEMINI_CLI_HOME", other.path().toUtf8());
        QVERIFY(writeFile(other.path() + QStringLiteral("/.gemini/tmp/p/chats/session-x.jsonl"),
                          meta("s1")
                              + message("m1", "2026-05-18T09:01:00.000Z",
                                        R"({"input":1000,"output":100,"cached":0,"total":1100})")));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).files, 1);
        qunsetenv("GEMINI_CLI_HOME");
        QTemporaryDir a, b;
        qputenv("GEMINI_DATA_DIR", (a.path() + QStringLiteral(",") + b.path()).toUtf8());
        QVERIFY(writeFile(b.path() + QStringLiteral("/p/chats/session-y.jsonl"),
                          meta("s2")
                              + message("m1", "2026-05-18T09:01:00.000Z",
                                        R"({"input":1000,"output":100,"cached":0,"total":1100})")));
        const LocalListing listing = findLocalSource(kSource)->list();
        qunsetenv("GEMINI_DATA_DIR");
        QCOMPARE(listing.searched, (QStringList {a.path(), b.path()}));
        QCOMPARE(listing.files.size(), 1);
    }

    // A message is re-appended on every change: its last record wins; records without tokens add nothing.
    void lastRecordOfAMessageWins()
    {
        QVERIFY(writeFile(
            chats() + QStringLiteral("session-2026-05-18T09-00-s1.jsonl"),
            meta("s1")
                + R"({"id":"m1","timestamp":"2026-05-18T09:01:00.000Z","type":"gemini","content":[]})"
                  "\n"
                + message("m1", "2026-05-18T09:01:00.000Z",
                          R"({"input":1000,"output":100,"cached":0,"thoughts":0,"tool":0,"total":1100})")
                + R"({"$set":{"lastUpdated":"2026-05-18T09:01:05.000Z"}})"
                  "\n"
                + message("m1", "2026-05-18T09:01:00.000Z",
                          R"({"input":1000,"output":200,"cached":0,"thoughts":50,"tool":0,"total":1250})")));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.candidateEvents, 1);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-05-18 gemini-3-flash-preview"));
        QCOMPARE(day.events, 1);
        QCOMPARE(day.tokens, tokens(1000, 250, 0, 0, 50));
        QCOMPARE(day.cost, 1000 * 1 / 2 + 250 * 3); // $0.50/M input, $3/M output: 1,250 µ$
    }

    // $rewindTo drops messages from the conversation, but their API calls were made and billed.
    void rewoundMessagesStayCounted()
    {
        QVERIFY(writeFile(chats() + QStringLiteral("session-2026-05-18T09-00-s1.jsonl"),
                          meta("s1")
                              + message("m2", "2026-05-18T09:02:00.000Z",
                                        R"({"input":2000,"output":100,"cached":0,"total":2100})")
                              + R"({"$rewindTo":"m2"})"
                                "\n"));
        MemoryLedger ledger;
        ingest(ledger);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-05-18 gemini-3-flash-preview"));
        QCOMPARE(day.tokens, tokens(2000, 100, 0));
        QCOMPARE(day.cost, 1000 + 300);
    }

    // A resumed legacy session is copied into X.jsonl while X.json stays: read once. A legacy-only one
    // counts.
    void legacyDocumentBesideItsJsonlCountsOnce()
    {
        const QByteArray legacy
            = R"({"sessionId":"s5","startTime":"2026-05-18T08:00:00.000Z","messages":[)"
              R"({"id":"m5","timestamp":"2026-05-18T08:01:00.000Z","type":"gemini","model":"gemini-3-flash-preview","tokens":{"input":100,"output":10,"cached":0,"total":110}}]})";
        QVERIFY(writeFile(chats() + QStringLiteral("session-2026-05-18T08-00-s5.json"), legacy));
        QVERIFY(writeFile(chats() + QStringLiteral("session-2026-05-18T08-00-s5.jsonl"),
                          meta("s5")
                              + message("m5", "2026-05-18T08:01:00.000Z",
                                        R"({"input":100,"output":10,"cached":0,"total":110})")));
        QVERIFY(writeFile(chats() + QStringLiteral("session-2026-05-18T07-00-s6.json"),
                          QByteArray(legacy).replace("s5", "s6").replace("m5", "m6")));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.files, 2); // s5.jsonl and s6.json; s5.json is left out
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-05-18 gemini-3-flash-preview"));
        QCOMPARE(day.events, 2);
        QCOMPARE(day.tokens, tokens(200, 20, 0));
        // The legacy document is rewritten whole: a rewrite with one more message adds only that message.
        QVERIFY(writeFile(
            chats() + QStringLiteral("session-2026-05-18T07-00-s6.json"),
            QByteArray(legacy)
                .replace("s5", "s6")
                .replace("m5", "m6")
                .replace(
                    "}]}",
                    R"(},{"id":"m7","timestamp":"2026-05-18T08:02:00.000Z","type":"gemini","model":"gemini-3-flash-preview","tokens":{"input":100,"output":10,"cached":0,"total":110}}]})")));
        ingest(ledger);
        QCOMPARE(stored(ledger, kSource).value(QStringLiteral("2026-05-18 gemini-3-flash-preview")).tokens,
                 tokens(300, 30, 0));
    }

    // Sub-agent chats live in chats/<parentSessionId>/ and belong to the parent's task; projects.json names
    // the project's folder.
    void subAgentsBelongToTheirParentAndProjectsJsonGivesTheFolder()
    {
        QVERIFY(writeFile(QDir::homePath() + QStringLiteral("/.gemini/projects.json"),
                          R"({"projects":{"/home/dev/my-repo":"my-repo"}})"));
        QVERIFY(writeFile(chats() + QStringLiteral("session-2026-05-18T09-00-parent01.jsonl"),
                          meta("parent01-full")
                              + message("m1", "2026-05-18T09:01:00.000Z",
                                        R"({"input":1000,"output":100,"cached":0,"total":1100})")));
        QVERIFY(writeFile(chats() + QStringLiteral("parent01-full/sub-1.jsonl"),
                          meta("sub-1")
                              + message("m1", "2026-05-18T09:03:00.000Z",
                                        R"({"input":3000,"output":300,"cached":0,"total":3300})")));
        MemoryLedger ledger;
        ingest(ledger);
        LedgerQuery query;
        query.sources = {kSource};
        const QList<TaskSlice> slices = ledger.taskSlices(query);
        qint64 input = 0;
        for (const TaskSlice &s : slices) {
            QCOMPARE(s.sessionId, QStringLiteral("parent01-full"));
            input += s.tokens.input;
        }
        QCOMPARE(input, 4000); // both files, neither subtracted; the same message id in two files stays two
        QCOMPARE(ledger.tasks().value(kSource + QStringLiteral("\nparent01-full")).cwd,
                 QStringLiteral("/home/dev/my-repo"));
    }

    void incrementalReadingAndBadLines()
    {
        const QString path = chats() + QStringLiteral("session-2026-05-18T09-00-s1.jsonl");
        QVERIFY(writeFile(path,
                          meta("s1")
                              + message("m1", "2026-05-18T09:01:00.000Z",
                                        R"({"input":1000,"output":100,"cached":0,"total":1100})")
                              + "{not json\n"));
        MemoryLedger ledger;
        SourceScanStatus first = ingest(ledger);
        QCOMPARE(first.malformed, 1);
        QCOMPARE(first.candidateEvents, 1);
        const QByteArray appended
            = message("m2", "2026-05-18T09:05:00.000Z", R"({"input":10,"output":1,"cached":0,"total":11})");
        const QByteArray half
            = message("m3", "2026-05-18T09:06:00.000Z", R"({"input":20,"output":2,"cached":0,"total":22})");
        QVERIFY(appendFile(path, appended + half.left(30)));
        const SourceScanStatus second = ingest(ledger);
        QCOMPARE(second.bytesRead, appended.size()); // only the new complete line: the half line waits
        QCOMPARE(second.candidateEvents, 1);
        QVERIFY(appendFile(path, half.mid(30)));
        const SourceScanStatus third = ingest(ledger);
        QCOMPARE(third.bytesRead, half.size());
        QCOMPARE(stored(ledger, kSource).value(QStringLiteral("2026-05-18 gemini-3-flash-preview")).tokens,
                 tokens(1030, 103, 0));
        QCOMPARE(ingest(ledger).changedFiles, 0); // nothing new: nothing opened
        QCOMPARE(ledger.sourceTotals().constFirst().malformed, 1);
    }

    void unknownModelStaysUnpriced()
    {
        QVERIFY(writeFile(chats() + QStringLiteral("session-2026-05-18T09-00-s1.jsonl"),
                          meta("s1")
                              + message("m1", "2026-05-18T09:01:00.000Z",
                                        R"({"input":1000,"output":100,"cached":0,"total":1100})",
                                        "gemini-9-ultra")));
        MemoryLedger ledger;
        ingest(ledger);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-05-18 gemini-9-ultra"));
        QCOMPARE(day.tokens, tokens(1000, 100, 0));
        QCOMPARE(day.bases, QStringList {QStringLiteral("unpriced")});
        QCOMPARE(day.cost, 0);
    }
};

QTEST_GUILESS_MAIN(TestGeminiSource)
#include "test_gemini_source.moc"
