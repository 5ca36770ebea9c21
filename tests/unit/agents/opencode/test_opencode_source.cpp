// OpenCode and Kilo CLI: opencode.db / kilo.db built in the test in OpenCode's schema, plus the legacy JSON
// files; each documented trap of agent-formats.md §4–§5 with its exact figures.
#include "AgentTestSupport.h"
#include "SqliteFixture.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kOpenCode = QStringLiteral("opencode");
const QString kKilo = QStringLiteral("kilo-cli");
constexpr qint64 kJan2 = 1767312000000; // 2026-01-02T00:00:00Z

const QStringList kSchema {
    QStringLiteral("CREATE TABLE project (id TEXT PRIMARY KEY, worktree TEXT, name TEXT)"),
    QStringLiteral(
        "CREATE TABLE session (id TEXT PRIMARY KEY, project_id TEXT, parent_id TEXT, directory TEXT,"
        " title TEXT, version TEXT, time_created INTEGER, time_updated INTEGER, time_archived INTEGER)"),
    QStringLiteral("CREATE TABLE message (id TEXT PRIMARY KEY, session_id TEXT, time_created INTEGER,"
                   " time_updated INTEGER, data TEXT)"),
    QStringLiteral(
        "CREATE TABLE part (id TEXT PRIMARY KEY, message_id TEXT, session_id TEXT, time_created INTEGER,"
        " time_updated INTEGER, data TEXT)"),
};

QByteArray assistant(qint64 created, const char *model, qint64 in, qint64 out, qint64 reasoning, qint64 read,
                     qint64 write, double cost, const char *extra = "")
{
    return QStringLiteral(
               R"({"role":"assistant","providerID":"anthropic","modelID":"%1","time":{"created":%2},)"
               R"("tokens":{"input":%3,"output":%4,"reasoning":%5,"cache":{"read":%6,"write":%7}},)"
               R"("cost":%8,"path":{"cwd":"/home/dev/app","root":"/home/dev/app"}%9})")
        .arg(QLatin1String(model))
        .arg(created)
        .arg(in)
        .arg(out)
        .arg(reasoning)
        .arg(read)
        .arg(write)
        .arg(cost, 0, 'g', 17)
        .arg(QLatin1String(extra))
        .toUtf8();
}

QByteArray stepFinish(qint64 in, qint64 out, qint64 reasoning, qint64 read, qint64 write, double cost)
{
    return QStringLiteral(
               R"({"type":"step-finish","reason":"tool-calls","cost":%1,)"
               R"("tokens":{"input":%2,"output":%3,"reasoning":%4,"cache":{"read":%5,"write":%6}}})")
        .arg(cost, 0, 'g', 17)
        .arg(in)
        .arg(out)
        .arg(reasoning)
        .arg(read)
        .arg(write)
        .toUtf8();
}

class Store
{
public:
    explicit Store(const QString &path) : m_db(path) { m_db.execAll(kSchema); }
    bool ok() const { return m_db.ok(); }
    QString error() const { return m_db.lastError(); }
    SqliteFixture &db() { return m_db; }

    bool session(const char *id, qint64 created, const char *parent = nullptr,
                 const char *title = "Fix the build")
    {
        return m_db.exec(
            QStringLiteral("INSERT INTO session (id, project_id, parent_id, directory, title, version,"
                           " time_created, time_updated) VALUES (?, 'p1', ?, '/home/dev/app', ?,"
                           " '1.14.2', ?, ?)"),
            {QLatin1String(id), parent ? QVariant(QLatin1String(parent)) : QVariant(), QLatin1String(title),
             created, created});
    }
    bool message(const char *id, const char *session, const QByteArray &data, qint64 updated)
    {
        return m_db.exec(
            QStringLiteral("INSERT INTO message (id, session_id, time_created, time_updated, data)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data,"
                           " time_updated = excluded.time_updated"),
            {QLatin1String(id), QLatin1String(session), updated, updated, QString::fromUtf8(data)});
    }
    bool part(const char *id, const char *message, const char *session, const QByteArray &data,
              qint64 created)
    {
        return m_db.exec(
            QStringLiteral("INSERT INTO part (id, message_id, session_id, time_created, time_updated,"
                           " data) VALUES (?, ?, ?, ?, ?, ?)"),
            {QLatin1String(id), QLatin1String(message), QLatin1String(session), created, created,
             QString::fromUtf8(data)});
    }

private:
    SqliteFixture m_db;
};

} // namespace

