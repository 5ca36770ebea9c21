// Team band, surge episodes and budget status of one week, from the ledger and the limits passed in.
#include "report/WeekSignals.h"

#include "core/ZoneOffsets.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace tokenwise::report {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kBaselineHours = 30 * 24;

bool covers(const TeamDistribution &d, const QDate &day)
{
    return d.members >= kMinTeamMembers && day >= d.start && day <= d.end && d.days() > 0;
}

// A published feed beats a local computation, then the larger team.
bool better(const TeamDistribution &a, const TeamDistribution &b)
{
    return std::tuple(a.origin == QLatin1String("feed"), a.members)
        > std::tuple(b.origin == QLatin1String("feed"), b.members);
}

MicroUsd spreadOver(MicroUsd value, qint64 coveredDays, qint64 days)
{
    return (value * coveredDays + days / 2) / days;
}

QString taskTitle(const TaskRow &task)
{
    if (!task.title.isEmpty())
        return task.title;
    const QString project = QFileInfo(task.cwd).fileName();
    return project.isEmpty() ? task.sessionId.left(8) : project;
}

MicroUsd spendBetween(Ledger &ledger, qint64 fromMs, qint64 toMs)
{
    LedgerQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    MicroUsd total = 0;
    for (const UsageSlice &slice : ledger.usageSlices(query))
        total += slice.cost;
    return total;
}

} // namespace

QList<ReportedDay> reportedDays(const QList<ReportedDayCost> &reported, const QList<UsageSlice> &slices,
                                const QTimeZone &zone)
{
    QMap<std::pair<QDate, QString>, ReportedDay> days;
    for (const ReportedDayCost &r : reported) {
        ReportedDay &day = days[{r.day, r.source}];
        day.source = r.source;
        day.date = r.day;
        day.origin = day.origin.isEmpty() || day.origin == r.origin
            ? r.origin
            : day.origin + QLatin1Char('+') + r.origin;
        day.reported += r.cost;
    }
    if (days.isEmpty() || slices.isEmpty())
        return days.values();
    const ZoneOffsets offsets(zone, slices.constFirst().bucketMs, slices.constLast().bucketMs + 1);
    for (const UsageSlice &slice : slices) {
        const auto it = days.find({offsets.localDate(slice.bucketMs), slice.source});
        if (it != days.end())
            it->priced += slice.cost;
    }
    return days.values();
}

QString teamSourceOf(const QString &ledgerSource)
{
    if (ledgerSource == QLatin1String("claude-code"))
        return QStringLiteral("anthropic");
    if (ledgerSource == QLatin1String("codex"))
        return QStringLiteral("openai");
    return ledgerSource;
}

std::optional<TeamBand> weeklyTeamBand(const QList<TeamDistribution> &distributions,
                                       const QList<DaySpend> &days)
{
    QStringList used;
    for (const DaySpend &day : days) {
        for (const SourceSpend &s : day.bySource)
            used << teamSourceOf(s.source);
    }
    // One provider for the week, so the band never mixes tools from day to day.
    QMap<QString, std::tuple<bool, bool, int, int>> rank; // feed, used, days covered, members
    for (const TeamDistribution &d : distributions) {
        int covered = 0;
        for (const DaySpend &day : days)
            covered += covers(d, day.date) ? 1 : 0;
        if (covered == 0)
            continue;
        auto &r = rank[d.source];
        r = std::max(
            r, std::tuple(d.origin == QLatin1String("feed"), used.contains(d.source), covered, d.members));
    }
    if (rank.isEmpty())
        return std::nullopt;
    QString source = rank.firstKey();
    for (auto it = rank.cbegin(); it != rank.cend(); ++it) {
        if (it.value() > rank.value(source))
            source = it.key();
    }

    // Per distribution, the days of the week it stands for; its quantiles are spread evenly over its days.
    QList<std::pair<const TeamDistribution *, int>> parts;
    QList<QDate> coveredDates;
    for (const DaySpend &day : days) {
        const TeamDistribution *best = nullptr;
        for (const TeamDistribution &d : distributions) {
            if (d.source == source && covers(d, day.date) && (!best || better(d, *best)))
                best = &d;
        }
        if (!best)
            continue;
        coveredDates << day.date;
        auto it = std::find_if(parts.begin(), parts.end(), [&](const auto &p) { return p.first == best; });
        if (it == parts.end())
            parts.append({best, 1});
        else
            ++it->second;
    }
    TeamBand band;
    band.source = source;
    band.days = 0;
    band.members = std::numeric_limits<int>::max();
    for (const auto &[d, covered] : parts) {
        band.p25 += spreadOver(d->p25, covered, d->days());
        band.p50 += spreadOver(d->p50, covered, d->days());
        band.p75 += spreadOver(d->p75, covered, d->days());
        band.members = std::min(band.members, d->members);
        band.days += covered;
    }
    band.coveredDates = coveredDates;
    return band;
}

