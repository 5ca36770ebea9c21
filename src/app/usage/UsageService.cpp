// Refresh on a pool thread with its own SQLite connection; results come back queued to the UI thread.
#include "app/usage/UsageService.h"

#include "app/AppLogging.h"
#include "app/ingest/Ingestor.h"
#include "app/usage/DemoLedger.h"
#include "core/PriceBook.h"
#include "sources/local/LocalSourceRegistry.h"
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"

#include <QCoreApplication>

namespace tokenwise {

namespace {

struct Outcome
{
    UsageSnapshot snapshot;
    QString error;
    QString recovery; // the ledger was damaged and moved aside
};

Outcome refreshAndSnapshot(const UsageService::Options &options, const QDateTime &nowUtc)
{
    Outcome outcome;
    auto prices = PriceBook::load(options.configDir);
    if (!prices) {
        outcome.error = prices.error();
        return outcome;
    }
    SnapshotRequest request;
    request.nowUtc = nowUtc;
    request.days = options.snapshotDays;
    request.surge = options.surge;
    request.ticketPattern = options.ticketPattern;
    request.prices = &*prices;
    QList<SourceScanStatus> scans;
    if (!options.forceDemo) {
        std::optional<LedgerDamage> damage;
        auto ledger = SqliteLedger::open(options.databasePath, &damage);
        if (!ledger) {
            outcome.error = ledger.error();
            return outcome;
        }
        if (damage)
            outcome.recovery
                = QCoreApplication::translate(
                      "UsageService",
                      "The ledger was damaged (%1). It was moved to %2 and is being rebuilt from "
                      "the logs; provider history returns with the next poll.")
                      .arg(damage->reason, damage->movedTo);
        Ingestor ingestor(**ledger, *prices);
        QStringList wanted = localSourceIds();
        for (const QString &off : options.disabledSources)
            wanted.removeAll(off);
        auto ingested
            = wanted.isEmpty() ? Result<IngestSummary>(IngestSummary {}) : ingestor.ingestLocal(wanted);
        if (ingested)
            scans = ingested->sources;
        else
            outcome.error = ingested.error(); // a failed refresh keeps what the ledger had
        outcome.snapshot = buildSnapshot(**ledger, request);
        outcome.snapshot.priceVersion = prices->version();
        outcome.snapshot.localScans = scans;
        if (!outcome.snapshot.isEmpty())
            return outcome;
    }
    // Nothing real yet (or --demo): the built-in history, marked demo in every view.
    auto demo = buildDemoLedger(nowUtc.date(), *prices);
    if (!demo) {
        outcome.error = demo.error();
        return outcome;
    }
    outcome.snapshot = buildSnapshot(**demo, request);
    outcome.snapshot.priceVersion = prices->version();
    outcome.snapshot.demo = true;
    outcome.snapshot.localScans = scans; // where it looked: the first run's "not found yet" per source
    return outcome;
}

} // namespace

UsageService::UsageService(Options options, const Clock &clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<UsageSnapshot>();
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &UsageService::refreshNow);
}

UsageService::~UsageService()
{
    m_pool.waitForDone();
}

void UsageService::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    refreshNow();
}

void UsageService::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void UsageService::setSurgeRule(const SurgeRule &rule)
{
    m_options.surge = rule;
}

void UsageService::setDisabledSources(const QStringList &sources)
{
    m_options.disabledSources = sources;
}

void UsageService::refreshNow()
{
    if (m_running.exchange(true))
        return;
    const Options options = m_options;
    const QDateTime now = m_clock.nowUtc();
    m_pool.start([this, options, now] {
        const Outcome outcome = refreshAndSnapshot(options, now);
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome.snapshot, outcome.error, outcome.recovery); },
            Qt::QueuedConnection);
    });
}

void UsageService::finish(const UsageSnapshot &snapshot, const QString &error, const QString &recovery)
{
    m_running = false;
    if (!recovery.isEmpty()) {
        qCWarning(lcApp) << "ledger:" << qPrintable(recovery);
        emit ledgerRecovered(recovery);
    }
    m_lastError = error;
    if (!error.isEmpty()) {
        qCWarning(lcApp) << "refresh:" << qPrintable(error);
        emit refreshFailed(error);
    }
    if (snapshot.takenAtUtc.isValid()) {
        m_snapshot = snapshot;
        emit snapshotReady(m_snapshot);
    }
}

} // namespace tokenwise
