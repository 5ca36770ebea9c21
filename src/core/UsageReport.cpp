// Report rows from ledger slices.
#include "core/UsageReport.h"

#include "core/ZoneOffsets.h"

#include <QMap>

#include <algorithm>

namespace tokenwise {

namespace {

struct BreakdownKey
{
    QString model;
    bool unpriced;
    bool fallback;
    friend bool operator<(const BreakdownKey &a, const BreakdownKey &b)
    {
        return std::tie(a.model, a.unpriced, a.fallback) < std::tie(b.model, b.unpriced, b.fallback);
    }
};

void addTo(UsageTotals &totals, const TokenCounts &tokens, MicroUsd cost, CostBasis basis)
{
    totals.tokens += tokens;
    totals.cost += cost;
    if (basis == CostBasis::Unpriced)
        totals.unpriced = true;
    const QString name = costBasisName(basis);
    if (basis != CostBasis::Unpriced && !totals.bases.contains(name))
        totals.bases << name;
}

QList<ModelBreakdown> sortedBreakdowns(const QMap<BreakdownKey, ModelBreakdown> &map)
{
    QList<ModelBreakdown> list = map.values();
    std::stable_sort(list.begin(), list.end(), [](const ModelBreakdown &a, const ModelBreakdown &b) {
        if (a.cost != b.cost)
            return a.cost > b.cost;
        return a.modelName < b.modelName;
    });
    return list;
}

void addBreakdown(QMap<BreakdownKey, ModelBreakdown> &map, const QString &model, bool fallback,
                  CostBasis basis, const TokenCounts &tokens, MicroUsd cost)
{
    const bool unpriced = basis == CostBasis::Unpriced;
    ModelBreakdown &b = map[{model, unpriced, fallback}];
    b.modelName = model;
    b.unpriced = unpriced;
    b.fallbackModel = fallback;
    b.tokens += tokens;
    b.cost += cost;
}

} // namespace

QDate periodStart(const QDate &date, ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::Day:
        return date;
    case ReportPeriod::Week:
        return date.addDays(1 - date.dayOfWeek());
    case ReportPeriod::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QList<PeriodRow> buildPeriodRows(const QList<UsageSlice> &slices, ReportPeriod period, const QTimeZone &zone,
                                 const DateRange &range)
{
    if (slices.isEmpty())
        return {};
    const auto [minIt, maxIt]
        = std::minmax_element(slices.cbegin(), slices.cend(), [](const UsageSlice &a, const UsageSlice &b) {
              return a.bucketMs < b.bucketMs;
          });
    const ZoneOffsets offsets(zone, minIt->bucketMs - 86'400'000, maxIt->bucketMs + 86'400'000);

    struct Accumulator
    {
        PeriodRow row;
        QMap<BreakdownKey, ModelBreakdown> models;
    };
    QMap<QDate, Accumulator> rows;
    for (const UsageSlice &slice : slices) {
        const QDate day = offsets.localDate(slice.bucketMs);
        if (!range.contains(day))
            continue;
        Accumulator &acc = rows[periodStart(day, period)];
        addTo(acc.row.totals, slice.tokens, slice.cost, slice.basis);
        addBreakdown(acc.models, slice.reportedModel(), slice.fallbackModel, slice.basis, slice.tokens,
                     slice.cost);
        if (!acc.row.sources.contains(slice.source))
            acc.row.sources << slice.source;
        acc.row.costBySource[slice.source] += slice.cost;
        acc.row.costByMachine[slice.machine] += slice.cost;
    }
    QList<PeriodRow> result;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        PeriodRow row = it->row;
        row.start = it.key();
        row.models = sortedBreakdowns(it->models);
        row.sources.sort();
        result << row;
    }
    return result;
}

QList<TaskRow> buildTaskRows(const QList<TaskSlice> &slices, const QHash<QString, TaskInfo> &tasks,
                             const QRegularExpression &ticketPattern)
{
    struct Accumulator
    {
        TaskRow row;
        QMap<BreakdownKey, ModelBreakdown> models;
    };
    QHash<QString, Accumulator> byTask;
    for (const TaskSlice &slice : slices) {
        const QString key = taskKey(slice.source, slice.sessionId);
        auto it = byTask.find(key);
        if (it == byTask.end()) {
            it = byTask.insert(key, {});
            TaskRow &row = it->row;
            row.source = slice.source;
            row.sessionId = slice.sessionId;
            row.firstMs = slice.firstMs;
            row.lastMs = slice.lastMs;
            const TaskInfo info = tasks.value(key);
            row.projectDir = info.projectDir;
            row.cwd = info.cwd;
            row.gitBranch = info.gitBranch;
            row.title = info.title;
            if (!info.gitBranch.isEmpty() && ticketPattern.isValid()) {
                const QRegularExpressionMatch match = ticketPattern.match(info.gitBranch);
                if (match.hasMatch())
                    row.ticket = match.captured(0);
            }
        }
        TaskRow &row = it->row;
        row.firstMs = std::min(row.firstMs, slice.firstMs);
        row.lastMs = std::max(row.lastMs, slice.lastMs);
        addTo(row.totals, slice.tokens, slice.cost, slice.basis);
        addBreakdown(it->models, slice.reportedModel(), false, slice.basis, slice.tokens, slice.cost);
    }
    QList<TaskRow> result;
    result.reserve(byTask.size());
    for (auto it = byTask.begin(); it != byTask.end(); ++it) {
        it->row.models = sortedBreakdowns(it->models);
        result << it->row;
    }
    std::sort(result.begin(), result.end(), [](const TaskRow &a, const TaskRow &b) {
        if (a.totals.cost != b.totals.cost)
            return a.totals.cost > b.totals.cost;
        return std::tie(a.source, a.sessionId) < std::tie(b.source, b.sessionId);
    });
    return result;
}

template<typename Row> static UsageTotals sumRows(const QList<Row> &rows)
{
    UsageTotals totals;
    for (const Row &row : rows) {
        totals.tokens += row.totals.tokens;
        totals.cost += row.totals.cost;
        totals.unpriced = totals.unpriced || row.totals.unpriced;
        for (const QString &basis : row.totals.bases) {
            if (!totals.bases.contains(basis))
                totals.bases << basis;
        }
    }
    return totals;
}

UsageTotals sumTotals(const QList<PeriodRow> &rows)
{
    return sumRows(rows);
}

UsageTotals sumTotals(const QList<TaskRow> &rows)
{
    return sumRows(rows);
}

QRegularExpression defaultTicketPattern()
{
    return QRegularExpression(QStringLiteral("[A-Z][A-Z0-9]+-\\d+"));
}

} // namespace tokenwise
