// Kimi CLI: wire files under ~/.kimi/sessions/ in a private HOME, the model from the config, repeated status
// updates once, sub-agents counted, the kimi-for-coding alias priced by date.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/kimi_cli/KimiWire.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("kimi-cli");

QByteArray status(double seconds, const char *messageId, const char *usage)
{
    return QByteArray(R"({"timestamp":)") + QByteArray::number(seconds, 'f', 3)
        + R"(,"message":{"type":"StatusUpdate","payload":{"token_usage":)" + usage + R"(,"message_id":")"
        + messageId + "\"}}}\n";
}

} // namespace

class TestKimiSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    QString kimi() const { return QDir::homePath() + QStringLiteral("/.kimi"); }

    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Kimi CLI"));
    }

    void init() { QDir(kimi()).removeRecursively(); }

    // The shared sample: the wire file names no model, config.json does; every count equals
    // ccusage 20.0.24's.
    void fixtureAtTheDefaultLocation()
    {
        QVERIFY(writeFile(kimi() + QStringLiteral("/config.json"),
                          readFixture(QStringLiteral("kimi-cli/config.json"))));
        QVERIFY(writeFile(kimi() + QStringLiteral("/sessions/group/session-a/wire.jsonl"),
                          readFixture(QStringLiteral("kimi-cli/wire.jsonl"))));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).files, 1);
        const Stored day = stored(ledger, kSource).value(QStringLiteral("2026-02-13 kimi-k2"));
        QCOMPARE(day.tokens, tokens(100, 50, 10, 20));
        QCOMPARE(day.bases, QStringList {QStringLiteral("unpriced")}); // not in the bundled table: never $0
        QCOMPARE(ledger.tasks().value(kSource + QStringLiteral("\nsession-a")).projectDir,
                 QStringLiteral("group"));
    }

    void modelFromTheConfigFiles()
    {
        QCOMPARE(kimi::configuredModel(kimi()), QStringLiteral("kimi-for-coding")); // nothing configured
        QVERIFY(
            writeFile(kimi() + QStringLiteral("/config.toml"),
                      "# Kimi\ndefault_model = \"kimi-k2-turbo\"\n[models.other]\ndefault_model = \"no\"\n"));
        QCOMPARE(kimi::configuredModel(kimi()), QStringLiteral("kimi-k2-turbo"));
        QVERIFY(writeFile(kimi() + QStringLiteral("/config.json"), R"({"model":"kimi-k2"})"));
        QCOMPARE(kimi::configuredModel(kimi()), QStringLiteral("kimi-k2"));
        qputenv("KIMI_MODEL_NAME", "kimi-k2.6");
        QCOMPARE(kimi::configuredModel(kimi()), QStringLiteral("kimi-k2.6"));
        qunsetenv("KIMI_MODEL_NAME");
    }

    // kimi-for-coding is priced as kimi-k2.5 before 2026-04-20T15:28:10.072Z and as kimi-k2.6 from then on:
    // 1000 input, 100 output, 2000 cache read → k2.5: 600 + 225 + 200 µ$; k2.6: 954 + 396.1 + 322 µ$.
    void subscriptionAliasIsPricedByDate()
    {
        QCOMPARE(kimi::kimiPriceCandidates(QStringLiteral("kimi-for-coding"), 1'776'698'890'071).constFirst(),
                 QStringLiteral("kimi-k2.5"));
        QCOMPARE(kimi::kimiPriceCandidates(QStringLiteral("kimi-for-coding"), 1'776'698'890'072).constFirst(),
                 QStringLiteral("kimi-k2.6"));
        const char *usage
            = R"({"input_other":1000,"output":100,"input_cache_read":2000,"input_cache_creation":0})";
        QVERIFY(writeFile(kimi() + QStringLiteral("/sessions/h/s1/wire.jsonl"),
                          QByteArray(R"({"type":"metadata","protocol_version":"1.3"})"
                                     "\n")
                              + status(1776600000.0, "m1", usage) + status(1776800000.0, "m2", usage)));
        MemoryLedger ledger;
        ingest(ledger);
        const auto days = stored(ledger, kSource);
        QCOMPARE(days.value(QStringLiteral("2026-04-19 kimi-for-coding")).cost, 600 + 225 + 200);
        QCOMPARE(days.value(QStringLiteral("2026-04-21 kimi-for-coding")).cost, 1672); // 1672.1 µ$
    }

    // A repeated StatusUpdate for one message counts once (the last); a sub-agent's file counts on its own,
    // for the parent's session, even when its message ids repeat the parent's.
    void repeatsOnceSubAgentsApartAndAppends()
    {
        qputenv("KIMI_MODEL_NAME", "kimi-k2.5");
        const QString wire = kimi() + QStringLiteral("/sessions/h/s1/wire.jsonl");
        QVERIFY(writeFile(wire,
                          status(1776600000.0, "m1", R"({"input_other":10,"output":1})")
                              + status(1776600001.0, "m1", R"({"input_other":10,"output":5})")));
        QVERIFY(writeFile(kimi() + QStringLiteral("/sessions/h/s1/subagents/a7/wire.jsonl"),
                          status(1776600002.0, "m1", R"({"input_other":300,"output":30})")));
        MemoryLedger ledger;
        const SourceScanStatus one = ingest(ledger);
        QCOMPARE(one.files, 2);
        QCOMPARE(one.candidateEvents, 2);
        const QByteArray more = status(1776600003.0, "m2", R"({"input_other":1,"output":1})");
        QVERIFY(appendFile(wire, more + "{\"token_usage\": cut"));
        const SourceScanStatus two = ingest(ledger);
        qunsetenv("KIMI_MODEL_NAME");
        QCOMPARE(two.bytesRead, more.size());
        QCOMPARE(stored(ledger, kSource).value(QStringLiteral("2026-04-19 kimi-k2.5")).tokens,
                 tokens(311, 36, 0));
        LedgerQuery query;
        query.sources = {kSource};
        for (const TaskSlice &slice : ledger.taskSlices(query))
            QCOMPARE(slice.sessionId, QStringLiteral("s1"));
    }

    void shareDirOverride()
    {
        QTemporaryDir share;
        qputenv("KIMI_SHARE_DIR", share.path().toUtf8());
        const LocalListing listing = findLocalSource(kSource)->list();
        qunsetenv("KIMI_SHARE_DIR");
        QCOMPARE(listing.searched, QStringList {share.path() + QStringLiteral("/sessions")});
    }
};

QTEST_GUILESS_MAIN(TestKimiSource)
#include "test_kimi_source.moc"
