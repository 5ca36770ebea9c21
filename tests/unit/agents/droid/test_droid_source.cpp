// Droid: session totals in <id>.settings.json under ~/.factory/sessions in a private HOME. A day's figure is
// what a session's totals grew by between two reads: tested with exact numbers.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/droid/DroidSession.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("droid");

QByteArray settings(int input, int output, int cacheWrite, int cacheRead, int thinking)
{
    return QStringLiteral(
               R"({"model":"Claude-Sonnet-4-[Anthropic]","providerLock":"anthropic",)"
               R"("tokenUsage":{"inputTokens":%1,"outputTokens":%2,"cacheCreationTokens":%3,"cacheReadTokens":%4,"thinkingTokens":%5}})")
        .arg(input)
        .arg(output)
        .arg(cacheWrite)
        .arg(cacheRead)
        .arg(thinking)
        .toUtf8();
}

} // namespace

class TestDroidSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    QString sessions() const
    {
        return QDir::homePath() + QStringLiteral("/.factory/sessions/-tmp-my-project/");
    }

    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Droid"));
    }

    void init() { QDir(QDir::homePath() + QStringLiteral("/.factory")).removeRecursively(); }

    void modelNames()
    {
        QCOMPARE(droid::normaliseModel(QStringLiteral("Claude-Sonnet-4-[Anthropic]")),
                 QStringLiteral("claude-sonnet-4"));
        QCOMPARE(droid::normaliseModel(QStringLiteral("custom:gpt-5-[Proxy]-0")), QStringLiteral("gpt-5"));
        QCOMPARE(droid::normaliseModel(QStringLiteral("custom:GLM-5.1-[Proxy]-0")),
                 QStringLiteral("glm-5-1"));
        QCOMPARE(droid::droidPriceCandidates(QStringLiteral("claude-sonnet-4")).at(1),
                 QStringLiteral("anthropic/claude-sonnet-4"));
    }

    // The shared samples: session-a equals ccusage 20.0.24 (2026-05-01, thinking priced as output:
    // 100 × $3/M + 55 × $15/M + 20 × $3.75/M + 10 × $0.30/M = $0.001203). session-1 is dated at its last
    // message and its model normalised to gpt-5 (ccusage keeps "gpt-5-0", unpriced, on the file's day).
    void fixturesAtTheDefaultLocation()
    {
        for (const char *name : {"session-a.settings.json", "session-1.settings.json", "session-1.jsonl"})
            QVERIFY(writeFile(sessions() + QLatin1String(name),
                              readFixture(QStringLiteral("droid/") + QLatin1String(name))));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).files, 2);
        const auto days = stored(ledger, kSource);
        QCOMPARE(
            days.keys(),
            (QStringList {QStringLiteral("2026-04-20 gpt-5"), QStringLiteral("2026-05-01 claude-sonnet-4")}));
        const Stored a = days.value(QStringLiteral("2026-05-01 claude-sonnet-4"));
        QCOMPARE(a.tokens, tokens(100, 55, 10, 20, 5));
        QCOMPARE(a.cost, 1203);
        QCOMPARE(days.value(QStringLiteral("2026-04-20 gpt-5")).tokens, tokens(101, 56, 11, 7, 5));
        QCOMPARE(ledger.tasks().value(kSource + QStringLiteral("\nsession-1")).cwd,
                 QStringLiteral("/tmp/my-project"));
    }

    // Each read adds what the totals grew by, dated when they were written; the same totals again add
    // nothing; totals that shrank start a new baseline.
    void growthBetweenReads()
    {
        const QString path = sessions() + QStringLiteral("s1.settings.json");
        QVERIFY(writeFile(path, settings(1000, 100, 0, 5000, 0)));
        MemoryLedger ledger;
        ingest(ledger);
        QVERIFY(writeFile(path, settings(1600, 180, 200, 9000, 20)));
        QVERIFY(touchLater(path, 3600));
        QCOMPARE(ingest(ledger).candidateEvents, 1);
        QVERIFY(touchLater(path, 7200)); // rewritten with the same totals
        QCOMPARE(ingest(ledger).candidateEvents, 0);
        QVERIFY(writeFile(path, settings(10, 1, 0, 0, 0))); // a new session in the same file
        QVERIFY(touchLater(path, 9000));
        QCOMPARE(ingest(ledger).candidateEvents, 0);
        QVERIFY(writeFile(path, settings(30, 3, 0, 0, 0)));
        QVERIFY(touchLater(path, 9600));
        QCOMPARE(ingest(ledger).candidateEvents, 1);
        TokenCounts all;
        for (const Stored &s : stored(ledger, kSource))
            all += s.tokens;
        QCOMPARE(all, tokens(1000 + 600 + 20, 100 + 100 + 2, 5000 + 4000, 200, 20));
        QVERIFY(droid::growth({5, 5, 0, 0, 0}, droid::DroidTotals {5, 5, 0, 0, 0}) == std::nullopt);
    }

    // An archive copy of a session (same id, another folder, older) is not read: its totals would count
    // twice.
    void archiveCopiesAreNotRead()
    {
        QVERIFY(writeFile(sessions() + QStringLiteral("s1.settings.json"), settings(2000, 200, 0, 0, 0)));
        const QString archive
            = QDir::homePath() + QStringLiteral("/.factory/sessions/archive/s1.settings.json");
        QVERIFY(writeFile(archive, settings(1000, 100, 0, 0, 0)));
        QVERIFY(touchLater(archive, -3600));
        const LocalListing listing = findLocalSource(kSource)->list();
        QCOMPARE(listing.files.size(), 1);
        QCOMPARE(listing.files.constFirst().path, sessions() + QStringLiteral("s1.settings.json"));
        QTemporaryDir other;
        qputenv("DROID_SESSIONS_DIR", other.path().toUtf8());
        QCOMPARE(findLocalSource(kSource)->list().searched, QStringList {other.path()});
        qunsetenv("DROID_SESSIONS_DIR");
        qputenv("FACTORY_DIR", other.path().toUtf8());
        QCOMPARE(findLocalSource(kSource)->list().searched,
                 QStringList {other.path() + QStringLiteral("/sessions")});
        qunsetenv("FACTORY_DIR");
    }

    void halfWrittenSettingsAreCountedAndRetried()
    {
        const QString path = sessions() + QStringLiteral("s1.settings.json");
        QVERIFY(writeFile(path, settings(1000, 100, 0, 0, 0).left(40)));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger).malformed, 1);
        QVERIFY(writeFile(path, settings(1000, 100, 0, 0, 0)));
        QVERIFY(touchLater(path, 60));
        QCOMPARE(ingest(ledger).candidateEvents, 1);
    }
};

QTEST_GUILESS_MAIN(TestDroidSource)
#include "test_droid_source.moc"
