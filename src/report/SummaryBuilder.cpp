// The weekly summary from ledger slices: report rows by zone for the weeks, ZoneOffsets for the days.
#include "report/SummaryBuilder.h"

#include "core/ZoneOffsets.h"
#include "report/PriceEstimates.h"
#include "report/ReportLogging.h"
#include "report/WeekSignals.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace tokenwise::report {

namespace {

constexpr int kHistoryWeeks = 8;
constexpr qint64 kDayMs = 86'400'000;

qint64 startOfDayMs(const QDate &date, const QTimeZone &zone)
{
    return ZoneOffsets::startOfDayMs(date, zone);
}

void addSpend(QList<SourceSpend> &list, const UsageSlice &slice)
{
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const SourceSpend &s) { return s.source == slice.source; });
    if (it == list.end()) {
        list.append({slice.source, {}, 0, false});
        it = std::prev(list.end());
    }
    it->tokens += slice.tokens;
    it->cost += slice.cost;
    it->unpriced = it->unpriced || slice.basis == CostBasis::Unpriced;
}

void sortByCost(QList<SourceSpend> &list)
{
    std::sort(list.begin(), list.end(), [](const SourceSpend &a, const SourceSpend &b) {
        return a.cost != b.cost ? a.cost > b.cost : a.source < b.source;
    });
}

QString projectName(const TaskRow &row)
{
    if (!row.cwd.isEmpty()) {
        const QString name = QFileInfo(row.cwd).fileName();
        return name.isEmpty() ? row.cwd : name;
    }
    return row.projectDir;
}

TaskSummary taskSummary(const TaskRow &row)
{
    TaskSummary task;
    task.source = row.source;
    task.sessionId = row.sessionId;
    task.title = row.title;
    task.project = projectName(row);
    task.branch = row.gitBranch;
    task.ticket = row.ticket;
    for (const ModelBreakdown &m : row.models)
        task.models << m.modelName;
    task.firstMs = row.firstMs;
    task.lastMs = row.lastMs;
    task.tokens = row.totals.tokens;
    task.cost = row.totals.cost;
    task.unpriced = row.totals.unpriced;
    return task;
}

// The previous weeks, and which of them count: weeks before the ledger's first usage are unknown, not zero.
Comparison compare(Ledger &ledger, const QMap<QDate, PeriodRow> &rows, const IsoWeek &week,
                   qint64 windowStartMs)
{
    Comparison comparison;
    const IsoWeek first = week.addWeeks(-kHistoryWeeks);
    QDate firstUsage;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key() < week.monday() && !it->totals.tokens.isZero()) {
            firstUsage = it.key();
            break;
        }
    }
    bool earlierUsage = firstUsage.isValid() && firstUsage == first.monday();
    if (!earlierUsage) {
        LedgerQuery before;
        before.toMs = windowStartMs;
        earlierUsage = !ledger.usageSlices(before).isEmpty();
    }
    QList<MicroUsd> counted;
    for (int i = kHistoryWeeks; i >= 1; --i) {
        WeekSpend spend;
        spend.week = week.addWeeks(-i);
        spend.cost = rows.value(spend.week.monday()).totals.cost;
        spend.counted = earlierUsage || (firstUsage.isValid() && spend.week.monday() >= firstUsage);
        if (spend.counted)
            counted << spend.cost;
        comparison.previousWeeks << spend;
    }
    if (comparison.previousWeeks.constLast().counted)
        comparison.previousWeek = comparison.previousWeeks.constLast().cost;
    comparison.medianWeeks = int(counted.size());
    if (!counted.isEmpty())
        comparison.median = medianOf(counted);
    return comparison;
}

void addEstimates(WeeklySummary &summary, const QList<UsageSlice> &weekSlices, const PriceBook &prices)
{
    QMap<std::pair<QString, bool>, ModelUsage> priced;
    QMap<QString, UnpricedModel> unpriced;
    for (const UsageSlice &slice : weekSlices) {
        summary.cache.promptTokens += slice.tokens.promptTotal();
        summary.cache.cacheReadTokens += slice.tokens.cacheRead;
        if (slice.basis == CostBasis::Unpriced) {
            UnpricedModel &u = unpriced[slice.reportedModel()];
            u.model = slice.reportedModel();
            u.tokens += slice.tokens;
            continue;
        }
        ModelUsage &usage = priced[{slice.model, slice.fast}];
        usage.model = slice.model;
        usage.fast = slice.fast;
        usage.tokens += slice.tokens;
        usage.cost += slice.cost;
    }
    summary.unpriced = unpriced.values();
    if (prices.modelCount() == 0)
        return;
    for (const ModelUsage &usage : std::as_const(priced)) {
        if (!addCacheSavings(summary.cache, usage, prices))
            qCDebug(lcReport) << "no list price for" << usage.model << "- left out of the cache savings";
        if (const auto whatIf = modelFitWhatIf(usage, prices))
            summary.whatIfs << *whatIf;
    }
    std::stable_sort(
        summary.whatIfs.begin(), summary.whatIfs.end(),
        [](const ModelFitWhatIf &a, const ModelFitWhatIf &b) { return a.difference() > b.difference(); });
}

QList<SourceCoverage> coverageOf(Ledger &ledger, const QList<SourceSpend> &used)
{
    QMap<QString, SourceCoverage> bySource;
    for (const SourceTotals &t : ledger.sourceTotals())
        bySource[t.source] = {t.source, t.events, t.lastIngestMs, false};
    for (const SourceSpend &s : used) {
        SourceCoverage &c = bySource[s.source];
        c.source = s.source;
        c.usedThisWeek = true;
    }
    return bySource.values();
}

} // namespace

