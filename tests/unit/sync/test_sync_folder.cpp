// Two machines (two ledgers, two config dirs) and one sync folder: exact combined totals, idempotent
// re-reads, conflict copies and half-synced files ignored, a newer format named, forget, shared-home events.
#include "app/poll/ApiSettings.h"
#include "app/sync/SyncFormat.h"
#include "app/sync/SyncRun.h"
#include "store/SqliteLedger.h"
#include "store/SyncLedger.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;
using namespace tokenwise::sync;

namespace {

constexpr qint64 kDec1 = 1796083200000; // 2026-12-01T00:00:00Z

UsageEvent usage(const char *key, qint64 cost, qint64 input = 100, const char *session = "s1")
{
    UsageEvent e;
    e.source = QStringLiteral("claude-code");
    e.setResponseKey(QByteArray(key), "req");
    e.timestampMs = kDec1 + cost; // distinct times, all on 1 December
    e.model = QStringLiteral("claude-sonnet-4-5");
    e.tokens.input = input;
    e.tokens.output = 10;
    e.cost = cost;
    e.sessionId = QLatin1String(session);
    e.originPath = QStringLiteral("/home/dev/.claude/projects/app/s1.jsonl");
    return e;
}

struct Machine
{
    QString config;
    std::unique_ptr<SqliteLedger> ledger;

    Machine(const QString &root, const QString &name, const QString &folder)
        : config(root + QStringLiteral("/config"))
    {
        ApiSettings settings(config);
        (void)settings.setValue(QStringLiteral("sync.folder"), folder);
        (void)settings.setValue(QStringLiteral("sync.machine-name"), name);
        auto opened = SqliteLedger::open(root + QStringLiteral("/ledger.sqlite"));
        if (opened)
            ledger = std::move(opened).value();
    }
    bool commit(const QList<UsageEvent> &events, const QList<TaskInfo> &tasks = {})
    {
        IngestBatch batch;
        batch.events = events;
        batch.tasks = tasks;
        return ledger->commit(batch).ok();
    }
    SyncReport sync() { return runSync(*ledger, config, kDec1 + 86'400'000); }
    QString id() { return machineIdentity(config)->id; }
    // (events, cost) this ledger counts, over every machine or only the given ones ("" is itself).
    std::pair<qint64, qint64> totals(const QStringList &machines = {})
    {
        LedgerQuery query;
        query.machines = machines;
        qint64 events = 0, cost = 0;
        for (const UsageSlice &s : ledger->usageSlices(query)) {
            events += s.events;
            cost += s.cost;
        }
        return {events, cost};
    }
};

} // namespace

class TestSyncFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Machine> m_laptop, m_desktop;

    QString fileOf(Machine &m) { return m_folder + QLatin1Char('/') + m.id() + QStringLiteral(".twsync"); }

