// Crush: projects.json names each project's crush.db; databases built in the test in the schema of
// internal/db/migrations (agent-formats.md §7). Only root sessions' running cost counts.
#include "AgentTestSupport.h"
#include "SqliteFixture.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/crush/CrushSource.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kSource = QStringLiteral("crush");
constexpr qint64 kJan5 = 1767571200; // 2026-01-05T00:00:00Z, in seconds as Crush writes it

const QStringList kSchema {
    QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, parent_session_id TEXT, title TEXT NOT NULL,"
                   " message_count INTEGER NOT NULL DEFAULT 0, prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                   " completion_tokens INTEGER NOT NULL DEFAULT 0, cost REAL NOT NULL DEFAULT 0.0,"
                   " summary_message_id TEXT, todos TEXT,"
                   " updated_at INTEGER NOT NULL DEFAULT (strftime('%s', 'now')),"
                   " created_at INTEGER NOT NULL DEFAULT (strftime('%s', 'now')))"),
    QStringLiteral("CREATE TABLE messages (id TEXT PRIMARY KEY, session_id TEXT NOT NULL, role TEXT NOT NULL,"
                   " parts TEXT NOT NULL DEFAULT '[]', model TEXT, provider TEXT,"
                   " created_at INTEGER NOT NULL DEFAULT (strftime('%s', 'now')),"
                   " updated_at INTEGER NOT NULL DEFAULT (strftime('%s', 'now')), finished_at INTEGER,"
                   " is_summary_message INTEGER DEFAULT 0 NOT NULL)"),
};

} // namespace

class TestCrushSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;
    QTemporaryDir m_projects;

    static QString registry()
    {
        return QDir::homePath() + QStringLiteral("/.local/share/crush/projects.json");
    }
    QString project(const char *name) const { return m_projects.filePath(QLatin1String(name)); }
    SourceScanStatus ingest(Ledger &ledger) { return ingestSource(ledger, *m_prices, kSource); }

    bool writeRegistry(bool keyedByPath = false)
    {
        const QString a = project("app"), b = project("lib");
        const QString json = keyedByPath
            ? QStringLiteral(
                  R"({"projects":{"%1":{"data_dir":"%1/.crush","last_accessed":"2026-01-05T10:00:00Z"},)"
                  R"("%2":{"path":"%2","data_dir":"%2/.crush"}}})")
                  .arg(a, b)
            : QStringLiteral(
                  R"({"projects":[{"path":"%1","data_dir":"%1/.crush","last_accessed":"2026-01-05T10:00:00Z"},)"
                  R"({"path":"%2","data_dir":"%2/.crush","last_accessed":"2026-01-04T10:00:00Z"},)"
                  R"({"path":"/gone","data_dir":"/gone/.crush"}]})")
                  .arg(a, b);
        return writeFile(registry(), json.toUtf8());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("CRUSH_GLOBAL_DATA");
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kSource)->displayName(), QStringLiteral("Crush"));
    }

    void init()
    {
        QDir(project("app")).removeRecursively();
        QDir(project("lib")).removeRecursively();
        QFile::remove(registry());
    }

    // A root session with a sub-agent: the child's $0.10 is already in the parent's $0.42 (coordinator.go
    // updateParentSessionCost), so the day is $0.42. The token columns hold only the last request: not used.
    // updated_at is in seconds; read as milliseconds it would land in 1970.
    void rootSessionCostOnItsLastActiveDay()
    {
        QVERIFY(writeRegistry());
        {
            SqliteFixture db(project("app") + QStringLiteral("/.crush/crush.db"));
            QVERIFY(db.execAll(kSchema));
            QVERIFY(
                db.exec(QStringLiteral("INSERT INTO sessions (id, parent_session_id, title, prompt_tokens,"
                                       " completion_tokens, cost, created_at, updated_at) VALUES"
                                       " ('root', NULL, 'Add the export dialog', 41000, 900, 0.42, ?, ?),"
                                       " ('child', 'root', 'Explore', 9000, 300, 0.10, ?, ?)"),
                        {kJan5 + 3600, kJan5 + 7200, kJan5 + 4000, kJan5 + 5000}));
            QVERIFY(db.exec(
                QStringLiteral("INSERT INTO messages (id, session_id, role, model, provider, created_at)"
                               " VALUES ('m1', 'root', 'assistant', 'claude-haiku-4-5', 'anthropic', ?),"
                               " ('m2', 'root', 'assistant', 'claude-sonnet-4-5', 'anthropic', ?),"
                               " ('m3', 'root', 'user', 'x', '', ?)"),
                {kJan5 + 3700, kJan5 + 7100, kJan5 + 7200}));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QVERIFY2(status.errors.isEmpty(), qPrintable(status.errors.join(u'\n')));
        QCOMPARE(status.files, 1); // lib has no database yet; /gone is not there
        QVERIFY(status.roots.contains(registry()));
        const QMap<QString, Stored> days = stored(ledger, kSource);
        QCOMPARE(days.keys(), QStringList {QStringLiteral("2026-01-05 claude-sonnet-4-5")});
        const Stored day = days.first();
        QCOMPARE(day.cost, 420'000);
        QCOMPARE(day.tokens, TokenCounts {});
        QCOMPARE(day.bases, QStringList {QStringLiteral("recorded")});
        const TaskInfo task = ledger.tasks().value(kSource + QStringLiteral("\nroot"));
        QCOMPARE(task.title, QStringLiteral("Add the export dialog"));
        QCOMPARE(task.cwd, project("app"));
        QVERIFY(!ledger.tasks().contains(kSource + QStringLiteral("\nchild")));
        QCOMPARE(findLocalSource(kSource)->notes(ledger.cursors(kSource)).size(), 1);
    }

    // Between reads the running cost grows: the growth lands on the day it was seen; the same state read
    // again adds nothing; a cost that went down takes nothing back.
    void growthBetweenReads()
    {
        QVERIFY(writeRegistry());
        SqliteFixture db(project("lib") + QStringLiteral("/.crush/crush.db"));
        QVERIFY(db.execAll(kSchema));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO sessions (id, title, cost, created_at, updated_at)"
                                       " VALUES ('s1', 'Fix flaky test', 0.25, ?, ?)"),
                        {kJan5, kJan5 + 60}));
        MemoryLedger ledger;
        ingest(ledger);
        QVERIFY(db.exec(QStringLiteral("UPDATE sessions SET cost = 0.40, updated_at = ? WHERE id = 's1'"),
                        {kJan5 + 86'400 + 60}));
        ingest(ledger);
        QCOMPARE(ingest(ledger).changedFiles, 0);
        QMap<QString, Stored> days = stored(ledger, kSource);
        QCOMPARE(days.value(QStringLiteral("2026-01-05 ")).cost, 250'000);
        QCOMPARE(days.value(QStringLiteral("2026-01-06 ")).cost, 150'000);

        QVERIFY(db.exec(QStringLiteral("UPDATE sessions SET cost = 0.10, updated_at = ? WHERE id = 's1'"),
                        {kJan5 + 2 * 86'400}));
        ingest(ledger);
        QVERIFY(db.exec(QStringLiteral("UPDATE sessions SET cost = 0.30, updated_at = ? WHERE id = 's1'"),
                        {kJan5 + 2 * 86'400 + 60}));
        ingest(ledger);
        days = stored(ledger, kSource);
        QCOMPARE(days.value(QStringLiteral("2026-01-07 ")).cost, 200'000); // grew 0.10 → 0.30 after the reset
        qint64 total = 0;
        for (const Stored &s : days)
            total += s.cost;
        QCOMPARE(total, 600'000);
    }

    void registryKeyedByPath()
    {
        const QString json = QStringLiteral(R"({"projects":{"/p/a":{"data_dir":"/p/a/.crush"},"/p/b":{}}})");
        const QList<crush::CrushProject> projects = crush::crushProjects(json.toUtf8());
        QCOMPARE(projects.size(), 2);
        QCOMPARE(projects.at(0).database, QStringLiteral("/p/a/.crush/crush.db"));
        QCOMPARE(projects.at(1).path, QStringLiteral("/p/b"));
        QCOMPARE(projects.at(1).database, QStringLiteral("/p/b/.crush/crush.db"));

        QVERIFY(writeRegistry(true));
        {
            SqliteFixture db(project("app") + QStringLiteral("/.crush/crush.db"));
            QVERIFY(db.execAll(kSchema));
        }
        QCOMPARE(findLocalSource(kSource)->list().files.size(), 1);
    }

    void globalDataOverride()
    {
        QTemporaryDir dir;
        qputenv("CRUSH_GLOBAL_DATA", dir.path().toUtf8());
        const LocalListing listing = findLocalSource(kSource)->list();
        qunsetenv("CRUSH_GLOBAL_DATA");
        QCOMPARE(listing.searched, QStringList {dir.path() + QStringLiteral("/projects.json")});
    }

    void unknownSchemaIsNamed()
    {
        QVERIFY(writeRegistry());
        {
            SqliteFixture db(project("app") + QStringLiteral("/.crush/crush.db"));
            QVERIFY(
                db.exec(QStringLiteral("CREATE TABLE sessions (id TEXT, title TEXT, updated_at INTEGER)")));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.errors.size(), 1);
        QVERIFY2(status.errors.constFirst().contains(QStringLiteral(
                     "Crush's database has a layout Tokenwise does not know (table sessions lacks "
                     "parent_session_id, cost)")),
                 qPrintable(status.errors.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestCrushSource)
#include "test_crush_source.moc"
