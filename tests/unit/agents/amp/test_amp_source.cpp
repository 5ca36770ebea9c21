// Amp: thread documents under ~/.local/share/amp/threads in a private HOME, rewritten whole; the usage ledger
// first, credits kept apart from dollars.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/amp/AmpThread.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("amp");

// A thread with a usage ledger: two inferences on message 2 and a title inference without a message.
QByteArray ledgerThread(const char *extraEvent = "")
{
    return QByteArray(
               R"({"id":"T-ledger","created":1768822930000,"env":{"initial":{"trees":[{"displayName":"app","uri":"file:///home/dev/app"}]}},)"
               R"("messages":[{"role":"user","messageId":1,"content":"hi"},)"
               R"({"role":"assistant","messageId":2,"usage":{"model":"claude-haiku-4-5-20251001","inputTokens":10,"outputTokens":100,"cacheCreationInputTokens":1000,"cacheReadInputTokens":20000,"timestamp":"2026-01-19T11:42:10.652Z","credits":1.5}}],)"
               R"("usageLedger":{"events":[)"
               R"({"id":"e1","timestamp":"2026-01-19T11:42:10.652Z","model":"claude-haiku-4-5-20251001","credits":1.5,"tokens":{"input":10,"output":100},"operationType":"inference","fromMessageId":1,"toMessageId":2},)"
               R"({"id":"e2","timestamp":"2026-01-19T11:42:11.000Z","model":"claude-haiku-4-5-20251001","credits":0.25,"tokens":{"input":40,"output":8,"total":60},"operationType":"title"})")
        + extraEvent + "]}}";
}

} // namespace

class TestAmpSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    QString threads() const { return QDir::homePath() + QStringLiteral("/.local/share/amp/threads/"); }

    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        qunsetenv("XDG_DATA_HOME"); // Amp's default: ~/.local/share/amp
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Amp"));
        QCOMPARE(findLocalSource(kSource)->updateStyle(), FileUpdateStyle::Rewrite);
    }

    void init() { QDir(threads()).removeRecursively(); }

    // The shared sample (no ledger): the assistant messages' usage; ccusage 20.0.24 agrees on every figure.
    void fixtureAtTheDefaultLocation()
    {
        QVERIFY(writeFile(threads() + QStringLiteral("T-thread-a.json"),
                          readFixture(QStringLiteral("amp/T-thread-a.json"))));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).files, 1);
        const Stored day
            = stored(ledger, kSource).value(QStringLiteral("2026-01-19 claude-haiku-4-5-20251001"));
        QCOMPARE(day.tokens, tokens(15, 220, 23372, 986));
        // 15 × $1/M + 220 × $5/M + 986 × $1.25/M + 23372 × $0.10/M = $0.0046847.
        QCOMPARE(day.cost, 4685);
    }

    // The ledger is preferred: it also has side inferences (a title); cache counts come from the message an
    // event produced; a total above the parts is output the thread did not break down; credits stay credits.
    void ledgerFirstCreditsApart()
    {
        const amp::AmpThread thread = amp::parseThread(ledgerThread());
        QVERIFY(thread.valid);
        QCOMPARE(thread.events.size(), 2);
        QCOMPARE(thread.events.at(0).tokens, tokens(10, 100, 20000, 1000));
        QCOMPARE(thread.events.at(1).tokens, tokens(40, 8 + 12, 0)); // total 60 − (40 + 8) = 12 hidden
        QCOMPARE(thread.credits, 1.75);
        QCOMPARE(thread.task.cwd, QStringLiteral("/home/dev/app"));

        QVERIFY(writeFile(threads() + QStringLiteral("T-ledger.json"), ledgerThread()));
        MemoryLedger ledger;
        ingest(ledger);
        const Stored day
            = stored(ledger, kSource).value(QStringLiteral("2026-01-19 claude-haiku-4-5-20251001"));
        QCOMPARE(day.tokens, tokens(50, 120, 20000, 1000));
        QCOMPARE(day.cost, 50 + 600 + 1250 + 2000); // tokens at API prices, never the credits
        const QStringList notes = findLocalSource(kSource)->notes(ledger.cursors(kSource));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.constFirst().startsWith(QStringLiteral("1.75 Amp credits recorded")),
                 qPrintable(notes.constFirst()));
    }

    // A rewrite with one more inference adds only that one; a half-written document is counted as malformed
    // and read again when complete.
    void rewritesCountNothingTwice()
    {
        const QString path = threads() + QStringLiteral("T-ledger.json");
        QVERIFY(writeFile(path, ledgerThread()));
        MemoryLedger ledger;
        ingest(ledger);
        const QByteArray longer = ledgerThread(
            R"(,{"id":"e3","timestamp":"2026-01-19T11:50:00.000Z","model":"claude-haiku-4-5-20251001","credits":1,"tokens":{"input":1000,"output":10}})");
        QVERIFY(writeFile(path, longer.left(longer.size() / 2))); // caught mid-write
        QVERIFY(touchLater(path, 5));
        QCOMPARE(ingest(ledger).malformed, 1);
        QVERIFY(writeFile(path, longer));
        QVERIFY(touchLater(path, 10));
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.malformed, 0);
        QCOMPARE(status.bytesRead, longer.size());
        const Stored day
            = stored(ledger, kSource).value(QStringLiteral("2026-01-19 claude-haiku-4-5-20251001"));
        QCOMPARE(day.events, 3);
        QCOMPARE(day.tokens, tokens(1050, 130, 20000, 1000));
        QCOMPARE(ingest(ledger).changedFiles, 0);
    }

    void dataDirOverride()
    {
        QTemporaryDir dir;
        qputenv("AMP_DATA_DIR", dir.path().toUtf8());
        QVERIFY(writeFile(dir.path() + QStringLiteral("/threads/T-x.json"), ledgerThread()));
        QVERIFY(writeFile(dir.path() + QStringLiteral("/threads/settings.json"), "{}"));
        const LocalListing listing = findLocalSource(kSource)->list();
        qunsetenv("AMP_DATA_DIR");
        QCOMPARE(listing.searched, QStringList {dir.path() + QStringLiteral("/threads")});
        QCOMPARE(listing.files.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAmpSource)
#include "test_amp_source.moc"