class TestOpenCodeSource : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    static QString dataDir(const char *folder = "opencode")
    {
        return QDir::homePath() + QStringLiteral("/.local/share/") + QLatin1String(folder);
    }
    static QString dbPath(const char *folder = "opencode")
    {
        return dataDir(folder) + QLatin1Char('/') + QLatin1String(folder) + QStringLiteral(".db");
    }
    SourceScanStatus ingest(Ledger &ledger, const QString &source = kOpenCode)
    {
        return ingestSource(ledger, *m_prices, source);
    }
    static Stored jan2(Ledger &ledger, const QString &source = kOpenCode,
                       const char *model = "claude-sonnet-4-20250514")
    {
        return stored(ledger, source).value(QStringLiteral("2026-01-02 ") + QLatin1String(model));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        qunsetenv("XDG_DATA_HOME");
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kOpenCode)->displayName(), QStringLiteral("OpenCode"));
        QCOMPARE(findLocalSource(kKilo)->displayName(), QStringLiteral("Kilo CLI"));
        QCOMPARE(findLocalSource(kOpenCode)->updateStyle(), FileUpdateStyle::Database);
    }

    void init()
    {
        QDir(dataDir()).removeRecursively();
        QDir(dataDir("kilo")).removeRecursively();
    }

    // The shared sample as the data column of one message: its recorded cost, its tokens (ccusage 20.0.24
    // reads the same 120 / 60 / 12 / 24 and $0.03).
    void sampleRowRecordedCost()
    {
        {
            Store store(dbPath());
            QVERIFY(store.session("ses_1", kJan2 - 60'000));
            QVERIFY(store.message("msg_1", "ses_1",
                                  readFixture(QStringLiteral("opencode/sqlite-message-data-column.json")),
                                  kJan2));
            QVERIFY2(store.ok(), qPrintable(store.error()));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QVERIFY2(status.errors.isEmpty(), qPrintable(status.errors.join(u'\n')));
        QCOMPARE(status.roots, QStringList {dataDir()});
        const Stored day = jan2(ledger);
        QCOMPARE(day.tokens, tokens(120, 60, 12, 24));
        QCOMPARE(day.cost, 30'000);
        QCOMPARE(day.bases, QStringList {QStringLiteral("recorded")});
        QCOMPARE(ingest(ledger).changedFiles, 0);
    }

    // A message's tokens are its last step only while its cost accumulates: the step-finish parts are summed
    // (tokens and cost), and reasoning is added to output.
    void stepFinishPartsAreSummed()
    {
        {
            Store store(dbPath());
            QVERIFY(store.session("ses_1", kJan2 - 60'000));
            QVERIFY(store.message("msg_1", "ses_1",
                                  assistant(kJan2, "claude-sonnet-4-20250514", 50, 20, 0, 1100, 0, 0.003),
                                  kJan2 + 9000));
            QVERIFY(
                store.part("prt_1", "msg_1", "ses_1", stepFinish(100, 40, 10, 1000, 0, 0.002), kJan2 + 5000));
            QVERIFY(store.part("prt_2", "msg_1", "ses_1", R"({"type":"text","text":"done"})", kJan2 + 8000));
            QVERIFY(
                store.part("prt_3", "msg_1", "ses_1", stepFinish(50, 20, 0, 1100, 0, 0.001), kJan2 + 9000));
            QVERIFY2(store.ok(), qPrintable(store.error()));
        }
        MemoryLedger ledger;
        ingest(ledger);
        const Stored day = jan2(ledger);
        QCOMPARE(day.events, 1);
        QCOMPARE(day.tokens, tokens(150, 40 + 10 + 20, 2100, 0, 10));
        QCOMPARE(day.cost, 3000);
    }

    // Without parts the message's own figures count; a placeholder with no usage is skipped; with no cost the
    // tokens are priced (reasoning at the output rate).
    void messageFiguresPlaceholdersAndPricing()
    {
        {
            Store store(dbPath());
            QVERIFY(store.session("ses_1", kJan2 - 60'000));
            QVERIFY(store.message("msg_1", "ses_1",
                                  assistant(kJan2, "claude-sonnet-4-20250514", 1000, 100, 50, 0, 0, 0),
                                  kJan2));
            QVERIFY(store.message("msg_2", "ses_1",
                                  assistant(kJan2 + 1, "claude-sonnet-4-20250514", 0, 0, 0, 0, 0, 0),
                                  kJan2 + 1));
            QVERIFY(store.message("msg_3", "ses_1", R"({"role":"user","time":{"created":1767312000000}})",
                                  kJan2));
        }
        MemoryLedger ledger;
        ingest(ledger);
        const Stored day = jan2(ledger);
        QCOMPARE(day.events, 1);
        QCOMPARE(day.tokens, tokens(1000, 150, 0, 0, 50));
        QCOMPARE(day.cost, 3000 + 2250); // 1000 × $3/M + 150 × $15/M
        QCOMPARE(day.bases, QStringList {QStringLiteral("priced")});
    }

    // A sub-agent's session is a child row: its calls count once and belong to the task that started it.
    void childSessionsBelongToTheirRoot()
    {
        {
            Store store(dbPath());
            QVERIFY(store.session("ses_root", kJan2 - 60'000, nullptr, "Refactor the parser"));
            QVERIFY(store.session("ses_child", kJan2 - 30'000, "ses_root", "Explore (@explore subagent)"));
            QVERIFY(store.message("msg_1", "ses_root",
                                  assistant(kJan2, "claude-sonnet-4-20250514", 10, 10, 0, 0, 0, 0.01),
                                  kJan2));
            QVERIFY(store.message("msg_2", "ses_child",
                                  assistant(kJan2 + 5, "claude-sonnet-4-20250514", 20, 20, 0, 0, 0, 0.02),
                                  kJan2 + 5));
        }
        MemoryLedger ledger;
        ingest(ledger);
        QCOMPARE(jan2(ledger).cost, 30'000);
        LedgerQuery query;
        query.sources = {kOpenCode};
        const QList<TaskSlice> slices = ledger.taskSlices(query);
        QCOMPARE(slices.size(), 1);
        QCOMPARE(slices.constFirst().sessionId, QStringLiteral("ses_root"));
        QCOMPARE(slices.constFirst().cost, 30'000);
        QCOMPARE(slices.constFirst().events, 2);
        const TaskInfo task = ledger.tasks().value(kOpenCode + QStringLiteral("\nses_root"));
        QCOMPARE(task.title, QStringLiteral("Refactor the parser"));
        QCOMPARE(task.cwd, QStringLiteral("/home/dev/app"));
    }

    // Session.fork copies the earlier messages, times and figures included, into a new session: counted once.
    // A session whose messages predate it with no older holder (an import) is kept whole.
    void forkCopiesCountOnce()
    {
        {
            Store store(dbPath());
            QVERIFY(store.session("ses_a", kJan2 - 60'000));
            QVERIFY(store.message("msg_a1", "ses_a",
                                  assistant(kJan2, "claude-sonnet-4-20250514", 10, 10, 0, 0, 0, 0.01),
                                  kJan2));
            QVERIFY(
                store.message("msg_a2", "ses_a",
                              assistant(kJan2 + 60'000, "claude-sonnet-4-20250514", 20, 20, 0, 0, 0, 0.02),
                              kJan2 + 60'000));
            const qint64 forked = kJan2 + 3'600'000;
            QVERIFY(store.session("ses_b", forked));
            QVERIFY(store.message("msg_b1", "ses_b",
                                  assistant(kJan2, "claude-sonnet-4-20250514", 10, 10, 0, 0, 0, 0.01),
                                  forked));
            QVERIFY(store.message(
                "msg_b2", "ses_b",
                assistant(kJan2 + 60'000, "claude-sonnet-4-20250514", 20, 20, 0, 0, 0, 0.02), forked));
            QVERIFY(store.message("msg_b3", "ses_b",
                                  assistant(forked + 1000, "claude-sonnet-4-20250514", 40, 40, 0, 0, 0, 0.04),
                                  forked + 1000));
            QVERIFY(store.session("ses_imported", kJan2 + 7'200'000));
            QVERIFY(store.message("msg_i1", "ses_imported",
                                  assistant(kJan2 + 5, "claude-sonnet-4-20250514", 1, 1, 0, 0, 0, 0.005),
                                  kJan2 + 7'200'000));
        }
        MemoryLedger ledger;
        ingest(ledger);
        const Stored day = jan2(ledger);
        QCOMPARE(day.events, 4); // a1, a2, b3, i1
        QCOMPARE(day.cost, 10'000 + 20'000 + 40'000 + 5'000);
    }

    // Newer Kilo builds fold a sub-agent's cost into the parent message's cost: the parts hold each step's
    // own cost, so parent + child is counted once. A recorded cost of 0 (a free gateway model) stays $0,
    // recorded.
    void kiloSubagentCostNotTwice()
    {
        {
            Store store(dbPath("kilo"));
            QVERIFY(store.session("ses_p", kJan2 - 60'000));
            QVERIFY(store.session("ses_c", kJan2 - 30'000, "ses_p"));
            // The parent's cost 0.010 holds its own 0.003 and the child's 0.007.
            QVERIFY(store.message("msg_p", "ses_p",
                                  assistant(kJan2, "claude-sonnet-4-20250514", 100, 10, 0, 0, 0, 0.010),
                                  kJan2 + 10));
            QVERIFY(store.part("prt_p", "msg_p", "ses_p", stepFinish(100, 10, 0, 0, 0, 0.003), kJan2 + 10));
            QVERIFY(store.message("msg_c", "ses_c",
                                  assistant(kJan2 + 5, "claude-sonnet-4-20250514", 300, 30, 0, 0, 0, 0.007),
                                  kJan2 + 5));
            QVERIFY(store.part("prt_c", "msg_c", "ses_c", stepFinish(300, 30, 0, 0, 0, 0.007), kJan2 + 5));
            QVERIFY(store.message("msg_free", "ses_p",
                                  assistant(kJan2 + 20, "kilo/free-model", 500, 50, 0, 0, 0, 0), kJan2 + 20));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger, kKilo);
        QVERIFY2(status.errors.isEmpty(), qPrintable(status.errors.join(u'\n')));
        QCOMPARE(jan2(ledger, kKilo).cost, 10'000);
        const Stored free = jan2(ledger, kKilo, "kilo/free-model");
        QCOMPARE(free.cost, 0);
        QCOMPARE(free.bases, QStringList {QStringLiteral("recorded")});
        QCOMPARE(free.tokens, tokens(500, 50, 0));
    }

    // The next read starts where the last stopped; a message updated in place (one more step) replaces its
    // stored copy instead of adding to it.
    void incrementalAndUpdatedInPlace()
    {
        Store store(dbPath());
        QVERIFY(store.session("ses_1", kJan2 - 60'000));
        QVERIFY(store.message("msg_1", "ses_1",
                              assistant(kJan2, "claude-sonnet-4-20250514", 100, 10, 0, 0, 0, 0.002), kJan2));
        QVERIFY(store.part("prt_1", "msg_1", "ses_1", stepFinish(100, 10, 0, 0, 0, 0.002), kJan2));
        MemoryLedger ledger;
        ingest(ledger);
        QCOMPARE(jan2(ledger).cost, 2000);

        QVERIFY(store.part("prt_2", "msg_1", "ses_1", stepFinish(200, 20, 0, 0, 0, 0.004), kJan2 + 10'000));
        QVERIFY(store.message("msg_1", "ses_1",
                              assistant(kJan2, "claude-sonnet-4-20250514", 200, 20, 0, 0, 0, 0.006),
                              kJan2 + 10'000));
        QVERIFY(store.message("msg_2", "ses_1",
                              assistant(kJan2 + 20'000, "claude-sonnet-4-20250514", 1, 1, 0, 0, 0, 0.001),
                              kJan2 + 20'000));
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.changedFiles, 1);
        QCOMPARE(status.candidateEvents, 2); // msg_1 again and msg_2; not the whole table
        const Stored day = jan2(ledger);
        QCOMPARE(day.events, 2);
        QCOMPARE(day.tokens, tokens(301, 31, 0));
        QCOMPARE(day.cost, 7000);
        QCOMPARE(ingest(ledger).changedFiles, 0);
    }

    // Legacy per-message files are read too; a message the migration also copied into the database counts
    // once.
    void legacyFilesAndTheDatabaseCountOnce()
    {
        {
            Store store(dbPath());
            QVERIFY(store.session("session-a", kJan2 - 60'000));
            QByteArray row = readFixture(QStringLiteral("opencode/storage-message-msg-1.json"));
            QVERIFY(store.message("msg-1", "session-a", row, kJan2));
        }
        QVERIFY(writeFile(dataDir() + QStringLiteral("/storage/message/session-a/msg-1.json"),
                          readFixture(QStringLiteral("opencode/storage-message-msg-1.json"))));
        QVERIFY(writeFile(dataDir() + QStringLiteral("/storage/message/test-project/msg_test001.json"),
                          readFixture(QStringLiteral("opencode/msg_test001.json"))));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.files, 3);
        const Stored day = jan2(ledger);
        QCOMPARE(day.events, 1);
        QCOMPARE(day.tokens, tokens(100, 50, 10, 20));
        QCOMPARE(day.cost, 20'000);
        // tokscale's sample has no cost: priced, 1000 × $3 + 500 × $15 + 200 × $0.30 + 100 × $3.75 per
        // million.
        const Stored old
            = stored(ledger, kOpenCode).value(QStringLiteral("2024-12-01 claude-3-5-sonnet-20241022"));
        QCOMPARE(old.tokens, tokens(1000, 500, 200, 100));
        QCOMPARE(old.cost, 0);
        QCOMPARE(old.bases, QStringList {QStringLiteral("unpriced")});
    }

    // A layout the reader does not know is named with the agent and its version, and nothing is stored.
    void unknownSchemaIsNamed()
    {
        {
            SqliteFixture db(dbPath());
            QVERIFY(db.execAll({
                QStringLiteral("CREATE TABLE session (id TEXT PRIMARY KEY, parent_id TEXT, version TEXT,"
                               " time_created INTEGER, time_updated INTEGER)"),
                QStringLiteral(
                    "CREATE TABLE message (id TEXT PRIMARY KEY, session_id TEXT, time_updated INTEGER,"
                    " payload BLOB)"),
                QStringLiteral(
                    "CREATE TABLE part (id TEXT, message_id TEXT, time_created INTEGER, data TEXT)"),
                QStringLiteral("INSERT INTO session VALUES ('s', NULL, '2.0.0', 1, 1)"),
            }));
        }
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger);
        QCOMPARE(status.errors.size(), 1);
        QVERIFY2(status.errors.constFirst().contains(QStringLiteral("OpenCode 2.0.0"))
                     && status.errors.constFirst().contains(QStringLiteral("table message lacks data")),
                 qPrintable(status.errors.constFirst()));
        QVERIFY(ledger.cursors(kOpenCode).isEmpty()); // tried again on the next refresh
    }

    void dataDirOverrideAndChannels()
    {
        QTemporaryDir a, b;
        qputenv("OPENCODE_DATA_DIR", (a.path() + QLatin1Char(',') + b.path()).toUtf8());
        QVERIFY(writeFile(a.path() + QStringLiteral("/opencode.db"), ""));
        QVERIFY(writeFile(b.path() + QStringLiteral("/opencode-beta.db"), ""));
        QVERIFY(writeFile(b.path() + QStringLiteral("/opencode.db-wal"), ""));
        QVERIFY(writeFile(b.path() + QStringLiteral("/other.db"), ""));
        const LocalListing listing = findLocalSource(kOpenCode)->list();
        qunsetenv("OPENCODE_DATA_DIR");
        QCOMPARE(listing.searched, (QStringList {a.path(), b.path()}));
        QCOMPARE(listing.files.size(), 2);
        QVERIFY(listing.files.at(0).database && listing.files.at(1).database);
    }
};

QTEST_GUILESS_MAIN(TestOpenCodeSource)
#include "test_opencode_source.moc"
