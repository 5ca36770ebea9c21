// The demo ledger.
#include "app/usage/DemoLedger.h"

#include "sources/demo/DemoHistory.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace tokenwise {

namespace {

// A made-up team band for the demo, one per calendar month, around the demo's own typical active day, so
// that every view can be seen as it looks with a team feed. Marked demo like the rest.
ApiBatch demoTeamBand(const demo::DemoHistory &history, const QDate &today)
{
    QHash<QDate, MicroUsd> byDay;
    for (const UsageEvent &e : history.events)
        byDay[QDateTime::fromMSecsSinceEpoch(e.timestampMs, QTimeZone::utc()).date()] += e.cost;
    MicroUsd sum = 0;
    for (MicroUsd cost : std::as_const(byDay))
        sum += cost;
    const MicroUsd activeDay = byDay.isEmpty() ? 0 : sum / byDay.size();
    ApiBatch batch;
    for (QDate month(today.year(), today.month(), 1); month > today.addDays(-120);
         month = month.addMonths(-1)) {
        TeamDistribution d;
        d.source = QStringLiteral("anthropic");
        d.origin = QStringLiteral("demo");
        d.start = month;
        d.end = month.addMonths(1).addDays(-1);
        d.members = 14;
        const qint64 days = d.days();
        d.p25 = activeDay * 55 / 100 * days;
        d.p50 = activeDay * 85 / 100 * days;
        d.p75 = activeDay * 130 / 100 * days;
        d.p90 = activeDay * 190 / 100 * days;
        batch.distributions << d;
    }
    return batch;
}

} // namespace

Result<std::unique_ptr<MemoryLedger>> buildDemoLedger(const QDate &todayUtc, const PriceBook &prices)
{
    auto ledger = std::make_unique<MemoryLedger>();
    const demo::DemoHistory history = demo::generateDemoHistory(todayUtc, prices);
    IngestBatch batch;
    batch.events = history.events;
    batch.tasks = history.tasks;
    if (Status stored = ledger->commit(std::move(batch)); !stored)
        return Error {stored.error()};
    if (Status stored = ledger->commitApi(demoTeamBand(history, todayUtc)); !stored)
        return Error {stored.error()};
    return ledger;
}

} // namespace tokenwise
