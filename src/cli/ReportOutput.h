// Renders report rows as ccusage-compatible JSON, CSV (RFC 4180) or a readable table.
#pragma once

#include "app/poll/Reconciliation.h"
#include "core/UsageReport.h"

#include <QJsonObject>
#include <QTimeZone>

namespace tokenwise::cli {

struct ReportContext
{
    QTimeZone zone;
    bool demo = false;
    QString priceVersion;
    QHash<QDate, DayAnnotation> days = {}; // provider-reported figures and the team band, by day
    QHash<QString, QString> machineNames = {}; // display names by ledger machine id ("" is this machine)
};

QJsonObject periodReportJson(const QList<PeriodRow> &rows, ReportPeriod period, const ReportContext &context);
QJsonObject taskReportJson(const QList<TaskRow> &rows, bool asTasks, const ReportContext &context);

QString periodReportCsv(const QList<PeriodRow> &rows, ReportPeriod period);
QString taskReportCsv(const QList<TaskRow> &rows);

QString periodReportTable(const QList<PeriodRow> &rows, ReportPeriod period, const ReportContext &context);
QString taskReportTable(const QList<TaskRow> &rows, bool asTasks, const ReportContext &context);

QString periodLabel(const QDate &start, ReportPeriod period);

} // namespace tokenwise::cli
