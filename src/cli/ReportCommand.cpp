// `tokenwise report daily|weekly|monthly|session|task`: refresh the ledger, then print one report.
#include "app/poll/Reconciliation.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/ReportOutput.h"
#include "core/TrContext.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

TOKENWISE_TR_CONTEXT(ReportCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

std::optional<QTimeZone> zoneFrom(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("local"))
        return QTimeZone::systemTimeZone();
    if (name == QLatin1String("UTC"))
        return QTimeZone::utc();
    QTimeZone zone(name.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

std::optional<QDate> dateFrom(const QString &text)
{
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QRegularExpression ticketPattern(const QString &configDir)
{
    const QSettings settings(configDir + QStringLiteral("/tokenwise.ini"), QSettings::IniFormat);
    const QString pattern = settings.value(QStringLiteral("tasks/ticketRegex")).toString();
    if (pattern.isEmpty())
        return defaultTicketPattern();
    QRegularExpression custom(pattern);
    return custom.isValid() ? custom : defaultTicketPattern();
}

// A UTC window wide enough for any zone's days (offsets reach ±14 h).
LedgerQuery queryFor(const DateRange &range, const QStringList &sources, const QStringList &machines)
{
    LedgerQuery query;
    query.sources = sources;
    query.machines = machines;
    constexpr qint64 day = 86'400'000;
    if (range.since.isValid())
        query.fromMs = range.since.startOfDay(Qt::UTC).toMSecsSinceEpoch() - day;
    if (range.until.isValid())
        query.toMs = range.until.startOfDay(Qt::UTC).toMSecsSinceEpoch() + 2 * day;
    return query;
}

void printNothingFound(const IngestSummary &summary, bool json)
{
    QTextStream &stream = json ? err() : out();
    stream << tr("No usage found.") << Qt::endl;
    for (const SourceScanStatus &s : summary.sources)
        stream << "  " << s.source << ": " << tr("looked in") << ' ' << s.searched.join(QStringLiteral(", "))
               << Qt::endl;
    stream << tr("Try `tokenwise report daily --demo` to see what a report looks like.") << Qt::endl;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Usage and cost from the ledger (refreshed from the local logs first)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"), tr("daily, weekly, monthly, session or task"));
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption since(QStringLiteral("since"), tr("First day (YYYY-MM-DD), inclusive."),
                                   QStringLiteral("date"));
    const QCommandLineOption until(QStringLiteral("until"), tr("Last day (YYYY-MM-DD), inclusive."),
                                   QStringLiteral("date"));
    const QStringList known = localSourceIds()
        + QStringList {QStringLiteral("cursor"), QStringLiteral("openai"), QStringLiteral("openrouter")};
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Only this source (repeatable): %1.").arg(known.join(QStringLiteral(", "))),
        QStringLiteral("source"));
    const QCommandLineOption timezone(
        QStringLiteral("timezone"), tr("IANA zone for dates, or 'local' (default)."), QStringLiteral("zone"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON with ccusage's field names."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV (RFC 4180)."));
    const QCommandLineOption machine(QStringLiteral("machine"),
                                     tr("Only this machine of the sync folder (repeatable): its name."),
                                     QStringLiteral("name"));
    parser.addOptions({since, until, source, machine, timezone, json, csv});
    if (const auto done = parseOrExit(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    static const QStringList kinds {QStringLiteral("daily"), QStringLiteral("weekly"),
                                    QStringLiteral("monthly"), QStringLiteral("session"),
                                    QStringLiteral("task")};
    if (positional.size() != 1 || !kinds.contains(positional.constFirst()))
        return fail(tr("report takes one of: daily, weekly, monthly, session, task"), 2);
    if (parser.isSet(json) && parser.isSet(csv))
        return fail(tr("--json and --csv cannot be combined"), 2);
    const auto zone = zoneFrom(parser.value(timezone));
    if (!zone)
        return fail(tr("unknown time zone: %1").arg(parser.value(timezone)), 2);
    const auto sinceDate = dateFrom(parser.value(since));
    const auto untilDate = dateFrom(parser.value(until));
    if (!sinceDate || !untilDate)
        return fail(tr("dates are written YYYY-MM-DD"), 2);
    const DateRange range {*sinceDate, *untilDate};
    const QStringList sources = parser.values(source);
    for (const QString &s : sources) {
        if (!known.contains(s))
            return fail(tr("unknown source: %1 (%2)").arg(s, known.join(QStringLiteral(", "))), 2);
    }

    auto context = CliContext::open(parser, global);
    if (!context)
        return fail(context.error());
    auto refreshed = (*context)->refresh(sources);
    if (!refreshed)
        return fail(refreshed.error());

    const auto machines = (*context)->machineIds(parser.values(machine));
    if (!machines)
        return fail(machines.error(), 2);
    ReportContext reportContext {*zone, (*context)->isDemo(), (*context)->prices().version()};
    reportContext.machineNames = (*context)->machineNames();
    Ledger &ledger = (*context)->ledger();
    const QString kind = positional.constFirst();
    const bool asJson = parser.isSet(json);
    QJsonObject document;
    QString text;
    bool empty = false;
    if (kind == QLatin1String("session") || kind == QLatin1String("task")) {
        LedgerQuery query;
        query.sources = sources;
        query.machines = *machines;
        if (range.since.isValid())
            query.fromMs = range.since.startOfDay(*zone).toMSecsSinceEpoch();
        if (range.until.isValid())
            query.toMs = range.until.addDays(1).startOfDay(*zone).toMSecsSinceEpoch();
        const bool asTasks = kind == QLatin1String("task");
        const QList<TaskRow> rows = buildTaskRows(ledger.taskSlices(query), ledger.tasks(),
                                                  ticketPattern((*context)->paths().configDir));
        empty = rows.isEmpty();
        if (asJson)
            document = taskReportJson(rows, asTasks, reportContext);
        else
            text = parser.isSet(csv) ? taskReportCsv(rows) : taskReportTable(rows, asTasks, reportContext);
    } else {
        const ReportPeriod period = kind == QLatin1String("daily") ? ReportPeriod::Day
            : kind == QLatin1String("weekly")                      ? ReportPeriod::Week
                                                                   : ReportPeriod::Month;
        const QList<UsageSlice> slices = ledger.usageSlices(queryFor(range, sources, *machines));
        QList<PeriodRow> rows = buildPeriodRows(slices, period, *zone, range);
        // A day a provider reported for a source uses that figure; daily rows also get the team band.
        reportContext.days = reconcile(rows, period, slices, ledger.reportedCosts(range.since, range.until),
                                       *zone, range, sources);
        if (period == ReportPeriod::Day)
            annotateTeam(reportContext.days, rows, ledger.teamDistributions(range.since, range.until));
        empty = rows.isEmpty();
        if (asJson)
            document = periodReportJson(rows, period, reportContext);
        else
            text = parser.isSet(csv) ? periodReportCsv(rows, period)
                                     : periodReportTable(rows, period, reportContext);
    }
    if (empty && ledger.eventCount() == 0 && !parser.isSet(csv))
        printNothingFound(refreshed.value(), asJson);
    if (asJson)
        out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    else if (!(empty && ledger.eventCount() == 0) || parser.isSet(csv))
        out() << text;
    out().flush();
    return 0;
}

} // namespace tokenwise::cli
