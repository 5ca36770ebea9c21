// Turns the summary model into sections of text and tables; every user-visible sentence is translated here.
#include "report/SummaryDocument.h"

#include "core/TaskTitle.h"
#include "core/TrContext.h"
#include "report/SummaryFormat.h"
#include "sources/local/LocalSourceRegistry.h"

#include <algorithm>

TOKENWISE_TR_CONTEXT(WeeklySummary)

namespace tokenwise::report {

namespace {

QString tr(const char *text, int n = -1)
{
    return summaryTr(text, n);
}

DocBlock paragraph(const QString &text)
{
    return {DocBlock::Kind::Paragraph, text, {}};
}

DocBlock note(const QString &text)
{
    return {DocBlock::Kind::Note, text, {}};
}

DocBlock table(DocTable t)
{
    return {DocBlock::Kind::Table, {}, std::move(t)};
}

QString basisText(const WeeklySummary &s)
{
    if (s.demo)
        return tr("demo (built-in example history)");
    QStringList parts;
    for (const QString &basis : s.totals.bases) {
        if (basis == QLatin1String("priced"))
            parts << tr("priced (tokens × list prices)");
        else if (basis == QLatin1String("reported"))
            parts << tr("reported by the provider");
        else
            parts << basis;
    }
    if (s.totals.unpriced)
        parts << tr("some tokens unpriced");
    return parts.isEmpty() ? tr("no usage") : parts.join(QStringLiteral("; "));
}

QString comparedTo(const std::optional<MicroUsd> &base, const std::optional<double> &change, const QLocale &l)
{
    if (!base)
        return tr("no history");
    if (!change)
        return formatMoney(*base, l) + QStringLiteral(" · ") + tr("no spend to compare with");
    return formatMoney(*base, l) + QStringLiteral(" → ") + formatChange(*change, l);
}

QString teamText(const WeeklySummary &s, const QLocale &l)
{
    switch (s.teamStatus) {
    case TeamStatus::NotConfigured:
        return tr("No team feed configured.");
    case TeamStatus::TooFewMembers:
        return tr("Team band withheld: the feed has fewer than %1 members.").arg(kMinTeamMembers);
    case TeamStatus::Shown:
        break;
    }
    static const char *const positions[] = {
        QT_TRANSLATE_NOOP("WeeklySummary", "Below the team's 25th percentile"),
        QT_TRANSLATE_NOOP("WeeklySummary", "Between the team's 25th percentile and median"),
        QT_TRANSLATE_NOOP("WeeklySummary", "Between the team median and 75th percentile"),
        QT_TRANSLATE_NOOP("WeeklySummary", "Above the team's 75th percentile"),
    };
    const TeamBand &band = *s.team;
    QString text = tr(positions[int(s.teamPosition)]);
    if (!band.source.isEmpty())
        text += tr(": your %1 spend %2")
                    .arg(sourceDisplayName(band.source), formatMoney(s.teamComparedSpend, l));
    text += tr(" (team of %1: p25 %2, median %3, p75 %4)")
                .arg(formatCount(band.members, l), formatMoney(band.p25, l), formatMoney(band.p50, l),
                     formatMoney(band.p75, l));
    if (band.days < 7)
        text += QStringLiteral(" · ") + tr("the band covers %1 of the 7 days").arg(formatCount(band.days, l));
    if (s.demo)
        text += QStringLiteral(" · ") + tr("a made-up band, as the dashboard shows in the demo");
    return text;
}

DocSection overview(const WeeklySummary &s, const QLocale &l)
{
    DocTable t;
    t.headers = QStringList {tr("Measure"), tr("Value")};
    t.numeric = {false, false};
    t.rows << QStringList {tr("Total spend"), formatMoney(s.totals.cost, l)};
    t.rows << QStringList {tr("Cost basis"), basisText(s)};
    t.rows << QStringList {tr("Tokens"), formatCount(s.totals.tokens.total(), l)};
    const WeekSpend &previous = s.comparison.previousWeeks.constLast();
    t.rows << QStringList {tr("vs previous week (%1)").arg(previous.week.label()),
                           comparedTo(s.comparison.previousWeek, s.changeVsPreviousWeek(), l)};
    QString median = comparedTo(s.comparison.median, s.changeVsMedian(), l);
    if (s.comparison.median && s.comparison.medianWeeks < int(s.comparison.previousWeeks.size()))
        median += QStringLiteral(" · ")
            + tr("history covers %1 of the 8 weeks").arg(formatCount(s.comparison.medianWeeks, l));
    t.rows << QStringList {tr("vs your median of the previous 8 weeks"), median};
    t.rows << QStringList {tr("Team band"), teamText(s, l)};
    t.rows << QStringList {tr("Tasks"), formatCount(s.taskCount, l)};
    DocSection section {QStringLiteral("summary"), tr("Summary"), {table(t)}};
    if (s.teamStatus == TeamStatus::Shown && s.team && !s.team->source.isEmpty())
        section.blocks << note(
            tr("The team band adds up the feed's per-day quantiles over the days it covers: "
               "an estimate of a typical week's spread for that provider, not a ranking."));
    return section;
}

DocSection daily(const WeeklySummary &s, const SummaryDocument &doc, const QLocale &l)
{
    DocTable t;
    t.headers << tr("Day");
    t.numeric << false;
    for (const ChartSeries &series : doc.chart.series) {
        t.headers << series.label;
        t.numeric << true;
    }
    t.headers << tr("Total");
    t.numeric << true;
    QList<MicroUsd> columnTotals(doc.chart.series.size(), 0);
    QStringList shortDays;
    for (qsizetype d = 0; d < doc.chart.bars.size(); ++d) {
        const ChartBar &bar = doc.chart.bars.at(d);
        QString label = formatDay(bar.date, l);
        const qint64 hours = s.days.at(d).hours();
        if (hours != 24)
            shortDays
                << tr("%1 had %2 hours (clock change).").arg(formatDay(bar.date, l), formatCount(hours, l));
        QStringList row {label};
        for (qsizetype i = 0; i < bar.values.size(); ++i) {
            row << formatMoney(bar.values.at(i), l);
            columnTotals[i] += bar.values.at(i);
        }
        row << formatMoney(bar.total, l);
        t.rows << row;
    }
    QStringList total {tr("Total")};
    for (const MicroUsd v : std::as_const(columnTotals))
        total << formatMoney(v, l);
    total << formatMoney(s.totals.cost, l);
    t.rows << total;
    t.lastRowIsTotal = true;
    DocSection section {QStringLiteral("daily"), tr("Daily spend by provider"), {}};
    if (!doc.chart.series.isEmpty())
        section.blocks << DocBlock {DocBlock::Kind::Chart, {}, {}};
    section.blocks << table(t);
    if (!doc.chart.otherSources.isEmpty())
        section.blocks << note(tr("Other sources: %1.").arg(l.createSeparatedList(doc.chart.otherSources)));
    for (const QString &text : std::as_const(shortDays))
        section.blocks << note(text);
    for (const ReportedDay &r : s.reported) {
        section.blocks << note(tr("%1, %2: %3 as the provider reported it (%4); the logs priced %5.")
                                   .arg(formatDay(r.date, l), sourceDisplayName(r.source),
                                        formatMoney(r.reported, l), sourceDisplayName(r.origin),
                                        formatMoney(r.priced, l)));
    }
    if (!s.reported.isEmpty())
        section.blocks << note(tr("Spend by model and by task stays priced from the logs."));
    return section;
}

DocSection providers(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("providers"), tr("Spend by provider"), {}};
    if (s.bySource.isEmpty()) {
        section.blocks << paragraph(tr("No usage this week."));
        return section;
    }
    DocTable t;
    t.headers = QStringList {tr("Provider"), tr("Tokens"), tr("Cost"), tr("Share")};
    t.numeric = {false, true, true, true};
    for (const SourceSpend &p : s.bySource) {
        const QString share
            = s.totals.cost > 0 ? formatShare(double(p.cost) / double(s.totals.cost), l) : unknownValue();
        t.rows << QStringList {sourceDisplayName(p.source), formatCount(p.tokens.total(), l),
                               formatMoney(p.cost, l) + (p.unpriced ? QStringLiteral("*") : QString()),
                               share};
    }
    section.blocks << table(t);
    return section;
}

DocSection models(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("models"), tr("Spend by model"), {}};
    if (s.byModel.isEmpty()) {
        section.blocks << paragraph(tr("No usage this week."));
        return section;
    }
    // Reasoning (a part of output, priced as output) gets a column only in a week where an agent reported it.
    const bool reasoning = std::any_of(s.byModel.cbegin(), s.byModel.cend(),
                                       [](const ModelBreakdown &m) { return m.tokens.reasoning != 0; });
    DocTable t;
    t.headers = QStringList {tr("Model"), tr("Tokens"), tr("Cache read"), tr("Cost")};
    t.numeric = {false, true, true, true};
    if (reasoning) {
        t.headers.insert(2, tr("Reasoning"));
        t.numeric.insert(2, true);
    }
    bool fallback = false;
    for (const ModelBreakdown &m : s.byModel) {
        fallback = fallback || m.fallbackModel;
        QStringList row {m.modelName + (m.fallbackModel ? QStringLiteral("†") : QString()),
                         formatCount(m.tokens.total(), l), formatCount(m.tokens.cacheRead, l),
                         m.unpriced ? tr("unpriced") : formatMoney(m.cost, l)};
        if (reasoning)
            row.insert(2, formatCount(m.tokens.reasoning, l));
        t.rows << row;
    }
    section.blocks << table(t);
    if (fallback)
        section.blocks << note(tr("† Codex reported no model: priced as gpt-5."));
    return section;
}

