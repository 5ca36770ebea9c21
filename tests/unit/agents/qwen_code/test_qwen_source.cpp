// Qwen Code: chats at ~/.qwen/projects/<project>/chats/ under a private HOME, exact tokens, every trap of
// agent-formats.md §3, incremental reading.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/qwen_code/QwenChat.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("qwen-code");

QByteArray assistant(const char *uuid, const char *time, const char *usage, const char *model = "coder-model",
                     const char *extra = "")
{
    return QByteArray(R"({"uuid":")") + uuid + R"(","sessionId":"s1","timestamp":")" + time
        + R"(","type":"assistant","cwd":"/home/dev/app","gitBranch":"feature/QW-3","model":")" + model
        + R"(",)" + extra + R"("message":{"role":"model","parts":[{"text":"ok"}]},"usageMetadata":)" + usage
        + "}\n";
}

} // namespace

class TestQwenSource : public QObject
{
    Q_OBJECT

    QString chat(const QString &name = QStringLiteral("s1.jsonl")) const
    {
        return QDir::homePath() + QStringLiteral("/.qwen/projects/-home-dev-app/chats/") + name;
    }

    SourceScanStatus ingest(Ledger &ledger, const PriceBook &prices)
    {
        return ingestSource(ledger, prices, kSource);
    }

