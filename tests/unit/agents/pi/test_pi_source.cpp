// pi: sessions at ~/.pi/agent/sessions/<project>/ under a private HOME; the cost pi recorded is the cost.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/pi/PiSource.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("pi");

QByteArray line(const char *time, const char *model, const char *usage)
{
    return QByteArray(R"({"type":"message","timestamp":")") + time
        + R"(","message":{"role":"assistant","model":")" + model + R"(","provider":"anthropic","usage":)"
        + usage + "}}\n";
}

} // namespace

class TestPiSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    QString sessions() const { return QDir::homePath() + QStringLiteral("/.pi/agent/sessions/"); }

    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("pi"));
    }

    void init() { QDir(QDir::homePath() + QStringLiteral("/.pi")).removeRecursively(); }

    void sessionIdFromTheFileName()
    {
        QCOMPARE(pi::sessionIdOf(QStringLiteral("2026-01-02T00-00-00_abc-123.jsonl")),
                 QStringLiteral("abc-123"));
        QCOMPARE(pi::sessionIdOf(QStringLiteral("agent_session-a.jsonl")), QStringLiteral("session-a"));
        QCOMPARE(pi::sessionIdOf(QStringLiteral("plain.jsonl")), QStringLiteral("plain"));
    }

    // The shared sample: a model the table does not know, but pi recorded $0.05 — ccusage 20.0.24 agrees.
    void recordedCostOfTheFixture()
    {
        QVERIFY(writeFile(sessions() + QStringLiteral("project-a/agent_session-a.jsonl"),
                          readFixture(QStringLiteral("pi/agent_session-a.jsonl"))));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).files, 1);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-01-02 unknown-model-xyz"));
        QCOMPARE(day.tokens, tokens(100, 200, 0));
        QCOMPARE(day.cost, 50'000);
        QCOMPARE(day.bases, QStringList {QStringLiteral("recorded")});
        const TaskInfo task = ledger.tasks().value(kSource + QStringLiteral("\nsession-a"));
        QCOMPARE(task.projectDir, QStringLiteral("project-a"));
    }

    // A recorded cost of 0 is not a cost: the tokens are priced (1000 × $3/M + 100 × $15/M + 2000 × $0.30/M
    // + 500 × $3.75/M = $0.006975 on claude-sonnet-4-5).
    void zeroRecordedCostIsPricedFromTokens()
    {
        QVERIFY(writeFile(
            sessions() + QStringLiteral("p/2026-01-03_s1.jsonl"),
            line(
                "2026-01-03T10:00:00.000Z", "claude-sonnet-4-5",
                R"({"input":1000,"output":100,"cacheRead":2000,"cacheWrite":500,"totalTokens":3600,"cost":{"total":0}})")));
        MemoryLedger ledger;
        ingest(ledger);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-01-03 claude-sonnet-4-5"));
        QCOMPARE(day.tokens, tokens(1000, 100, 2000, 500));
        QCOMPARE(day.cost, 3000 + 1500 + 600 + 1875);
        QCOMPARE(day.bases, QStringList {QStringLiteral("priced")});
    }

    void agentDirOverrideAndIncrementalReading()
    {
        QTemporaryDir root;
        qputenv("PI_AGENT_DIR", root.path().toUtf8());
        const QString path = root.path() + QStringLiteral("/sessions/p/2026-01-03_s1.jsonl");
        const QByteArray first
            = line("2026-01-03T10:00:00.000Z", "m", R"({"input":10,"output":1,"cost":{"total":0.01}})");
        QVERIFY(
            writeFile(path, first + "{\"type\":\"message\",\"usage\": broken\n")); // a usage line cut short
        MemoryLedger ledger;
        const SourceScanStatus one = ingest(ledger);
        QCOMPARE(one.searched, QStringList {root.path() + QStringLiteral("/sessions")});
        QCOMPARE(one.malformed, 1);
        const QByteArray second
            = line("2026-01-03T11:00:00.000Z", "m", R"({"input":20,"output":2,"cost":{"total":0.02}})");
        QVERIFY(appendFile(path, second + second.left(25)));
        const SourceScanStatus two = ingest(ledger);
        qunsetenv("PI_AGENT_DIR");
        QCOMPARE(two.bytesRead, second.size());
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-01-03 m"));
        QCOMPARE(day.tokens, tokens(30, 3, 0));
        QCOMPARE(day.cost, 30'000);
    }
};

QTEST_GUILESS_MAIN(TestPiSource)
#include "test_pi_source.moc"