QString taskLabel(const TaskSummary &task, const QTimeZone &zone)
{
    return taskTitle({task.title, task.project, task.ticket, task.branch, task.sessionId, task.firstMs},
                     zone);
}

QString branchLabel(const TaskSummary &task)
{
    if (task.ticket.isEmpty())
        return task.branch.isEmpty() ? unknownValue() : task.branch;
    return task.ticket;
}

QString optionalCount(const std::optional<qint64> &value, const QLocale &l)
{
    return value ? formatCount(*value, l) : unknownValue();
}

DocSection tasks(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("tasks"), tr("Top tasks by cost"), {}};
    if (s.topTasks.isEmpty()) {
        section.blocks << paragraph(tr("No tasks this week."));
        return section;
    }
    DocTable t;
    t.headers
        = QStringList {tr("#"),          tr("Task"), tr("Project"), tr("Ticket / branch"), tr("Tokens"),
                       tr("Cache read"), tr("Cost"), tr("Commits"), tr("Lines"),           tr("Per commit")};
    t.numeric = {true, false, false, false, true, true, true, true, true, true};
    for (qsizetype i = 0; i < s.topTasks.size(); ++i) {
        const TaskSummary &task = s.topTasks.at(i);
        const auto share = task.cacheReadShare();
        const auto perCommit = task.costPerCommit();
        t.rows << QStringList {formatCount(i + 1, l),
                               taskLabel(task, s.zone),
                               task.project.isEmpty() ? unknownValue() : task.project,
                               branchLabel(task),
                               formatCount(task.tokens.total(), l),
                               share ? formatShare(*share, l) : unknownValue(),
                               formatMoney(task.cost, l) + (task.unpriced ? QStringLiteral("*") : QString()),
                               optionalCount(task.commits, l),
                               optionalCount(task.linesChanged, l),
                               perCommit ? formatMoney(*perCommit, l) : unknownValue()};
    }
    section.blocks << table(t);
    const int others = s.taskCount - int(s.topTasks.size());
    if (others > 0)
        section.blocks << paragraph(tr("Other tasks this week: %1, together %2.")
                                        .arg(formatCount(others, l), formatMoney(s.otherTasksCost, l)));
    section.blocks << note(tr("Cache read: the share of the task's prompt tokens served from cache. Commits "
                              "and lines show — until they are read from the repository."));
    return section;
}

