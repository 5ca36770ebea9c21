// Report rows (daily, weekly, monthly, per session/task) built from ledger slices in the user's time zone.
#pragma once

#include "core/IngestRecords.h"
#include "core/UsageSlice.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace tokenwise {

enum class ReportPeriod { Day, Week, Month };

struct ModelBreakdown
{
    QString modelName; // as reported ("<model>-fast" for fast mode)
    TokenCounts tokens;
    MicroUsd cost = 0;
    bool unpriced = false; // tokens counted, cost unknown
    bool fallbackModel = false; // Codex line with no model, priced as gpt-5
};

struct UsageTotals
{
    TokenCounts tokens;
    MicroUsd cost = 0;
    bool unpriced = false;
    QStringList bases; // cost bases present: "priced", "demo", …
};

struct PeriodRow
{
    QDate start; // the day; the Monday of the ISO week; the first of the month
    UsageTotals totals;
    QList<ModelBreakdown> models; // by cost, most expensive first
    QStringList sources;
    QHash<QString, MicroUsd> costBySource;
    QHash<QString, MicroUsd> costByMachine; // "" is this machine
};

struct TaskRow
{
    QString source;
    QString sessionId;
    QString projectDir; // ccusage's projectPath (Claude Code's encoded cwd directory)
    QString cwd;
    QString gitBranch;
    QString ticket;
    QString title;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    UsageTotals totals;
    QList<ModelBreakdown> models;
};

struct DateRange
{
    QDate since; // inclusive; invalid: open
    QDate until; // inclusive; invalid: open

    bool contains(const QDate &d) const
    {
        return (!since.isValid() || d >= since) && (!until.isValid() || d <= until);
    }
};

QDate periodStart(const QDate &date, ReportPeriod period);

QList<PeriodRow> buildPeriodRows(const QList<UsageSlice> &slices, ReportPeriod period, const QTimeZone &zone,
                                 const DateRange &range);

// Tasks sorted by cost, most expensive first. The ticket is the first match of `ticketPattern` in the branch.
QList<TaskRow> buildTaskRows(const QList<TaskSlice> &slices, const QHash<QString, TaskInfo> &tasks,
                             const QRegularExpression &ticketPattern);

UsageTotals sumTotals(const QList<PeriodRow> &rows);
UsageTotals sumTotals(const QList<TaskRow> &rows);

QRegularExpression defaultTicketPattern();

} // namespace tokenwise
