// Goose: ~/.local/share/goose/sessions/sessions.db built in the test in the schema agent-formats.md §8
// gives (v13, Goose 1.35); session totals read as growth between reads.
#include "AgentTestSupport.h"
#include "SqliteFixture.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("goose");

QStringList schema(bool withCost)
{
    return {
        QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '', session_type TEXT NOT NULL DEFAULT 'user',"
                       " working_dir TEXT NOT NULL, created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,"
                       " updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, extension_data TEXT DEFAULT '{}',"
                       " total_tokens INTEGER, input_tokens INTEGER, output_tokens INTEGER,"
                       " accumulated_total_tokens INTEGER, accumulated_input_tokens INTEGER,"
                       " accumulated_output_tokens INTEGER, schedule_id TEXT, recipe_json TEXT,"
                       " user_recipe_values_json TEXT, provider_name TEXT, model_config_json TEXT%1)")
            .arg(withCost ? QStringLiteral(", accumulated_cost REAL") : QString()),
        QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT,"
                       " session_id TEXT NOT NULL, role TEXT NOT NULL, content_json TEXT NOT NULL,"
                       " created_timestamp INTEGER NOT NULL, timestamp TIMESTAMP DEFAULT CURRENT_TIMESTAMP,"
                       " tokens INTEGER, metadata_json TEXT)")};
}

const QString kModel = QStringLiteral(R"({"model_name":"claude-sonnet-4-20250514","context_limit":200000})");

} // namespace

class TestGooseSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    static QString dbPath()
    {
        return QDir::homePath() + QStringLiteral("/.local/share/goose/sessions/sessions.db");
    }
    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("GOOSE_PATH_ROOT");
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Goose"));
    }

    void init() { QDir(QFileInfo(dbPath()).absolutePath()).removeRecursively(); }

    // accumulated_* are the session's totals (the plain columns only the current context); total − input −
    // output is reasoning, priced as output: 10,000 × $3/M + (2,000 + 500) × $15/M = $0.0675. A session with
    // only the plain columns (older builds) falls back to them.
    void accumulatedTotalsPriced()
    {
        {
            SqliteFixture db(dbPath());
            QVERIFY(db.execAll(schema(false)));
            QVERIFY(db.exec(
                QStringLiteral("INSERT INTO sessions (id, name, description, working_dir, created_at,"
                               " updated_at, total_tokens, input_tokens, output_tokens,"
                               " accumulated_total_tokens, accumulated_input_tokens,"
                               " accumulated_output_tokens, provider_name, model_config_json) VALUES"
                               " ('20260105_1', 'goose-1', 'Set up CI', '/home/dev/app',"
                               " '2026-01-05 09:00:00', '2026-01-05 10:30:00', 3000, 2800, 200,"
                               " 12500, 10000, 2000, 'anthropic', ?),"
                               " ('20260105_2', 'goose-2', '', '/home/dev/lib', '2026-01-05 11:00:00',"
                               " '2026-01-05 11:05:00', 1100, 1000, 100, NULL, NULL, NULL,"
                               " 'anthropic', ?)"),
                {kModel, kModel}));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QVERIFY2(status.errors.isEmpty(), qPrintable(status.errors.join(u'\n')));
        const Stored day
            = stored(ledger, kSource).value(QStringLiteral("2026-01-05 claude-sonnet-4-20250514"));
        QCOMPARE(day.events, 2);
        QCOMPARE(day.tokens, tokens(10'000 + 1'000, 2'500 + 100, 0, 0, 500));
        QCOMPARE(day.cost, 67'500 + 3'000 + 1'500);
        const TaskInfo task = ledger.tasks().value(kSource + QStringLiteral("\n20260105_1"));
        QCOMPARE(task.title, QStringLiteral("Set up CI"));
        QCOMPARE(task.cwd, QStringLiteral("/home/dev/app"));
        QCOMPARE(ledger.tasks().value(kSource + QStringLiteral("\n20260105_2")).title,
                 QStringLiteral("goose-2"));
    }

    // The first read puts the whole session on its last active day; later reads add what the totals grew by,
    // on the day they grew; a recorded accumulated_cost is the cost.
    void growthBetweenReadsAndRecordedCost()
    {
        SqliteFixture db(dbPath());
        QVERIFY(db.execAll(schema(true)));
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO sessions (id, working_dir, created_at, updated_at,"
                                   " total_tokens, input_tokens, output_tokens, accumulated_total_tokens,"
                                   " accumulated_input_tokens, accumulated_output_tokens, accumulated_cost,"
                                   " model_config_json) VALUES ('s', '/w', '2026-01-04 22:00:00',"
                                   " '2026-01-05 08:00:00', 0, 0, 0, 12500, 10000, 2000, 0.07, ?)"),
                    {kModel}));
        MemoryLedger ledger;
        ingest(ledger);
        QVERIFY(db.exec(QStringLiteral("UPDATE sessions SET updated_at = '2026-01-06 09:00:00',"
                                       " accumulated_total_tokens = 18500, accumulated_input_tokens = 15000,"
                                       " accumulated_output_tokens = 3000, accumulated_cost = 0.10")));
        ingest(ledger);
        QCOMPARE(ingest(ledger).changedFiles, 0);
        const QMap<QString, Stored> days = stored(ledger, kSource);
        const Stored first = days.value(QStringLiteral("2026-01-05 claude-sonnet-4-20250514"));
        QCOMPARE(first.tokens, tokens(10'000, 2'500, 0, 0, 500));
        QCOMPARE(first.cost, 70'000);
        QCOMPARE(first.bases, QStringList {QStringLiteral("recorded")});
        const Stored second = days.value(QStringLiteral("2026-01-06 claude-sonnet-4-20250514"));
        QCOMPARE(second.tokens, tokens(5'000, 1'000, 0));
        QCOMPARE(second.cost, 30'000);
        QCOMPARE(findLocalSource(kSource)->notes(ledger.cursors(kSource)).size(), 1);
    }

    void pathRootOverride()
    {
        QTemporaryDir root;
        qputenv("GOOSE_PATH_ROOT", root.path().toUtf8());
        const LocalListing listing = findLocalSource(kSource)->list();
        qunsetenv("GOOSE_PATH_ROOT");
        QCOMPARE(listing.searched, QStringList {root.path() + QStringLiteral("/data/sessions/sessions.db")});
    }

    void unknownSchemaIsNamed()
    {
        {
            SqliteFixture db(dbPath());
            QVERIFY(
                db.exec(QStringLiteral("CREATE TABLE sessions (id TEXT, updated_at TEXT, tokens INTEGER)")));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 21")));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.errors.size(), 1);
        QVERIFY2(status.errors.constFirst().contains(QStringLiteral(
                     "Goose (schema 21)'s database has a layout Tokenwise does not know (table "
                     "sessions lacks input_tokens, output_tokens, total_tokens)")),
                 qPrintable(status.errors.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestGooseSource)
#include "test_goose_source.moc"