DocSection cache(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("cache"), tr("Cache efficiency"), {}};
    const CacheEfficiency &c = s.cache;
    const auto share = c.share();
    if (!share) {
        section.blocks << paragraph(tr("No prompt tokens this week."));
        return section;
    }
    section.blocks << paragraph(
        tr("Cache reads were %1 of prompt tokens (%2 of %3).")
            .arg(formatShare(*share, l), formatCount(c.cacheReadTokens, l), formatCount(c.promptTokens, l)));
    if (c.pricedCacheReadTokens > 0) {
        section.blocks << paragraph(
            tr("Those reads cost %1; at the input price they would have cost %2: caching "
               "saved about %3.")
                .arg(formatMoney(c.cacheReadCost, l), formatMoney(c.atInputPrice, l),
                     formatMoney(c.saved(), l)));
        if (c.pricedCacheReadTokens < c.cacheReadTokens)
            section.blocks << note(tr("Savings cover the priced models only."));
    }
    section.blocks << note(
        tr("Estimate at list prices (standard context), excluding what cache writes cost."));
    return section;
}

DocSection modelFit(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("model-fit"), tr("Model fit (estimates)"), {}};
    if (s.whatIfs.isEmpty()) {
        section.blocks << paragraph(tr("No model this week has a cheaper priced sibling."));
        return section;
    }
    DocTable t;
    t.headers = QStringList {tr("Model"), tr("Cheaper sibling"), tr("Tokens"),
                             tr("Cost"),  tr("Estimate"),        tr("Difference")};
    t.numeric = {false, false, true, true, true, true};
    for (const ModelFitWhatIf &w : s.whatIfs) {
        t.rows << QStringList {w.model,
                               w.sibling,
                               formatCount(w.tokens.total(), l),
                               formatMoney(w.actualCost, l),
                               formatMoney(w.estimatedCost, l),
                               formatMoney(w.difference(), l)};
    }
    section.blocks << table(t);
    section.blocks << note(
        tr("What-ifs, not judgements: the same tokens at the sibling's list price. A smaller "
           "model may need more turns, or may not manage the task at all."));
    return section;
}

