// Both ledgers (SQLite and in-memory) follow one de-dup rule, store idempotently and keep cursors with
// events.
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

Q_DECLARE_METATYPE(tokenwise::UsageEvent)

namespace {

UsageEvent claudeEvent(const QByteArray &messageId, const QByteArray &requestId, qint64 output,
                       bool sidechain = false, const QString &origin = QStringLiteral("/p/a.jsonl"),
                       qint64 offset = 0)
{
    UsageEvent e;
    e.source = QString::fromLatin1(source::claudeCode);
    e.setResponseKey(messageId, requestId);
    e.timestampMs = 1'773'196'822'650; // 2026-03-11T02:40:22.650Z
    e.model = QStringLiteral("claude-sonnet-4-5-20250929");
    e.tokens.input = 3;
    e.tokens.cacheRead = 1000;
    e.tokens.output = output;
    e.cost = output * 15; // any deterministic figure: the ledger stores, it does not price
    e.sessionId = QStringLiteral("s1");
    e.sidechain = sidechain;
    e.originPath = origin;
    e.originOffset = offset;
    return e;
}

IngestBatch batchOf(const QList<UsageEvent> &events)
{
    IngestBatch batch;
    batch.events = events;
    return batch;
}

qint64 totalOutput(Ledger &ledger)
{
    qint64 output = 0;
    for (const UsageSlice &s : ledger.usageSlices({}))
        output += s.tokens.output;
    return output;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Ledger> make(const QString &kind)
    {
        if (kind == QLatin1String("memory"))
            return std::make_unique<MemoryLedger>();
        auto opened = SqliteLedger::open(m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_counter)));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

private slots:
    void dedup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<UsageEvent>>("events");
        QTest::addColumn<qint64>("eventCount");
        QTest::addColumn<qint64>("output");

