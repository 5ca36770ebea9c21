// OpenClaw: sessions under ~/.openclaw (and its former names)/agents/<agent>/sessions/; model_change lines,
// recorded costs, reset and deleted copies counted once.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/openclaw/OpenClawSource.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("openclaw");

QByteArray usage(qint64 ms, const char *usageJson)
{
    return QByteArray(R"({"type":"message","message":{"role":"assistant","usage":)") + usageJson
        + R"(,"timestamp":)" + QByteArray::number(ms) + "}}\n";
}

} // namespace

class TestOpenClawSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("OpenClaw"));
    }

    void init()
    {
        for (const char *name : {".openclaw", ".clawdbot", ".moltbot", ".moldbot"})
            QDir(QDir::home().filePath(QLatin1String(name))).removeRecursively();
    }

    void sessionFileNames()
    {
        QVERIFY(openclaw::isSessionFile("abc.jsonl"));
        QVERIFY(openclaw::isSessionFile("abc.jsonl.deleted.2026-01-30T10-00-00"));
        QVERIFY(openclaw::isSessionFile("abc.jsonl.reset.1769753935"));
        QVERIFY(!openclaw::isSessionFile("sessions.json"));
        QVERIFY(!openclaw::isSessionFile("abc.jsonl.bak"));
    }

    // The shared sample: the model comes from the model_change line; ccusage 20.0.24 agrees on every figure.
    void fixtureAtTheDefaultLocation()
    {
        QVERIFY(writeFile(QDir::homePath() + QStringLiteral("/.openclaw/agents/main/sessions/abc.jsonl"),
                          readFixture(QStringLiteral("openclaw/abc.jsonl"))));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).files, 1);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-01-30 gpt-5.2"));
        QCOMPARE(day.tokens, tokens(1660, 55, 108928));
        QCOMPARE(day.cost, 20'000);
        QCOMPARE(day.bases, QStringList {QStringLiteral("recorded")});
        QCOMPARE(ledger.tasks().value(kSource + QStringLiteral("\nabc")).projectDir, QStringLiteral("main"));
    }

    // A reset or deleted session is kept as a copy that repeats its lines: the usage happened once.
    void resetAndDeletedCopiesCountOnce()
    {
        const QString dir
            = QDir::homePath() + QStringLiteral("/.clawdbot/agents/main/sessions/"); // a former name
        const QByteArray lines
            = QByteArray(R"({"type":"model_change","provider":"openai","modelId":"gpt-5.2"})"
                         "\n")
            + usage(1769753935279, R"({"input":1000,"output":100,"cacheRead":0,"costUSD":0.01})")
            + usage(1769753995279, R"({"input":2000,"output":200,"cacheRead":0,"cost":{"total":0.02}})");
        QVERIFY(writeFile(dir + QStringLiteral("s1.jsonl.reset.1769754000"), lines));
        QVERIFY(writeFile(dir + QStringLiteral("s1.jsonl"),
                          lines + usage(1769754055279, R"({"input":500,"output":50,"cacheRead":0})")));
        QVERIFY(writeFile(
            dir + QStringLiteral("s2.jsonl.deleted.1769754100"),
            QByteArray(R"({"type":"model_change","modelId":"gpt-5.2"})"
                       "\n")
                + usage(1769753935279, R"({"input":7,"output":1,"cacheRead":0,"cost":{"total":0.001}})")));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.files, 3);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-01-30 gpt-5.2"));
        QCOMPARE(day.tokens, tokens(1000 + 2000 + 500 + 7, 100 + 200 + 50 + 1, 0));
        // $0.01 + $0.02 + $0.001 recorded, and the line without a cost priced: 500 × $1.75/M + 50 × $14/M.
        QCOMPARE(day.cost, 10'000 + 20'000 + 1'000 + 875 + 700);
        QCOMPARE(day.bases, (QStringList {QStringLiteral("recorded"), QStringLiteral("priced")}));
    }

    // The model of a model_change line holds for lines appended in a later run.
    void modelCarriesOverAppendsAndTheDirOverride()
    {
        QTemporaryDir root;
        qputenv("OPENCLAW_DIR", root.path().toUtf8());
        const QString path = root.path() + QStringLiteral("/agents/a1/sessions/s1.jsonl");
        QVERIFY(writeFile(path,
                          QByteArray(R"({"type":"model_change","modelId":"gpt-5.2"})"
                                     "\n")
                              + usage(1769753935279, R"({"input":10,"output":1,"cost":{"total":0.5}})")));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).searched, QStringList {root.path() + QStringLiteral("/agents")});
        QVERIFY(appendFile(path, usage(1769753995279, R"({"input":20,"output":2,"cost":{"total":0.25}})")));
        QCOMPARE(ingest(ledger).candidateEvents, 1);
        qunsetenv("OPENCLAW_DIR");
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-01-30 gpt-5.2"));
        QCOMPARE(day.events, 2);
        QCOMPARE(day.cost, 750'000);
    }
};

QTEST_GUILESS_MAIN(TestOpenClawSource)
#include "test_openclaw_source.moc"