MicroUsd medianOf(QList<MicroUsd> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2)
        return values.at(n / 2);
    const MicroUsd sum = values.at(n / 2 - 1) + values.at(n / 2);
    return sum >= 0 ? (sum + 1) / 2 : sum / 2;
}

TeamPosition teamPositionOf(MicroUsd spend, const TeamBand &band)
{
    if (spend < band.p25)
        return TeamPosition::BelowP25;
    if (spend < band.p50)
        return TeamPosition::P25ToMedian;
    if (spend <= band.p75)
        return TeamPosition::MedianToP75;
    return TeamPosition::AboveP75;
}

WeeklySummary buildWeeklySummary(Ledger &ledger, const SummaryRequest &request)
{
    Q_ASSERT(request.week.isValid());
    WeeklySummary summary;
    summary.week = request.week;
    summary.zone = request.zone;
    summary.priceVersion = request.prices.version();
    summary.generatedAtMs = request.generatedAtMs;

    const QDate monday = request.week.monday();
    summary.startMs = startOfDayMs(monday, request.zone);
    summary.endMs = startOfDayMs(monday.addDays(7), request.zone);
    for (int i = 0; i < 7; ++i) {
        DaySpend day;
        day.date = monday.addDays(i);
        day.startMs = startOfDayMs(day.date, request.zone);
        day.endMs = startOfDayMs(day.date.addDays(1), request.zone);
        summary.days << day;
    }

    // Local midnights fall on quarter hours in every zone, so slices split cleanly at these bounds.
    const QDate historyMonday = request.week.addWeeks(-kHistoryWeeks).monday();
    LedgerQuery window;
    window.fromMs = startOfDayMs(historyMonday, request.zone);
    window.toMs = summary.endMs;
    const QList<UsageSlice> slices = ledger.usageSlices(window);

    QMap<QDate, PeriodRow> weeks;
    for (const PeriodRow &row :
         buildPeriodRows(slices, ReportPeriod::Week, request.zone, {historyMonday, request.week.sunday()}))
        weeks.insert(row.start, row);
    // A provider's own figure replaces what the logs priced for that source and day, in the history too.
    const QList<ReportedDay> reported
        = reportedDays(ledger.reportedCosts(historyMonday, request.week.sunday()), slices, request.zone);
    for (const ReportedDay &r : reported) {
        const QDate weekStart = IsoWeek::containing(r.date).monday();
        PeriodRow &row = weeks[weekStart];
        row.start = weekStart;
        row.totals.cost += r.reported - r.priced;
        if (!row.totals.bases.contains(QLatin1String("reported")))
            row.totals.bases << QStringLiteral("reported");
    }
    const PeriodRow current = weeks.value(monday);
    summary.totals = current.totals;
    summary.byModel = current.models;
    summary.comparison = compare(ledger, weeks, request.week, window.fromMs);

    QList<UsageSlice> weekSlices;
    const ZoneOffsets offsets(request.zone, summary.startMs - kDayMs, summary.endMs + kDayMs);
    for (const UsageSlice &slice : slices) {
        const qint64 index = monday.daysTo(offsets.localDate(slice.bucketMs));
        if (index < 0 || index > 6)
            continue;
        weekSlices << slice;
        DaySpend &day = summary.days[index];
        day.cost += slice.cost;
        addSpend(day.bySource, slice);
        addSpend(summary.bySource, slice);
    }
    for (const ReportedDay &r : reported) {
        const qint64 index = monday.daysTo(r.date);
        if (index < 0 || index > 6)
            continue;
        DaySpend &day = summary.days[index];
        day.cost += r.reported - r.priced;
        UsageSlice replacement;
        replacement.source = r.source;
        replacement.cost = r.reported - r.priced;
        addSpend(day.bySource, replacement);
        addSpend(summary.bySource, replacement);
        summary.reported << r;
    }
    for (DaySpend &day : summary.days) {
        std::sort(day.bySource.begin(), day.bySource.end(),
                  [](const SourceSpend &a, const SourceSpend &b) { return a.source < b.source; });
    }
    sortByCost(summary.bySource);
    summary.demo = request.demo || summary.totals.bases.contains(costBasisName(CostBasis::Demo));

    LedgerQuery weekQuery;
    weekQuery.fromMs = summary.startMs;
    weekQuery.toMs = summary.endMs;
    const QList<TaskRow> tasks
        = buildTaskRows(ledger.taskSlices(weekQuery), ledger.tasks(), request.ticketPattern);
    summary.taskCount = int(tasks.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (i < request.topTaskCount)
            summary.topTasks << taskSummary(tasks.at(i));
        else
            summary.otherTasksCost += tasks.at(i).totals.cost;
    }

    addEstimates(summary, weekSlices, request.prices);
    summary.coverage = coverageOf(ledger, summary.bySource);

    const std::optional<TeamBand> band = request.team
        ? request.team
        : weeklyTeamBand(ledger.teamDistributions(monday, request.week.sunday()), summary.days);
    if (band) {
        if (band->members >= kMinTeamMembers) {
            summary.teamStatus = TeamStatus::Shown;
            summary.team = band;
            summary.teamComparedSpend = spendComparedWithBand(*band, summary.days);
            summary.teamPosition = teamPositionOf(summary.teamComparedSpend, *band);
        } else {
            summary.teamStatus = TeamStatus::TooFewMembers;
        }
    }
    if (request.surgeRule)
        summary.surges = surgeEpisodes(ledger, summary.startMs, summary.endMs, *request.surgeRule,
                                       request.ticketPattern);
    if (request.budgets)
        summary.budgets = budgetStatuses(ledger, summary, *request.budgets);
    return summary;
}

} // namespace tokenwise::report
