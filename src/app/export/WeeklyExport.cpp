// The export job: its own ledger connection and price book, the report API to render and write.
#include "app/export/WeeklyExport.h"

#include "app/settings/Settings.h"
#include "app/usage/DemoLedger.h"
#include "core/PriceBook.h"
#include "core/ZoneOffsets.h"
#include "report/SummaryBuilder.h"
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"

#include <QSet>

#include <algorithm>

namespace tokenwise {

namespace {

struct OpenLedger
{
    std::unique_ptr<Ledger> ledger;
    bool demo = false;
};

Result<OpenLedger> openLedger(const QString &databasePath, bool forceDemo, const PriceBook &prices,
                              const QDateTime &nowUtc)
{
    OpenLedger open;
    if (!forceDemo) {
        auto sqlite = SqliteLedger::open(databasePath);
        if (!sqlite)
            return Error {sqlite.error()};
        if ((*sqlite)->eventCount() > 0) {
            open.ledger = std::move(sqlite).value();
            return open;
        }
    }
    // As the dashboard does: nothing real yet (or --demo) means the built-in history, marked demo.
    auto memory = buildDemoLedger(nowUtc.date(), prices); // with the demo team band the dashboard shows (D20)
    if (!memory)
        return Error {memory.error()};
    open.ledger = std::move(memory).value();
    open.demo = true;
    return open;
}

} // namespace

Result<WeeklyExportOutcome> runWeeklyExport(const WeeklyExportJob &job)
{
    auto prices = PriceBook::load(job.configDir);
    if (!prices)
        return Error {prices.error()};
    auto open = openLedger(job.databasePath, job.forceDemo, *prices, job.nowUtc);
    if (!open)
        return Error {open.error()};
    report::SummaryRequest request = job.request;
    request.prices = *prices;
    request.demo = request.demo || open->demo;
    request.generatedAtMs = job.nowUtc.toMSecsSinceEpoch();
    const report::WeeklySummary summary = report::buildWeeklySummary(*open->ledger, request);
    const auto written = report::writeWeeklySummary(summary, job.format, job.locale, job.path);
    if (!written)
        return Error {written.error()};
    return WeeklyExportOutcome {job.path, request.week, *written, summary.demo};
}

Result<ExportableWeeks> exportableWeeks(const QString &databasePath, bool forceDemo, const QTimeZone &zone,
                                        const QDateTime &nowUtc)
{
    auto open = openLedger(databasePath, forceDemo, PriceBook(), nowUtc);
    if (!open)
        return Error {open.error()};
    const QList<UsageSlice> slices = open->ledger->usageSlices({});
    ExportableWeeks result;
    result.demo = open->demo;
    if (slices.isEmpty())
        return result;
    const auto [first, last]
        = std::minmax_element(slices.cbegin(), slices.cend(), [](const UsageSlice &a, const UsageSlice &b) {
              return a.bucketMs < b.bucketMs;
          });
    const ZoneOffsets offsets(zone, first->bucketMs, last->bucketMs + 1);
    QSet<QDate> mondays;
    for (const UsageSlice &slice : slices) {
        if (!slice.tokens.isZero() || slice.cost != 0)
            mondays.insert(report::IsoWeek::containing(offsets.localDate(slice.bucketMs)).monday());
    }
    for (const QDate &monday : std::as_const(mondays))
        result.weeks << report::IsoWeek::containing(monday);
    std::sort(result.weeks.begin(), result.weeks.end(), std::greater<>());
    return result;
}

report::SummaryRequest summaryRequestFrom(const Settings &settings)
{
    report::SummaryRequest request;
    const QRegularExpression ticket(settings.value(QStringLiteral("tasks/ticketRegex")).toString());
    if (ticket.isValid() && !ticket.pattern().isEmpty())
        request.ticketPattern = ticket;
    request.surgeRule = SurgeRule {settings.surgeFactor(),
                                   settings.value(QStringLiteral("alerts/surgeFloorMicros")).toLongLong()};
    request.budgets
        = report::BudgetLimits {settings.value(QStringLiteral("budget/dailyMicros")).toLongLong(),
                                settings.value(QStringLiteral("budget/weeklyMicros")).toLongLong(),
                                settings.value(QStringLiteral("budget/monthlyMicros")).toLongLong()};
    return request;
}

} // namespace tokenwise