MicroUsd spendComparedWithBand(const TeamBand &band, const QList<DaySpend> &days)
{
    MicroUsd total = 0;
    for (const DaySpend &day : days) {
        if (!band.coveredDates.isEmpty() && !band.coveredDates.contains(day.date))
            continue;
        for (const SourceSpend &s : day.bySource) {
            if (band.source.isEmpty() || teamSourceOf(s.source) == band.source)
                total += s.cost;
        }
    }
    return total;
}

QList<SurgeEpisode> surgeEpisodes(Ledger &ledger, qint64 fromMs, qint64 toMs, const SurgeRule &rule,
                                  const QRegularExpression &ticketPattern)
{
    const qint64 baselineFrom = fromMs - kBaselineHours * kHourMs;
    LedgerQuery query;
    query.fromMs = baselineFrom;
    query.toMs = toMs;
    const qint64 hours = (toMs - baselineFrom + kHourMs - 1) / kHourMs;
    QList<MicroUsd> hourly(hours, 0);
    for (const UsageSlice &slice : ledger.usageSlices(query))
        hourly[(slice.bucketMs - baselineFrom) / kHourMs] += slice.cost;
    const SurgeCheck baseline = checkSurge(hourly.mid(0, kBaselineHours), 0, rule);

    QList<SurgeEpisode> episodes;
    bool open = false;
    for (qint64 h = kBaselineHours; h < hours; ++h) {
        if (hourly.at(h) <= baseline.threshold) {
            open = false;
            continue;
        }
        const qint64 start = baselineFrom + h * kHourMs;
        if (!open)
            episodes.append({start, start, 0, {}});
        open = true;
        episodes.last().endMs = std::min(start + kHourMs, toMs);
        episodes.last().cost += hourly.at(h);
    }
    for (SurgeEpisode &episode : episodes) {
        LedgerQuery window;
        window.fromMs = episode.startMs;
        window.toMs = episode.endMs;
        const QList<TaskRow> tasks = buildTaskRows(ledger.taskSlices(window), ledger.tasks(), ticketPattern);
        if (!tasks.isEmpty())
            episode.taskTitle = taskTitle(tasks.constFirst());
    }
    return episodes;
}

QList<BudgetStatus> budgetStatuses(Ledger &ledger, const WeeklySummary &summary, const BudgetLimits &limits)
{
    QList<BudgetStatus> statuses;
    const QString overall = QStringLiteral("overall");
    if (limits.daily > 0) {
        BudgetStatus daily {overall, QStringLiteral("daily"), limits.daily, 0, {}, {}, 0};
        for (const DaySpend &day : summary.days) {
            if (!daily.from.isValid() || day.cost > daily.spent) {
                daily.spent = day.cost;
                daily.from = daily.to = day.date;
            }
            daily.daysOver += day.cost >= limits.daily ? 1 : 0;
        }
        statuses << daily;
    }
    if (limits.weekly > 0) {
        statuses << BudgetStatus {overall,
                                  QStringLiteral("weekly"),
                                  limits.weekly,
                                  summary.totals.cost,
                                  summary.week.monday(),
                                  summary.week.sunday(),
                                  0};
    }
    if (limits.monthly > 0) {
        const QDate sunday = summary.week.sunday();
        for (QDate first(summary.week.monday().year(), summary.week.monday().month(), 1); first <= sunday;
             first = first.addMonths(1)) {
            const QDate last = std::min(first.addMonths(1).addDays(-1), sunday);
            const qint64 from = ZoneOffsets::startOfDayMs(first, summary.zone);
            const qint64 to = ZoneOffsets::startOfDayMs(last.addDays(1), summary.zone);
            statuses << BudgetStatus {overall,
                                      QStringLiteral("monthly"),
                                      limits.monthly,
                                      spendBetween(ledger, from, to),
                                      first,
                                      last,
                                      0};
        }
    }
    return statuses;
}

} // namespace tokenwise::report