QString budgetPeriod(const BudgetStatus &b, const QLocale &l)
{
    if (b.period == QLatin1String("daily")) {
        const QString highest = tr("Daily: highest day, %1").arg(formatDay(b.from, l));
        return b.daysOver > 0 ? highest + QStringLiteral(" · ") + tr("%n day(s) at or over", b.daysOver)
                              : highest;
    }
    if (b.period == QLatin1String("weekly"))
        return tr("Weekly");
    if (b.period == QLatin1String("monthly"))
        return tr("Monthly: %1 to %2").arg(formatDay(b.from, l), formatDay(b.to, l));
    return b.period;
}

DocSection alerts(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("alerts"), tr("Surges and budgets"), {}};
    if (!s.surges) {
        section.blocks << paragraph(tr("Surge episodes: not configured."));
    } else if (s.surges->isEmpty()) {
        section.blocks << paragraph(tr("Surge episodes: none this week."));
    } else {
        DocTable t;
        t.headers = QStringList {tr("Surge started"), tr("Ended"), tr("Task"), tr("Cost")};
        t.numeric = {false, false, false, true};
        for (const SurgeEpisode &e : *s.surges) {
            t.rows << QStringList {formatDateTime(e.startMs, s.zone, l), formatDateTime(e.endMs, s.zone, l),
                                   e.taskTitle.isEmpty() ? unknownValue() : e.taskTitle,
                                   formatMoney(e.cost, l)};
        }
        section.blocks << table(t);
    }
    if (!s.budgets) {
        section.blocks << paragraph(tr("Budgets: not configured."));
    } else if (s.budgets->isEmpty()) {
        section.blocks << paragraph(tr("Budgets: none set."));
    } else {
        DocTable t;
        t.headers = QStringList {tr("Budget"), tr("Period"), tr("Spent"), tr("Limit"), tr("Used")};
        t.numeric = {false, false, true, true, true};
        for (const BudgetStatus &b : *s.budgets) {
            const QString scope
                = b.scope == QLatin1String("overall") ? tr("Overall") : sourceDisplayName(b.scope);
            QString used = b.limit > 0 ? formatShare(double(b.spent) / double(b.limit), l) : unknownValue();
            if (b.over())
                used += QStringLiteral(" · ") + tr("over");
            t.rows << QStringList {scope, budgetPeriod(b, l), formatMoney(b.spent, l),
                                   formatMoney(b.limit, l), used};
        }
        section.blocks << table(t);
    }
    return section;
}

