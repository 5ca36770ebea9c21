// CSV output: CRLF line ends and quoting as RFC 4180 asks; the layout is described in CsvRenderer.h.
#include "report/CsvRenderer.h"

#include <QDateTime>

namespace tokenwise::report {

namespace {

enum Column {
    Section,
    Item,
    Date,
    Source,
    Model,
    CompareModel,
    Title,
    Project,
    Branch,
    Ticket,
    InputTokens,
    OutputTokens,
    CacheWriteTokens,
    CacheReadTokens,
    TotalTokens,
    CostUsd,
    EstimateUsd,
    Share,
    Commits,
    LinesChanged,
    CostPerCommitUsd,
    Value,
    ColumnCount
};

const char *const kHeaders[ColumnCount] = {"section",
                                           "item",
                                           "date",
                                           "source",
                                           "model",
                                           "compare_model",
                                           "title",
                                           "project",
                                           "branch",
                                           "ticket",
                                           "input_tokens",
                                           "output_tokens",
                                           "cache_write_tokens",
                                           "cache_read_tokens",
                                           "total_tokens",
                                           "cost_usd",
                                           "estimate_usd",
                                           "share",
                                           "commits",
                                           "lines_changed",
                                           "cost_per_commit_usd",
                                           "value"};

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString usd(MicroUsd micros)
{
    return QString::number(dollarsFromMicros(micros), 'f', 6);
}

QString fraction(double value)
{
    return QString::number(value, 'f', 4);
}

class Writer
{
public:
    Writer()
    {
        QStringList header;
        for (const char *h : kHeaders)
            header << QLatin1String(h);
        add(header);
    }

    struct Row
    {
        QStringList cells = QStringList(ColumnCount);
        Row &set(Column c, const QString &v)
        {
            cells[c] = v;
            return *this;
        }
        Row &tokens(const TokenCounts &t)
        {
            set(InputTokens, QString::number(t.input));
            set(OutputTokens, QString::number(t.output));
            set(CacheWriteTokens, QString::number(t.cacheWrite()));
            set(CacheReadTokens, QString::number(t.cacheRead));
            return set(TotalTokens, QString::number(t.total()));
        }
    };

