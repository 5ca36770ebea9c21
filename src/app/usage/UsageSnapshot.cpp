// Snapshot computation: two ledger queries, then pure arithmetic.
#include "app/usage/UsageSnapshot.h"

#include "core/TaskTitle.h"

#include "app/poll/Reconciliation.h"
#include "core/ZoneOffsets.h"

#include <QMap>
#include <QSet>

namespace tokenwise {

namespace {

constexpr qint64 kHourMs = 3'600'000;

QList<ModelBreakdown> mergeModels(const QList<PeriodRow> &rows)
{
    QMap<QString, ModelBreakdown> byName;
    for (const PeriodRow &row : rows) {
        for (const ModelBreakdown &m : row.models) {
            ModelBreakdown &b = byName[m.modelName + (m.unpriced ? QStringLiteral("\n*") : QString())];
            b.modelName = m.modelName;
            b.unpriced = m.unpriced;
            b.fallbackModel = b.fallbackModel || m.fallbackModel;
            b.tokens += m.tokens;
            b.cost += m.cost;
        }
    }
    QList<ModelBreakdown> list = byName.values();
    std::sort(list.begin(), list.end(),
              [](const ModelBreakdown &a, const ModelBreakdown &b) { return a.cost > b.cost; });
    return list;
}

// Fills the range with idle days so that charts and medians see them.
QList<PeriodRow> everyDay(const QList<PeriodRow> &rows, const QDate &first, const QDate &last)
{
    QMap<QDate, PeriodRow> byDay;
    for (const PeriodRow &row : rows)
        byDay.insert(row.start, row);
    QList<PeriodRow> days;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        PeriodRow row = byDay.value(d);
        row.start = d;
        days << row;
    }
    return days;
}

} // namespace

TeamPosition teamPosition(MicroUsd yours, MicroUsd p25, MicroUsd p50, MicroUsd p75)
{
    if (yours < p25)
        return TeamPosition::BelowP25;
    if (yours < p50)
        return TeamPosition::BelowMedian;
    if (yours <= p75)
        return TeamPosition::MedianToP75;
    return TeamPosition::AboveP75;
}

QString taskLabel(const TaskRow &task, const QTimeZone &zone)
{
    return taskTitle({task.title, task.cwd.isEmpty() ? task.projectDir : task.cwd, task.ticket,
                      task.gitBranch, task.sessionId, task.firstMs},
                     zone);
}

namespace {

// a / b rounded half away from zero (b > 0).
MicroUsd roundedQuotient(MicroUsd a, qint64 b)
{
    return a >= 0 ? (a + b / 2) / b : -((-a + b / 2) / b);
}

// The mean of the `width` calendar days ending on each day from `shownFirst` on, from `all` (every day,
// oldest first, idle days included). Before the first day with spend there is no mean; within `width` days
// of it the mean is over the days since then, so a new user's first week is not diluted by days before logs.
QHash<QDate, MicroUsd> trailingMeans(const QList<PeriodRow> &all, const QDate &shownFirst, int width)
{
    QHash<QDate, MicroUsd> means;
    qsizetype firstSpend = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (firstSpend < 0 && all.at(i).totals.cost != 0)
            firstSpend = i;
        if (firstSpend < 0 || all.at(i).start < shownFirst)
            continue;
        const qsizetype from = std::max(firstSpend, i - (width - 1));
        MicroUsd sum = 0;
        for (qsizetype j = from; j <= i; ++j)
            sum += all.at(j).totals.cost;
        means.insert(all.at(i).start, roundedQuotient(sum, i - from + 1));
    }
    return means;
}

} // namespace