        for (const QString &kind : {QStringLiteral("memory"), QStringLiteral("sqlite")}) {
            auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(kind + QLatin1Char(' ') + QLatin1String(name))) << kind;
            };
            row("split content blocks: the largest snapshot wins")
                << QList<UsageEvent> {claudeEvent("m1", "r1", 2), claudeEvent("m1", "r1", 159),
                                      claudeEvent("m1", "r1", 40)}
                << qint64(1) << qint64(159);
            row("same copy twice counts once")
                << QList<UsageEvent> {claudeEvent("m1", "r1", 7), claudeEvent("m1", "r1", 7)} << qint64(1)
                << qint64(7);
            row("main chain beats a bigger sidechain copy")
                << QList<UsageEvent> {claudeEvent("m1", "r1", 500, true), claudeEvent("m1", "r1", 9)}
                << qint64(1) << qint64(9);
            row("btw replay after its parent is dropped")
                << QList<UsageEvent> {claudeEvent("m1", "r1", 10), claudeEvent("m1", "r2", 10, true)}
                << qint64(1) << qint64(10);
            row("btw replay before its parent is dropped too")
                << QList<UsageEvent> {claudeEvent("m1", "r2", 10, true), claudeEvent("m1", "r1", 10)}
                << qint64(1) << qint64(10);
            row("same message id, other request on the main chain counts")
                << QList<UsageEvent> {claudeEvent("m1", "r1", 10), claudeEvent("m1", "r2", 20)} << qint64(2)
                << qint64(30);
            row("no requestId: keyed by message id alone")
                << QList<UsageEvent> {claudeEvent("m1", "", 3), claudeEvent("m1", "", 8),
                                      claudeEvent("m2", "", 1)}
                << qint64(2) << qint64(9);
        }
    }

    void dedup()
    {
        QFETCH(QString, kind);
        QFETCH(QList<UsageEvent>, events);
        QFETCH(qint64, eventCount);
        QFETCH(qint64, output);
        auto ledger = make(kind);
        QVERIFY(ledger->commit(batchOf(events)).ok());
        QCOMPARE(ledger->eventCount(), eventCount);
        QCOMPARE(totalOutput(*ledger), output);
        // Committing the same events again, one batch each, changes nothing.
        for (const UsageEvent &e : events)
            QVERIFY(ledger->commit(batchOf({e})).ok());
        QCOMPARE(ledger->eventCount(), eventCount);
        QCOMPARE(totalOutput(*ledger), output);
    }

    void tiesGoToThePathThatSortsFirst_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }
    void tiesGoToThePathThatSortsFirst()
    {
        QFETCH(QString, kind);
        auto ledger = make(kind);
        UsageEvent later = claudeEvent("m1", "r1", 5, false, QStringLiteral("/p/b.jsonl"));
        later.sessionId = QStringLiteral("resumed");
        UsageEvent earlier = claudeEvent("m1", "r1", 5, false, QStringLiteral("/p/a.jsonl"));
        earlier.sessionId = QStringLiteral("original");
        QVERIFY(ledger->commit(batchOf({later})).ok());
        QVERIFY(ledger->commit(batchOf({earlier})).ok());
        QVERIFY(ledger->commit(batchOf({later})).ok());
        const QList<TaskSlice> tasks = ledger->taskSlices({});
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.constFirst().sessionId, QStringLiteral("original"));
    }

    void cursorsAndTasksRoundTrip_data() { tiesGoToThePathThatSortsFirst_data(); }
    void cursorsAndTasksRoundTrip()
    {
        QFETCH(QString, kind);
        auto ledger = make(kind);
        IngestBatch batch = batchOf({claudeEvent("m1", "r1", 5)});
        FileCursor cursor;
        cursor.source = QString::fromLatin1(source::claudeCode);
        cursor.path = QStringLiteral("/p/a.jsonl");
        cursor.device = 2049;
        cursor.inode = 77;
        cursor.size = 1234;
        cursor.mtimeMs = 1'700'000'000'123;
        cursor.offset = 1200;
        cursor.headLength = 1200;
        cursor.headHash = QByteArray(20, 'h');
        cursor.parserState = QByteArray("{\"t\":1}");
        cursor.lines = 12;
        cursor.malformed = 2;
        cursor.noTimestamp = 1;
        cursor.events = 9;
        cursor.lastIngestMs = 1'700'000'001'000;
        batch.cursors << cursor;
        batch.tasks << TaskInfo {cursor.source,        QStringLiteral("s1"),   QStringLiteral("-p"),
                                 QStringLiteral("/p"), QStringLiteral("main"), QString()};
        batch.tasks << TaskInfo {cursor.source, QStringLiteral("s1"),
                                 QString(),     QString(),
                                 QString(),     QStringLiteral("Refund retries")};
        const Status committed = ledger->commit(batch);
        QVERIFY2(committed.ok(), qPrintable(committed.error()));

        const FileCursor back = ledger->cursors(cursor.source).value(cursor.path);
        QCOMPARE(back.offset, qint64(1200));
        QCOMPARE(back.inode, qint64(77));
        QCOMPARE(back.mtimeMs, cursor.mtimeMs);
        QCOMPARE(back.headHash, cursor.headHash);
        QCOMPARE(back.parserState, cursor.parserState);
        QCOMPARE(back.malformed, qint64(2));
        const TaskInfo task = ledger->tasks().value(taskKey(cursor.source, QStringLiteral("s1")));
        QCOMPARE(task.gitBranch, QStringLiteral("main")); // a later blank does not erase what was known
        QCOMPARE(task.title, QStringLiteral("Refund retries"));
        const QList<SourceTotals> totals = ledger->sourceTotals();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.constFirst().files, qint64(1));
        QCOMPARE(totals.constFirst().events, qint64(1));
        QCOMPARE(totals.constFirst().malformed, qint64(2));
    }

    void slicesGroupByQuarterHourAndModel_data() { tiesGoToThePathThatSortsFirst_data(); }
    void slicesGroupByQuarterHourAndModel()
    {
        QFETCH(QString, kind);
        auto ledger = make(kind);
        UsageEvent a = claudeEvent("a", "1", 10);
        a.timestampMs = 1'773'196'800'000; // 02:40:00 → bucket 02:30
        UsageEvent b = claudeEvent("b", "1", 20);
        b.timestampMs = a.timestampMs + 14 * 60'000 + 59'999; // 02:54:59.999 → bucket 02:45
        UsageEvent c = claudeEvent("c", "1", 40);
        c.fast = true;
        c.timestampMs = a.timestampMs;
        QVERIFY(ledger->commit(batchOf({a, b, c})).ok());
        QList<UsageSlice> slices = ledger->usageSlices({});
        std::sort(slices.begin(), slices.end(), [](const UsageSlice &x, const UsageSlice &y) {
            return std::tie(x.bucketMs, x.fast) < std::tie(y.bucketMs, y.fast);
        });
        QCOMPARE(slices.size(), 3);
        QCOMPARE(slices[0].bucketMs, qint64(1'773'196'200'000)); // 02:30
        QCOMPARE(slices[0].tokens.output, qint64(10));
        QCOMPARE(slices[1].reportedModel(), QStringLiteral("claude-sonnet-4-5-20250929-fast"));
        QCOMPARE(slices[2].bucketMs, qint64(1'773'197'100'000)); // 02:45
        QCOMPARE(slices[2].cost, qint64(20 * 15));
        LedgerQuery query;
        query.fromMs = a.timestampMs + 1;
        QCOMPARE(ledger->usageSlices(query).size(), 1);
        query.sources = {QStringLiteral("codex")};
        QCOMPARE(ledger->usageSlices(query).size(), 0);
    }

    void slicesOfOneSession_data() { tiesGoToThePathThatSortsFirst_data(); }
    void slicesOfOneSession()
    {
        QFETCH(QString, kind);
        auto ledger = make(kind);
        UsageEvent a = claudeEvent("a", "1", 10);
        UsageEvent b = claudeEvent("b", "1", 20);
        b.sessionId = QStringLiteral("s2");
        QVERIFY(ledger->commit(batchOf({a, b})).ok());
        LedgerQuery query;
        query.sessionId = QStringLiteral("s2");
        const QList<UsageSlice> slices = ledger->usageSlices(query);
        QCOMPARE(slices.size(), 1);
        QCOMPARE(slices[0].tokens.output, qint64(20));
        query.sessionId = QStringLiteral("unknown");
        QCOMPARE(ledger->usageSlices(query).size(), 0);
        QCOMPARE(ledger->usageSlices({}).size(), 1); // no filter: both sessions in one slice
    }

    void sqliteSchemaAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            auto ledger = SqliteLedger::open(path);
            QVERIFY(ledger.ok());
            QCOMPARE((*ledger)->schemaVersion(), SqliteLedger::kSchemaVersion);
            QVERIFY((*ledger)->commit(batchOf({claudeEvent("m1", "r1", 5)})).ok());
            QSqlQuery mode(QSqlDatabase::database((*ledger)->connectionName()));
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        }
        auto again = SqliteLedger::open(path);
        QVERIFY(again.ok());
        QCOMPARE((*again)->eventCount(), qint64(1));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void sqliteRefusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto ledger = SqliteLedger::open(path);
        QVERIFY(!ledger.ok());
        QVERIFY2(ledger.error().contains(QStringLiteral("newer Tokenwise")), qPrintable(ledger.error()));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "test_ledger.moc"
