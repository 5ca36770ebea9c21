// One weekly summary export off the UI thread, the same way for the dialog and the Monday export: open the
// ledger (the demo history when it is empty), build the week and write it through the report API.
#pragma once

#include "core/Result.h"
#include "report/SummaryExport.h"
#include "report/WeeklySummary.h"

#include <QDateTime>
#include <QLocale>

namespace tokenwise {

class Settings;

struct WeeklyExportJob
{
    QString databasePath; // the ledger file
    QString configDir; // price overrides
    bool forceDemo = false; // --demo; an empty ledger also falls back to the demo history, marked demo
    report::ExportFormat format = report::ExportFormat::Pdf;
    QString path;
    QLocale locale;
    QDateTime nowUtc;
    // The week, zone and what the settings add (ticket pattern, surge rule, budgets); prices are loaded here.
    report::SummaryRequest request;
};

struct WeeklyExportOutcome
{
    QString path;
    report::IsoWeek week;
    qint64 bytes = 0;
    bool demo = false;
};

// Runs on any thread: it opens its own ledger connection.
Result<WeeklyExportOutcome> runWeeklyExport(const WeeklyExportJob &job);

// The ISO weeks (in `zone`) that have usage, newest first; the demo history's when the ledger is empty.
struct ExportableWeeks
{
    QList<report::IsoWeek> weeks;
    bool demo = false;
};
Result<ExportableWeeks> exportableWeeks(const QString &databasePath, bool forceDemo, const QTimeZone &zone,
                                        const QDateTime &nowUtc);

// The summary request as the settings shape it: ticket pattern, surge rule and the overall budgets.
report::SummaryRequest summaryRequestFrom(const Settings &settings);

} // namespace tokenwise