    std::optional<PriceBook> m_prices;

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Qwen Code"));
    }

    void init() { QDir(QDir::homePath() + QStringLiteral("/.qwen")).removeRecursively(); }

    void tokenClasses()
    {
        QCOMPARE(qwen::tokenClasses(600, 5, 50, 0), tokens(550, 5, 50));
        QCOMPARE(qwen::tokenClasses(500, 20, 0, 30), tokens(500, 50, 0, 0, 30)); // thoughts inside output
        QCOMPARE(qwen::tokenClasses(100, 1, 400, 0), tokens(100, 1, 400)); // an exclusive prompt: kept
    }

    // The shared sample: two API calls; the ui_telemetry copies of them are not counted again, and the 50
    // cached tokens are taken out of the 600-token prompt (ccusage 20.0.24 says input 1100).
    void fixtureAtTheDefaultLocation()
    {
        QVERIFY(writeFile(chat(QStringLiteral("69f0814a-8bfc-4c8e-93d3-05757f17b96f.jsonl")),
                          readFixture(QStringLiteral("qwen-code/session.jsonl"))));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger, *m_prices);
        QCOMPARE(status.files, 1);
        QCOMPARE(status.candidateEvents, 2);
        const auto days = stored(ledger, kSource);
        QCOMPARE(days.keys(), QStringList {QStringLiteral("2026-06-15 coder-model")});
        QCOMPARE(days.first().tokens, tokens(1050, 25, 50));
        QCOMPARE(days.first().bases,
                 QStringList {QStringLiteral("unpriced")}); // an alias the table cannot price
        const TaskInfo task
            = ledger.tasks().value(kSource + QStringLiteral("\n69f0814a-8bfc-4c8e-93d3-05757f17b96f"));
        QCOMPARE(task.cwd, QStringLiteral("/tmp/qwentest"));
        QCOMPARE(task.projectDir, QStringLiteral("-home-dev-app"));
    }

    void dataDirOverride()
    {
        QTemporaryDir other;
        qputenv("QWEN_DATA_DIR", other.path().toUtf8());
        QVERIFY(writeFile(other.path() + QStringLiteral("/p/chats/s9.jsonl"),
                          assistant("u1", "2026-06-16T10:00:00.000Z",
                                    R"({"promptTokenCount":10,"candidatesTokenCount":1})")));
        const LocalListing listing = findLocalSource(kSource)->list();
        qunsetenv("QWEN_DATA_DIR");
        QCOMPARE(listing.searched, QStringList {other.path()});
        QCOMPARE(listing.files.size(), 1);
        QCOMPARE(listing.files.constFirst().projectDir, QStringLiteral("p"));
    }

    // A uuid repeated by a resumed session is another call when its time differs; a sub-agent's records
    // (isSidechain) are calls of their own; the task gets the record's folder and branch.
    void repeatedUuidsSubAgentsAndTheTask()
    {
        QVERIFY(writeFile(
            chat(),
            assistant("u1", "2026-06-16T10:00:00.000Z",
                      R"({"promptTokenCount":1000,"candidatesTokenCount":10,"cachedContentTokenCount":400})")
                + assistant(
                    "u1", "2026-06-16T11:00:00.000Z",
                    R"({"promptTokenCount":1000,"candidatesTokenCount":10,"cachedContentTokenCount":400})")
                + assistant("u2", "2026-06-16T11:05:00.000Z",
                            R"({"promptTokenCount":300,"candidatesTokenCount":30,"thoughtsTokenCount":20})",
                            "coder-model", R"("isSidechain":true,"agentId":"a1",)")));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger, *m_prices).candidateEvents, 3);
        QCOMPARE(stored(ledger, kSource).value(QStringLiteral("2026-06-16 coder-model")).tokens,
                 tokens(600 + 600 + 300, 10 + 10 + 50, 800, 0, 20));
        const TaskInfo task = ledger.tasks().value(kSource + QStringLiteral("\ns1"));
        QCOMPARE(task.cwd, QStringLiteral("/home/dev/app"));
        QCOMPARE(task.gitBranch, QStringLiteral("feature/QW-3"));
        // Re-reading the same bytes (the file replaced by a copy) counts nothing twice.
        const QByteArray bytes = [&] {
            QFile f(chat());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QFile::remove(chat()));
        QVERIFY(writeFile(chat(), bytes));
        ingest(ledger, *m_prices);
        QCOMPARE(stored(ledger, kSource).value(QStringLiteral("2026-06-16 coder-model")).events, 3);
    }

    // A model id the bundled table lacks is priced through the source's candidates (qwen/<m>) when a table
    // override has it: 1000 × $0.40/M input, 100 × $1.60/M output, 500 × $0.10/M cache read.
    void priceCandidatesReachAPrefixedKey()
    {
        QTemporaryDir config;
        QVERIFY(writeFile(
            config.path() + QStringLiteral("/model_prices.json"),
            R"({"qwen/qwen3-coder-plus":{"input_cost_per_token":4e-07,"output_cost_per_token":1.6e-06,)"
            R"("cache_read_input_token_cost":1e-07,"litellm_provider":"qwen","mode":"chat"}})"));
        auto prices = PriceBook::load(config.path());
        QVERIFY2(prices.ok(), qPrintable(prices.error()));
        QVERIFY(writeFile(
            chat(),
            assistant("u1", "2026-06-16T10:00:00.000Z",
                      R"({"promptTokenCount":1500,"candidatesTokenCount":100,"cachedContentTokenCount":500})",
                      "qwen3-coder-plus")));
        MemoryLedger ledger;
        ingest(ledger, *prices);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-06-16 qwen3-coder-plus"));
        QCOMPARE(day.bases, QStringList {QStringLiteral("priced")});
        QCOMPARE(day.cost, 400 + 160 + 50);
    }

    void incrementalReadingAndBadLines()
    {
        const QByteArray first = assistant("u1", "2026-06-16T10:00:00.000Z",
                                           R"({"promptTokenCount":100,"candidatesTokenCount":10})");
        QVERIFY(writeFile(chat(),
                          first
                              + R"({"uuid":"u9","type":"assistant","usageMetadata":{"promptTokenCount":"x"}})"
                                "\n"
                              + "{\"usageMetadata\": broken\n"));
        MemoryLedger ledger;
        const SourceScanStatus one = ingest(ledger, *m_prices);
        QCOMPARE(one.malformed, 2);
        QCOMPARE(one.candidateEvents, 1);
        const QByteArray next = assistant("u2", "2026-06-16T10:01:00.000Z",
                                          R"({"promptTokenCount":200,"candidatesTokenCount":20})");
        QVERIFY(appendFile(chat(), next + next.left(40)));
        const SourceScanStatus two = ingest(ledger, *m_prices);
        QCOMPARE(two.bytesRead, next.size());
        QCOMPARE(two.candidateEvents, 1);
        QCOMPARE(stored(ledger, kSource).value(QStringLiteral("2026-06-16 coder-model")).tokens,
                 tokens(300, 30, 0));
    }
};

QTEST_GUILESS_MAIN(TestQwenSource)
#include "test_qwen_source.moc"