    static Row row(const char *section, const QString &item = {})
    {
        Row r;
        r.set(Section, QLatin1String(section));
        return r.set(Item, item);
    }
    void add(const Row &r) { add(r.cells); }
    void add(const QStringList &cells)
    {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << field(c);
        m_text += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QString instant(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

void meta(Writer &w, const WeeklySummary &s)
{
    auto add = [&](const char *item, const QString &value) {
        w.add(Writer::row("meta", QLatin1String(item)).set(Value, value));
    };
    add("week", s.week.label());
    add("first_day", isoDate(s.week.monday()));
    add("last_day", isoDate(s.week.sunday()));
    add("timezone", QString::fromUtf8(s.zone.id()));
    add("demo", s.demo ? QStringLiteral("true") : QStringLiteral("false"));
    add("cost_basis", s.demo ? QStringLiteral("demo") : s.totals.bases.join(QLatin1Char('+')));
    add("unpriced_tokens", s.totals.unpriced ? QStringLiteral("true") : QStringLiteral("false"));
    add("price_version", s.priceVersion);
    add("generated_at", instant(s.generatedAtMs, s.zone));
}

void summaryRows(Writer &w, const WeeklySummary &s)
{
    w.add(Writer::row("summary", QStringLiteral("week_total"))
              .tokens(s.totals.tokens)
              .set(CostUsd, usd(s.totals.cost)));
    const WeekSpend &previous = s.comparison.previousWeeks.constLast();
    auto prev
        = Writer::row("summary", QStringLiteral("previous_week")).set(Date, isoDate(previous.week.monday()));
    if (s.comparison.previousWeek)
        prev.set(CostUsd, usd(*s.comparison.previousWeek));
    else
        prev.set(Value, QStringLiteral("no_history"));
    w.add(prev);
    auto median = Writer::row("summary", QStringLiteral("median_previous_weeks"))
                      .set(Value, QString::number(s.comparison.medianWeeks));
    if (s.comparison.median)
        median.set(CostUsd, usd(*s.comparison.median));
    w.add(median);
    auto change = [&](const char *item, const std::optional<double> &value) {
        w.add(Writer::row("summary", QLatin1String(item)).set(Share, value ? fraction(*value) : QString()));
    };
    change("change_vs_previous_week", s.changeVsPreviousWeek());
    change("change_vs_median", s.changeVsMedian());
    for (const WeekSpend &week : s.comparison.previousWeeks) {
        w.add(Writer::row("history", week.week.label())
                  .set(Date, isoDate(week.week.monday()))
                  .set(CostUsd, week.counted ? usd(week.cost) : QString())
                  .set(Value, week.counted ? QStringLiteral("counted") : QStringLiteral("no_history")));
    }
}

void team(Writer &w, const WeeklySummary &s)
{
    static const char *const statuses[] = {"not_configured", "too_few_members", "shown"};
    static const char *const positions[] = {"below_p25", "p25_to_median", "median_to_p75", "above_p75"};
    w.add(
        Writer::row("team", QStringLiteral("status")).set(Value, QLatin1String(statuses[int(s.teamStatus)])));
    if (s.teamStatus != TeamStatus::Shown)
        return;
    w.add(Writer::row("team", QStringLiteral("members")).set(Value, QString::number(s.team->members)));
    w.add(Writer::row("team", QStringLiteral("days")).set(Value, QString::number(s.team->days)));
    w.add(Writer::row("team", QStringLiteral("compared_spend"))
              .set(Source, s.team->source)
              .set(CostUsd, usd(s.teamComparedSpend)));
    w.add(Writer::row("team", QStringLiteral("p25")).set(CostUsd, usd(s.team->p25)));
    w.add(Writer::row("team", QStringLiteral("p50")).set(CostUsd, usd(s.team->p50)));
    w.add(Writer::row("team", QStringLiteral("p75")).set(CostUsd, usd(s.team->p75)));
    w.add(Writer::row("team", QStringLiteral("position"))
              .set(Value, QLatin1String(positions[int(s.teamPosition)])));
}

void days(Writer &w, const WeeklySummary &s)
{
    for (const DaySpend &day : s.days) {
        auto base = Writer::row("day", QString::number(day.date.dayOfWeek()))
                        .set(Date, isoDate(day.date))
                        .set(Value, QString::number(day.hours()));
        // Every source of the week on every day, zeros included, so the grid pivots without gaps.
        if (s.bySource.isEmpty()) {
            w.add(base.tokens({}).set(CostUsd, usd(0)));
            continue;
        }
        QStringList sources;
        for (const SourceSpend &p : s.bySource)
            sources << p.source;
        sources.sort();
        for (const QString &source : std::as_const(sources)) {
            SourceSpend spend {source, {}, 0, false};
            for (const SourceSpend &p : day.bySource) {
                if (p.source == source)
                    spend = p;
            }
            auto row = base;
            w.add(row.set(Source, source).tokens(spend.tokens).set(CostUsd, usd(spend.cost)));
        }
    }
}

void reported(Writer &w, const WeeklySummary &s)
{
    for (const ReportedDay &r : s.reported) {
        w.add(Writer::row("reported", r.origin)
                  .set(Date, isoDate(r.date))
                  .set(Source, r.source)
                  .set(CostUsd, usd(r.reported))
                  .set(EstimateUsd, usd(r.priced)));
    }
}

void spend(Writer &w, const WeeklySummary &s)
{
    for (const SourceSpend &p : s.bySource) {
        w.add(Writer::row("source")
                  .set(Source, p.source)
                  .tokens(p.tokens)
                  .set(CostUsd, usd(p.cost))
                  .set(Share,
                       s.totals.cost > 0 ? fraction(double(p.cost) / double(s.totals.cost)) : QString()));
    }
    for (const ModelBreakdown &m : s.byModel) {
        w.add(Writer::row("model")
                  .set(Model, m.modelName)
                  .tokens(m.tokens)
                  .set(CostUsd, m.unpriced ? QString() : usd(m.cost))
                  .set(Value,
                       m.unpriced            ? QStringLiteral("unpriced")
                           : m.fallbackModel ? QStringLiteral("fallback_model")
                                             : QString()));
    }
}

void tasks(Writer &w, const WeeklySummary &s)
{
    for (qsizetype i = 0; i < s.topTasks.size(); ++i) {
        const TaskSummary &t = s.topTasks.at(i);
        const auto share = t.cacheReadShare();
        const auto perCommit = t.costPerCommit();
        w.add(Writer::row("task", QString::number(i + 1))
                  .set(Date, isoDate(QDateTime::fromMSecsSinceEpoch(t.firstMs, s.zone).date()))
                  .set(Source, t.source)
                  .set(Model, t.models.join(QLatin1Char(' ')))
                  .set(Title, t.title)
                  .set(Project, t.project)
                  .set(Branch, t.branch)
                  .set(Ticket, t.ticket)
                  .tokens(t.tokens)
                  .set(CostUsd, usd(t.cost))
                  .set(Share, share ? fraction(*share) : QString())
                  .set(Commits, t.commits ? QString::number(*t.commits) : QString())
                  .set(LinesChanged, t.linesChanged ? QString::number(*t.linesChanged) : QString())
                  .set(CostPerCommitUsd, perCommit ? usd(*perCommit) : QString()));
    }
    const int others = s.taskCount - int(s.topTasks.size());
    if (others > 0) {
        w.add(Writer::row("task", QStringLiteral("other_tasks"))
                  .set(CostUsd, usd(s.otherTasksCost))
                  .set(Value, QString::number(others)));
    }
}

void estimates(Writer &w, const WeeklySummary &s)
{
    const CacheEfficiency &c = s.cache;
    w.add(Writer::row("cache", QStringLiteral("prompt_tokens")).set(Value, QString::number(c.promptTokens)));
    const auto share = c.share();
    w.add(Writer::row("cache", QStringLiteral("cache_read_tokens"))
              .set(Value, QString::number(c.cacheReadTokens))
              .set(Share, share ? fraction(*share) : QString()));
    w.add(Writer::row("cache", QStringLiteral("cache_read_cost")).set(CostUsd, usd(c.cacheReadCost)));
    w.add(Writer::row("cache", QStringLiteral("at_input_price")).set(EstimateUsd, usd(c.atInputPrice)));
    w.add(Writer::row("cache", QStringLiteral("saved")).set(EstimateUsd, usd(c.saved())));
    for (const ModelFitWhatIf &f : s.whatIfs) {
        w.add(Writer::row("what_if")
                  .set(Model, f.model)
                  .set(CompareModel, f.sibling)
                  .tokens(f.tokens)
                  .set(CostUsd, usd(f.actualCost))
                  .set(EstimateUsd, usd(f.estimatedCost)));
    }
    for (const UnpricedModel &u : s.unpriced)
        w.add(Writer::row("unpriced").set(Model, u.model).tokens(u.tokens));
}

void alerts(Writer &w, const WeeklySummary &s)
{
    if (!s.surges) {
        w.add(Writer::row("surge", QStringLiteral("status")).set(Value, QStringLiteral("not_configured")));
    } else if (s.surges->isEmpty()) {
        w.add(Writer::row("surge", QStringLiteral("status")).set(Value, QStringLiteral("none")));
    } else {
        for (const SurgeEpisode &e : *s.surges) {
            w.add(Writer::row("surge", QStringLiteral("episode"))
                      .set(Date, instant(e.startMs, s.zone))
                      .set(Value, instant(e.endMs, s.zone))
                      .set(Title, e.taskTitle)
                      .set(CostUsd, usd(e.cost)));
        }
    }
    if (!s.budgets) {
        w.add(Writer::row("budget", QStringLiteral("status")).set(Value, QStringLiteral("not_configured")));
    } else if (s.budgets->isEmpty()) {
        w.add(Writer::row("budget", QStringLiteral("status")).set(Value, QStringLiteral("none_set")));
    } else {
        for (const BudgetStatus &b : *s.budgets) {
            w.add(
                Writer::row("budget", b.period)
                    .set(Date, isoDate(b.from))
                    .set(Title, b.period == QLatin1String("daily") ? QString::number(b.daysOver) : QString())
                    .set(Source, b.scope)
                    .set(CostUsd, usd(b.spent))
                    .set(Value, usd(b.limit))
                    .set(Share, b.limit > 0 ? fraction(double(b.spent) / double(b.limit)) : QString()));
        }
    }
}

void coverage(Writer &w, const WeeklySummary &s)
{
    for (const SourceCoverage &c : s.coverage) {
        w.add(Writer::row("coverage",
                          c.usedThisWeek ? QStringLiteral("used_this_week") : QStringLiteral("not_used"))
                  .set(Source, c.source)
                  .set(Date, c.lastIngestMs > 0 ? instant(c.lastIngestMs, s.zone) : QString())
                  .set(Value, QString::number(c.events)));
    }
}

} // namespace

QByteArray renderCsv(const WeeklySummary &summary)
{
    Writer w;
    meta(w, summary);
    summaryRows(w, summary);
    team(w, summary);
    days(w, summary);
    reported(w, summary);
    spend(w, summary);
    tasks(w, summary);
    estimates(w, summary);
    alerts(w, summary);
    coverage(w, summary);
    return w.bytes();
}

} // namespace tokenwise::report
