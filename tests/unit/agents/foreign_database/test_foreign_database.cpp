// The read-only rules for agents' databases (issue: "Reading databases safely"), through the real SQLite and
// a real second connection playing the agent.
#include "AgentTestSupport.h"
#include "SqliteFixture.h"
#include "sources/local/ForeignDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QStringList kOpenCodeRows {
    QStringLiteral("CREATE TABLE session (id TEXT PRIMARY KEY, parent_id TEXT, directory TEXT, title TEXT,"
                   " time_created INTEGER, time_updated INTEGER)"),
    QStringLiteral("CREATE TABLE message (id TEXT PRIMARY KEY, session_id TEXT, time_created INTEGER,"
                   " time_updated INTEGER, data TEXT)"),
    QStringLiteral(
        "CREATE TABLE part (id TEXT PRIMARY KEY, message_id TEXT, time_created INTEGER, data TEXT)"),
    QStringLiteral("INSERT INTO session VALUES ('s1', NULL, '/home/dev/app', 'Title', 1767311940000, 1)"),
    QStringLiteral(
        R"(INSERT INTO message VALUES ('m1', 's1', 1767312000000, 1767312000000, '{"role":"assistant","modelID":"claude-sonnet-4-20250514","time":{"created":1767312000000},"tokens":{"input":120,"output":60,"cache":{"read":12,"write":24}},"cost":0.03}'))"),
};

qint64 count(ForeignDatabase &db, const char *table)
{
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

} // namespace

class TestForeignDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<PriceBook> m_prices;

    // One folder per database, so that a footprint sees only that database's companions.
    QString path(const char *name) const
    {
        const QString folder = m_dir.filePath(QLatin1String(name) + QStringLiteral(".d"));
        QDir().mkpath(folder);
        return folder + QLatin1Char('/') + QLatin1String(name);
    }
    static QString openCodeDb()
    {
        return QDir::homePath() + QStringLiteral("/.local/share/opencode/opencode.db");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        qunsetenv("XDG_DATA_HOME");
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
    }

    // A WAL database nobody has open: read, its bytes and mtime as they were, no -wal or -shm left beside it
    // (a plain read-only open would leave both).
    void quiescentWalDatabaseLeftAsFound()
    {
        const QString db = path("quiet.db");
        {
            SqliteFixture agent(db);
            QVERIFY(agent.execAll(kOpenCodeRows));
        }
        const DatabaseFootprint before = footprintOf(db);
        QCOMPARE(before.files, QStringList {QStringLiteral("quiet.db")});
        QThread::msleep(20); // an access that touched the file would now move its mtime
        {
            ForeignDatabase foreign(db);
            QCOMPARE(foreign.state(), ForeignDatabase::State::Open);
            QVERIFY(foreign.immutable());
            QCOMPARE(count(foreign, "message"), 1);
        }
        QCOMPARE(footprintOf(db), before);
    }

    // The agent is running: its -wal and -shm are there and hold rows not yet in the main file. They are
    // read, and nothing is written: the main file and the log keep their bytes.
    void liveWalDatabaseReadThroughItsLog()
    {
        const QString db = path("live.db");
        SqliteFixture agent(db);
        QVERIFY(agent.execAll(kOpenCodeRows));
        QVERIFY(agent.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(agent.exec(QStringLiteral("INSERT INTO part VALUES ('p1', 'm1', 1, '{}')")));
        const DatabaseFootprint before = footprintOf(db);
        QCOMPARE(before.files,
                 (QStringList {QStringLiteral("live.db"), QStringLiteral("live.db-shm"),
                               QStringLiteral("live.db-wal")}));
        const QByteArray walBefore = footprintOf(db + QStringLiteral("-wal")).hash;
        {
            ForeignDatabase foreign(db);
            QCOMPARE(foreign.state(), ForeignDatabase::State::Open);
            QVERIFY(!foreign.immutable() && !foreign.readingCopy());
            QCOMPARE(count(foreign, "part"), 1);
        }
        QCOMPARE(footprintOf(db), before);
        QCOMPARE(footprintOf(db + QStringLiteral("-wal")).hash, walBefore);
    }

    // A log without its index (the agent crashed): read from a private copy, the originals untouched.
    void logWithoutIndexReadFromACopy()
    {
        const QString db = path("crashed.db");
        {
            SqliteFixture agent(db);
            QVERIFY(agent.execAll(kOpenCodeRows));
            QVERIFY(agent.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            QVERIFY(agent.exec(QStringLiteral("INSERT INTO part VALUES ('p1', 'm1', 1, '{}')")));
            // Keep the log: copy it away before the clean close folds it into the main file.
            QFile::remove(db + QStringLiteral(".keep"));
            QVERIFY(QFile::copy(db + QStringLiteral("-wal"), db + QStringLiteral(".keep")));
            QVERIFY(QFile::copy(db, db + QStringLiteral(".main")));
        }
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-shm"));
        QFile::remove(db + QStringLiteral("-wal"));
        QVERIFY(QFile::rename(db + QStringLiteral(".main"), db));
        QVERIFY(QFile::rename(db + QStringLiteral(".keep"), db + QStringLiteral("-wal")));
        const DatabaseFootprint before = footprintOf(db);
        {
            ForeignDatabase foreign(db);
            QCOMPARE(foreign.state(), ForeignDatabase::State::Open);
            QVERIFY(foreign.readingCopy());
            QCOMPARE(count(foreign, "part"), 1); // the row that lives only in the log
        }
        QCOMPARE(footprintOf(db), before);
    }

    void notADatabase()
    {
        const QString db = path("junk.db");
        QVERIFY(writeFile(db,
                          QByteArray("this is not a database, only text that is long enough to have a header"
                                     " of a hundred bytes if SQLite looked at it at all")));
        ForeignDatabase foreign(db);
        QCOMPARE(foreign.state(), ForeignDatabase::State::Unreadable);
        QCOMPARE(foreign.error(), QStringLiteral("not an SQLite database"));
    }

    // Another program holds an exclusive lock: the source says "busy", stores nothing and keeps no cursor;
    // once the lock is gone the next refresh reads everything (nothing lost), and the file was never written.
    void exclusiveLockIsBusyAndLosesNothing()
    {
        const QString db = openCodeDb();
        QDir(QFileInfo(db).absolutePath()).removeRecursively();
        SqliteFixture agent(db, /*wal=*/false);
        QVERIFY(agent.execAll(kOpenCodeRows));
        const DatabaseFootprint before = footprintOf(db);
        QVERIFY(agent.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(agent.exec(QStringLiteral("UPDATE session SET title = 'Renamed' WHERE id = 's1'")));

        MemoryLedger ledger;
        SourceScanStatus status = ingestSource(ledger, *m_prices, QStringLiteral("opencode"));
        QCOMPARE(status.errors.size(), 1);
        QVERIFY2(status.errors.constFirst().startsWith(db + QStringLiteral(": the database is busy")),
                 qPrintable(status.errors.constFirst()));
        QCOMPARE(ledger.eventCount(), 0);
        QVERIFY(ledger.cursors(QStringLiteral("opencode")).isEmpty());

        QVERIFY(agent.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(footprintOf(db), before);
        status = ingestSource(ledger, *m_prices, QStringLiteral("opencode"));
        QVERIFY2(status.errors.isEmpty(), qPrintable(status.errors.join(u'\n')));
        QCOMPARE(ledger.eventCount(), 1);
        QCOMPARE(footprintOf(db), before);
    }

    // A write to the log alone (the main file's size and mtime unchanged) is seen as a change.
    void theLogIsPartOfTheStamp()
    {
        const QString db = path("stamp.db");
        SqliteFixture agent(db);
        QVERIFY(agent.execAll(kOpenCodeRows));
        QVERIFY(agent.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        const FileIdentity main = identify(db);
        const FileIdentity first = identifyDatabase(db);
        QThread::msleep(20);
        QVERIFY(agent.exec(QStringLiteral("INSERT INTO part VALUES ('p2', 'm1', 2, '{}')")));
        QCOMPARE(identify(db).size, main.size);
        QCOMPARE(identify(db).mtimeMs, main.mtimeMs);
        const FileIdentity second = identifyDatabase(db);
        QVERIFY(second.size != first.size || second.mtimeMs != first.mtimeMs);
    }
};

QTEST_GUILESS_MAIN(TestForeignDatabase)
#include "test_foreign_database.moc"