DocSection unpriced(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("unpriced"), tr("Unpriced models"), {}};
    if (s.unpriced.isEmpty()) {
        section.blocks << paragraph(tr("None: every model used this week is in the price table."));
        return section;
    }
    DocTable t;
    t.headers = QStringList {tr("Model"), tr("Tokens")};
    t.numeric = {false, true};
    for (const UnpricedModel &u : s.unpriced)
        t.rows << QStringList {u.model, formatCount(u.tokens.total(), l)};
    section.blocks << table(t);
    section.blocks << note(tr("* Their tokens are counted but their cost is unknown, not zero."));
    return section;
}

DocSection coverage(const WeeklySummary &s, const QLocale &l)
{
    DocSection section {QStringLiteral("coverage"), tr("Data coverage"), {}};
    if (!s.coverage.isEmpty()) {
        DocTable t;
        t.headers = QStringList {tr("Source"), tr("Events in ledger"), tr("Last read"), tr("Used this week")};
        t.numeric = {false, true, false, false};
        for (const SourceCoverage &c : s.coverage) {
            t.rows << QStringList {sourceDisplayName(c.source), formatCount(c.events, l),
                                   c.lastIngestMs > 0 ? formatDateTime(c.lastIngestMs, s.zone, l)
                                                      : unknownValue(),
                                   c.usedThisWeek ? tr("yes") : tr("no")};
        }
        section.blocks << table(t);
    } else {
        section.blocks << paragraph(tr("No source has delivered data yet."));
    }
    // Every agent Tokenwise reads, so a reader sees what was looked for, not only what was found.
    QStringList nothingFrom;
    for (const LocalSource *local : localSources()) {
        if (std::none_of(s.coverage.cbegin(), s.coverage.cend(),
                         [&](const SourceCoverage &c) { return c.source == local->id(); }))
            nothingFrom << local->displayName();
    }
    if (!s.demo && !nothingFrom.isEmpty())
        section.blocks << paragraph(
            tr("Also read, nothing found: %1.").arg(nothingFrom.join(QStringLiteral(", "))));
    section.blocks << paragraph(s.demo ? tr("Data: DEMO — the built-in example history, not your usage.")
                                       : tr("Data: your local Tokenwise ledger."));
    if (!s.priceVersion.isEmpty())
        section.blocks << paragraph(tr("Prices: %1.").arg(s.priceVersion));
    section.blocks << paragraph(
        tr("Days run from midnight to midnight in %1.").arg(QString::fromUtf8(s.zone.id())));
    section.blocks << note(tr("Private by design: no prompt text, no keys, no colleague names."));
    return section;
}

} // namespace

SummaryDocument summaryDocument(const WeeklySummary &s, const QLocale &l)
{
    SummaryDocument doc;
    doc.title = tr("Weekly AI spend — %1").arg(s.week.label());
    doc.subtitle = tr("%1 – %2 · %3")
                       .arg(formatLongDate(s.week.monday(), l), formatLongDate(s.week.sunday(), l),
                            QString::fromUtf8(s.zone.id()));
    doc.demo = s.demo;
    if (s.demo)
        doc.demoBanner = tr("DEMO DATA — built-in example history, not your usage");
    doc.chart = dailyChart(s, l);
    doc.chartDescription = tr("Daily spend by provider, %1 to %2")
                               .arg(formatDay(s.week.monday(), l), formatDay(s.week.sunday(), l));
    doc.languageTag = l.bcp47Name();
    doc.letterPaper = usesLetterPaper(l);
    doc.sections << overview(s, l) << daily(s, doc, l) << providers(s, l) << models(s, l) << tasks(s, l)
                 << cache(s, l) << modelFit(s, l) << alerts(s, l) << unpriced(s, l) << coverage(s, l);
    doc.footer = tr("Tokenwise weekly summary %1 · generated %2")
                     .arg(s.week.label(), formatDateTime(s.generatedAtMs, s.zone, l));
    return doc;
}

} // namespace tokenwise::report