private slots:
    void init()
    {
        m_folder = m_dir.filePath(QStringLiteral("Sync/tokenwise"));
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_folder));
        m_laptop = std::make_unique<Machine>(m_dir.filePath(QStringLiteral("laptop")),
                                             QStringLiteral("laptop"), m_folder);
        m_desktop = std::make_unique<Machine>(m_dir.filePath(QStringLiteral("desktop")),
                                              QStringLiteral("desktop"), m_folder);
        QVERIFY(m_laptop->ledger && m_desktop->ledger);
        QVERIFY(m_laptop->commit({usage("a1", 1'000), usage("a2", 20'000), usage("a3", 300'000)},
                                 {{QStringLiteral("claude-code"), QStringLiteral("s1"), QString(),
                                   QStringLiteral("/home/dev/secret-client/app"), QStringLiteral("main"),
                                   QStringLiteral("Refund retries")}}));
        QVERIFY(m_desktop->commit({usage("b1", 4'000'000, 100, "s2"), usage("b2", 50'000'000, 100, "s2")}));
    }

    // Each machine sends its own three and two events and reads the other's: both count all five, to the
    // micro-dollar, and can still tell the machines apart.
    void twoMachinesGiveExactCombinedTotals()
    {
        QVERIFY(m_laptop->sync().errors.isEmpty());
        const SyncReport desktop = m_desktop->sync();
        QVERIFY2(desktop.errors.isEmpty(), qPrintable(desktop.errors.join(u'\n')));
        QCOMPARE(desktop.exported.events, 2);
        QCOMPARE(desktop.imported.records, 3 + 1); // three events and the task
        const SyncReport laptop = m_laptop->sync();
        QCOMPARE(laptop.exported.events, 0); // nothing new of its own
        QCOMPARE(laptop.imported.records, 2);
        const std::pair<qint64, qint64> all {5, 54'321'000};
        QCOMPARE(m_laptop->totals(), all);
        QCOMPARE(m_desktop->totals(), all);
        QCOMPARE(m_laptop->totals({QString()}), (std::pair<qint64, qint64> {3, 321'000}));
        QCOMPARE(m_laptop->totals({m_desktop->id()}), (std::pair<qint64, qint64> {2, 54'000'000}));
        // The laptop's task arrived with its project's folder name, never the path.
        const TaskInfo task
            = m_desktop->ledger->tasks().value(taskKey(QStringLiteral("claude-code"), QStringLiteral("s1")));
        QCOMPARE(task.cwd, QStringLiteral("app"));
        QCOMPARE(task.title, QStringLiteral("Refund retries"));
        QFile file(fileOf(*m_laptop));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret-client"));
        const QList<SyncMachine> known = SyncLedger(*m_laptop->ledger).machines();
        QCOMPARE(known.size(), 1);
        QCOMPARE(known.at(0).name, QStringLiteral("desktop"));
        QCOMPARE(known.at(0).events, 2);
        QCOMPARE(known.at(0).cost, 54'000'000);

        // Again with nothing new: unchanged, nothing read or written.
        const SyncReport again = m_laptop->sync();
        QCOMPARE(again.exported.events, 0);
        QCOMPARE(again.imported.records, 0);
        QCOMPARE(m_laptop->totals(), all);
    }

    // A changed event (a larger copy of one response) and a de-dup loser travel as updates: counted once,
    // with the new figures, on the other machine too.
    void changesAndDropsTravel()
    {
        m_laptop->sync();
        m_desktop->sync();
        UsageEvent bigger = usage("a2", 25'000, 500);
        bigger.originPath = QStringLiteral("/home/dev/.claude/projects/app/s0.jsonl");
        QVERIFY(m_laptop->commit({bigger}));
        QCOMPARE(m_laptop->sync().exported.events, 1);
        QCOMPARE(m_desktop->sync().imported.records, 1 + 1);
        QCOMPARE(m_desktop->totals(), (std::pair<qint64, qint64> {5, 54'326'000}));
        QCOMPARE(m_desktop->totals({m_laptop->id()}), (std::pair<qint64, qint64> {3, 326'000}));
    }

    // Copies a sync engine makes on a conflict, and a file cut mid-line, change nothing; the line counts once
    // it is whole.
    void conflictCopiesAndHalfSyncedLines()
    {
        m_desktop->sync();
        const QString desktopFile = fileOf(*m_desktop);
        const QString stem = m_desktop->id();
        const QStringList copies {stem + QStringLiteral(".sync-conflict-20261204-101010-ABCDEFG.twsync"),
                                  stem + QStringLiteral(" (conflicted copy 2026-12-04).twsync"),
                                  stem + QStringLiteral("-conflict-1.twsync")};
        for (const QString &copy : copies) {
            QVERIFY(QFile::copy(desktopFile, m_folder + QLatin1Char('/') + copy));
        }
        m_laptop->sync();
        QCOMPARE(m_laptop->totals(), (std::pair<qint64, qint64> {5, 54'321'000}));

        const QByteArray line = encodeEvent({usage("b3", 7'000'000, 100, "s2"), false});
        QFile file(desktopFile);
        QVERIFY(file.open(QIODevice::Append));
        file.write(line.first(line.size() / 2));
        file.flush();
        QCOMPARE(m_laptop->sync().imported.records, 0);
        QCOMPARE(m_laptop->totals(), (std::pair<qint64, qint64> {5, 54'321'000}));
        file.write(line.sliced(line.size() / 2));
        file.close();
        QCOMPARE(m_laptop->sync().imported.records, 1);
        QCOMPARE(m_laptop->totals(), (std::pair<qint64, qint64> {6, 61'321'000}));
        QCOMPARE(SyncLedger(*m_laptop->ledger).machines().at(0).malformed, 0);
    }

    // A file of a later format is named in the errors and its machine's row, and nothing of it is read.
    void newerFormatIsNamedAndSkipped()
    {
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QString path = m_folder + QLatin1Char('/') + id + QStringLiteral(".twsync");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encodeHeader({2, id, QStringLiteral("future")}));
        file.write(encodeEvent({usage("f1", 9'000'000), false}));
        file.close();
        const SyncReport report = m_laptop->sync();
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.at(0).contains(path)
                     && report.errors.at(0).contains(QStringLiteral("format 2")),
                 qPrintable(report.errors.at(0)));
        QCOMPARE(m_laptop->totals({id}), (std::pair<qint64, qint64> {0, 0}));
        bool named = false;
        for (const SyncMachine &m : SyncLedger(*m_laptop->ledger).machines())
            named |= m.id == id && m.error == report.errors.at(0);
        QVERIFY(named);
    }

    // Forgetting a machine removes its events and stops reading its file; this machine's stay exact.
    void forgetRemovesOneMachine()
    {
        m_desktop->sync();
        m_laptop->sync();
        QCOMPARE(m_laptop->totals(), (std::pair<qint64, qint64> {5, 54'321'000}));
        SyncLedger sync(*m_laptop->ledger);
        const auto removed = sync.forget(m_desktop->id());
        QVERIFY(removed.ok());
        QCOMPARE(*removed, 2);
        QCOMPARE(m_laptop->totals(), (std::pair<qint64, qint64> {3, 321'000}));
        QVERIFY(m_desktop->commit({usage("b4", 1)}));
        m_desktop->sync();
        QCOMPARE(m_laptop->sync().imported.records, 0);
        QCOMPARE(m_laptop->totals(), (std::pair<qint64, qint64> {3, 321'000}));
    }

    // Both machines read the same logs (a shared home directory): the events they both hold count once on
    // each, whichever read them first; each keeps its own reading of a shared event (the desktop saw an
    // earlier, smaller copy of a2), and forgetting the other machine keeps them.
    void sharedHomeCountsOnce()
    {
        QVERIFY(m_desktop->commit({usage("a1", 1'000), usage("a2", 19'000)}));
        m_laptop->sync();
        m_desktop->sync();
        m_laptop->sync();
        QCOMPARE(m_laptop->totals(), (std::pair<qint64, qint64> {5, 54'321'000}));
        QCOMPARE(m_desktop->totals(), (std::pair<qint64, qint64> {5, 54'320'000}));
        QVERIFY(SyncLedger(*m_desktop->ledger).forget(m_laptop->id()).ok());
        QCOMPARE(m_desktop->totals(), (std::pair<qint64, qint64> {4, 54'020'000}));
    }

    // The machine's own file is rewritten whole when it is missing (the folder was emptied), and readers
    // take the same rows again without counting them twice.
    void missingOwnFileIsWrittenAgain()
    {
        m_laptop->sync();
        m_desktop->sync();
        QVERIFY(QFile::remove(fileOf(*m_laptop)));
        const SyncReport again = m_laptop->sync();
        QVERIFY(again.exported.rewritten);
        QCOMPARE(again.exported.events, 3);
        m_desktop->sync();
        QCOMPARE(m_desktop->totals(), (std::pair<qint64, qint64> {5, 54'321'000}));
    }

    // Only <32 hex>.twsync names are machines; the id file is made once and kept.
    void namesAndIdentity()
    {
        QCOMPARE(machineIdOfFile(QStringLiteral("0123456789abcdef0123456789abcdef.twsync")),
                 QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(machineIdOfFile(QStringLiteral("0123456789ABCDEF0123456789abcdef.twsync")).isEmpty());
        QVERIFY(machineIdOfFile(QStringLiteral("0123456789abcdef0123456789abcdef.twsync.tmp")).isEmpty());
        QVERIFY(machineIdOfFile(QStringLiteral("0123456789abcdef0123456789abcde.twsync")).isEmpty());
        const QString id = m_laptop->id();
        QVERIFY(isMachineId(id));
        QCOMPARE(m_laptop->id(), id);
        QVERIFY(id != m_desktop->id());
        QCOMPARE(machineIdentity(m_laptop->config)->name, QStringLiteral("laptop"));
    }
};

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "test_sync_folder.moc"