UsageSnapshot buildSnapshot(Ledger &ledger, const SnapshotRequest &request)
{
    UsageSnapshot s;
    s.takenAtUtc = request.nowUtc.toUTC();
    s.zone = request.zone;
    const qint64 nowMs = s.takenAtUtc.toMSecsSinceEpoch();
    const QDate today = s.takenAtUtc.toTimeZone(request.zone).date();
    // 8 previous weeks are needed for the typical week even when the range is shorter.
    const QDate shownFirst = today.addDays(1 - request.days);
    // …and the 6 days before the first shown day, for its 7-day mean.
    const QDate first = std::min(shownFirst.addDays(-6), periodStart(today, ReportPeriod::Week).addDays(-56));

    LedgerQuery query;
    query.fromMs = first.startOfDay(request.zone).toMSecsSinceEpoch();
    query.toMs = today.addDays(1).startOfDay(request.zone).toMSecsSinceEpoch();
    const QList<UsageSlice> slices = ledger.usageSlices(query);
    const QList<PeriodRow> all
        = everyDay(buildPeriodRows(slices, ReportPeriod::Day, request.zone, {first, today}), first, today);

    QList<MicroUsd> dailyBeforeToday;
    for (const PeriodRow &d : all) {
        if (d.start < today)
            dailyBeforeToday << d.totals.cost;
        if (d.start >= shownFirst)
            s.days << d;
    }
    s.today = all.isEmpty() ? 0 : all.constLast().totals.cost;
    s.typicalDay = medianOfActive(dailyBeforeToday, 30);

    const QDate monday = periodStart(today, ReportPeriod::Week);
    const int weekdayIndex = int(monday.daysTo(today)); // 0 on Monday
    QList<MicroUsd> weeks, weeksToDate;
    for (int w = 8; w >= 1; --w) {
        const QDate start = monday.addDays(-7 * w);
        MicroUsd week = 0, toDate = 0;
        for (const PeriodRow &d : all) {
            const qint64 offset = start.daysTo(d.start);
            if (offset >= 0 && offset < 7) {
                week += d.totals.cost;
                if (offset <= weekdayIndex)
                    toDate += d.totals.cost;
            }
        }
        weeks << week;
        weeksToDate << toDate;
    }
    s.typicalWeek = medianOfActive(weeks, 8);
    s.typicalWeekToDate = medianOfActive(weeksToDate, 8);
    int monthActiveDays = 0;
    for (const PeriodRow &d : all) {
        if (d.start >= monday)
            s.weekToDate += d.totals.cost;
        if (d.start.year() == today.year() && d.start.month() == today.month()) {
            s.monthToDate += d.totals.cost;
            monthActiveDays += d.totals.cost > 0 ? 1 : 0;
        }
    }
    s.monthPerActiveDay = monthActiveDays ? roundedQuotient(s.monthToDate, monthActiveDays) : 0;
    s.trailingMean7 = trailingMeans(all, shownFirst, 7);

    QHash<QDate, DayAnnotation> notes;
    annotateTeam(notes, all, ledger.teamDistributions(first, today));
    for (const PeriodRow &d : all) {
        const auto note = notes.constFind(d.start);
        if (note == notes.cend() || !note->team)
            continue;
        const TeamDistribution &band = *note->team;
        if (d.start >= shownFirst)
            s.teamBand.insert(d.start, band);
        if (d.start < monday)
            continue;
        TeamComparison &c = s.teamWeekToDate;
        c.yours += d.totals.cost;
        c.p25 += band.p25;
        c.p50 += band.p50;
        c.p75 += band.p75;
        c.members = std::max(c.members, band.members);
        c.origin = band.origin;
        ++c.days;
    }
    if (s.teamWeekToDate.days > 0) {
        TeamComparison &c = s.teamWeekToDate;
        c.position = teamPosition(c.yours, c.p25, c.p50, c.p75);
    }

    // Hourly spend ending now: the last 24 hours for the sparkline, 30 days as the surge baseline.
    const qint64 hourEnd = quarterHourStart(nowMs) + 15 * 60'000; // the quarter hour in progress counts
    QList<MicroUsd> hourly(30 * 24, 0);
    MicroUsd lastHour = 0;
    for (const UsageSlice &slice : slices) {
        const qint64 age = hourEnd - 1 - slice.bucketMs;
        if (age < 0)
            continue;
        if (age < kHourMs)
            lastHour += slice.cost;
        const qint64 hoursAgo = age / kHourMs;
        if (hoursAgo < hourly.size())
            hourly[hourly.size() - 1 - hoursAgo] += slice.cost;
    }
    s.last24Hours = hourly.mid(hourly.size() - 24);
    s.surge = checkSurge(hourly.mid(0, hourly.size() - 1), lastHour, request.surge);

    const QHash<QString, TaskInfo> infos = ledger.tasks();
    LedgerQuery taskQuery;
    taskQuery.fromMs = shownFirst.startOfDay(request.zone).toMSecsSinceEpoch();
    taskQuery.toMs = query.toMs;
    s.tasks = buildTaskRows(ledger.taskSlices(taskQuery), infos, request.ticketPattern);
    for (const TaskRow &t : s.tasks.mid(0, UsageSnapshot::kTimelineTasks)) {
        LedgerQuery one;
        one.fromMs = t.firstMs;
        one.toMs = t.lastMs + 1;
        one.sessionId = t.sessionId;
        // The source is checked here, not in the query: with a source filter SQLite walks the (source,
        // event_key) index over all of that source's events instead of the time index (3 s for a year).
        QList<UsageSlice> slices = ledger.usageSlices(one);
        slices.removeIf([&](const UsageSlice &slice) { return slice.source != t.source; });
        s.taskSlicesOverTime.insert(taskKey(t.source, t.sessionId), slices);
    }
    LedgerQuery lastHourQuery;
    lastHourQuery.fromMs = hourEnd - kHourMs;
    lastHourQuery.toMs = hourEnd;
    const QList<TaskRow> recent
        = buildTaskRows(ledger.taskSlices(lastHourQuery), infos, request.ticketPattern);
    if (!recent.isEmpty()) {
        s.surgeTaskKey = taskKey(recent.constFirst().source, recent.constFirst().sessionId);
        s.surgeTaskLabel = taskLabel(recent.constFirst(), request.zone);
    }

    s.models = mergeModels(s.days);
    if (request.prices) {
        for (const ModelBreakdown &m : s.models) {
            if (const auto fit = estimateOnSibling(m.modelName, m.tokens, *request.prices);
                fit && !m.unpriced)
                s.modelFit.insert(m.modelName, *fit);
        }
    }
    s.rangeTotals = sumTotals(s.days);
    s.demo = s.rangeTotals.bases.contains(QStringLiteral("demo"));
    s.sources = ledger.sourceTotals();
    s.pollStates = ledger.pollStates();
    QHash<QString, QSet<QDate>> reportedDays; // source → UTC days
    for (const ReportedDayCost &r : ledger.reportedCosts(shownFirst, today)) {
        UsageSnapshot::ReportedGap &gap = s.reportedGaps[r.source];
        gap.reported += r.cost;
        if (!reportedDays[r.source].contains(r.day)) {
            reportedDays[r.source].insert(r.day);
            ++gap.days;
        }
    }
    for (const UsageSlice &slice : slices) {
        const auto days = reportedDays.constFind(slice.source);
        if (days != reportedDays.cend()
            && days->contains(QDateTime::fromMSecsSinceEpoch(slice.bucketMs, QTimeZone::utc()).date()))
            s.reportedGaps[slice.source].priced += slice.cost;
    }
    s.events = ledger.eventCount();
    return s;
}

} // namespace tokenwise
