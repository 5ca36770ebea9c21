// Soak: three machines append and read one sync folder at the same time, each in its own thread with its own
// ledger and config, for 30 s (TOKENWISE_SOAK_SECONDS) or 4,000 rounds, whichever ends first. Readers meet
// files mid-append all the time; when everyone has stopped and synced twice, all three hold every event of
// every machine exactly once, to the micro-dollar.
#include "app/poll/ApiSettings.h"
#include "app/sync/SyncRun.h"
#include "store/SqliteLedger.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <barrier>
#include <thread>

using namespace tokenwise;

namespace {

constexpr qint64 kDec1 = 1796083200000; // 2026-12-01T00:00:00Z
constexpr int kMachines = 3;
constexpr int kMaxRounds = 4000; // the bound; 30 s normally ends the loop first

struct Outcome
{
    qint64 committedEvents = 0;
    MicroUsd committedCost = 0;
    qint64 seenEvents = 0;
    MicroUsd seenCost = 0;
    int rounds = 0;
    QStringList errors;
};

UsageEvent usage(int machine, int round, int i)
{
    UsageEvent e;
    e.source = QStringLiteral("claude-code");
    const QByteArray key = QByteArray("m") + QByteArray::number(machine) + "-r" + QByteArray::number(round)
        + "-" + QByteArray::number(i);
    e.setResponseKey(key, "req");
    e.timestampMs = kDec1 + qint64(round) * 60'000 + i;
    e.model = QStringLiteral("claude-sonnet-4-5");
    e.tokens.input = 100 + i;
    e.tokens.output = 10;
    e.cost = 1'000 * (machine + 1) + round * 7 + i; // every event a different amount
    e.sessionId = QStringLiteral("m%1-s%2").arg(machine).arg(round % 5);
    return e;
}

void runMachine(int index, const QString &root, const QString &folder, qint64 deadlineMs,
                std::barrier<> &meet, Outcome &outcome)
{
    const QString config = root + QStringLiteral("/config");
    ApiSettings settings(config);
    (void)settings.setValue(QStringLiteral("sync.folder"), folder);
    (void)settings.setValue(QStringLiteral("sync.machine-name"), QStringLiteral("machine-%1").arg(index));
    auto opened = SqliteLedger::open(root + QStringLiteral("/ledger.sqlite"));
    if (!opened) {
        outcome.errors << opened.error();
        meet.arrive_and_drop();
        return;
    }
    SqliteLedger &ledger = **opened;
    const auto sync = [&] {
        const sync::SyncReport report = sync::runSync(ledger, config, QDateTime::currentMSecsSinceEpoch());
        outcome.errors << report.errors;
    };
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < kMaxRounds && clock.elapsed() < deadlineMs; ++round) {
        IngestBatch batch;
        const int count = 1 + (round * 7 + index) % 40;
        for (int i = 0; i < count; ++i) {
            batch.events << usage(index, round, i);
            outcome.committedCost += batch.events.constLast().cost;
        }
        outcome.committedEvents += count;
        if (!ledger.commit(batch).ok())
            outcome.errors << QStringLiteral("commit failed in round %1").arg(round);
        sync();
        outcome.rounds = round + 1;
    }
    meet.arrive_and_wait(); // everyone has stopped writing
    sync(); // sends the last events
    meet.arrive_and_wait();
    sync(); // reads everyone's last events
    for (const UsageSlice &slice : ledger.usageSlices(LedgerQuery {})) {
        outcome.seenEvents += slice.events;
        outcome.seenCost += slice.cost;
    }
}

} // namespace

class TestSyncSoak : public QObject
{
    Q_OBJECT

private slots:
    void threeMachinesConverge()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Sync"));
        QVERIFY(QDir().mkpath(folder));
        const qint64 seconds = qEnvironmentVariableIsSet("TOKENWISE_SOAK_SECONDS")
            ? qEnvironmentVariableIntValue("TOKENWISE_SOAK_SECONDS")
            : 30;
        std::barrier meet(kMachines);
        Outcome outcomes[kMachines];
        {
            std::vector<std::jthread> threads;
            for (int m = 0; m < kMachines; ++m) {
                threads.emplace_back(runMachine, m, dir.filePath(QStringLiteral("machine-%1").arg(m)), folder,
                                     seconds * 1000, std::ref(meet), std::ref(outcomes[m]));
            }
        }
        qint64 events = 0;
        MicroUsd cost = 0;
        for (const Outcome &o : outcomes) {
            QVERIFY2(o.errors.isEmpty(), qPrintable(o.errors.join(u'\n')));
            QVERIFY(o.rounds > 1);
            events += o.committedEvents;
            cost += o.committedCost;
        }
        for (int m = 0; m < kMachines; ++m) {
            qInfo("machine-%d: %d rounds, %lld own events; sees %lld events, %lld µ$", m, outcomes[m].rounds,
                  outcomes[m].committedEvents, outcomes[m].seenEvents, outcomes[m].seenCost);
            QCOMPARE(outcomes[m].seenEvents, events);
            QCOMPARE(outcomes[m].seenCost, cost);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncSoak)
#include "test_sync_soak.moc"
