// `tokenwise export`: refresh the ledger, build one ISO week's summary and write it as md, html, pdf or csv.
#include "app/export/WeeklyExport.h"
#include "app/settings/Settings.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "core/TrContext.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

TOKENWISE_TR_CONTEXT(ExportCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

// The same zone names as `tokenwise report --timezone`.
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

std::optional<report::IsoWeek> weekFrom(const QString &text, const QTimeZone &zone)
{
    const report::IsoWeek current
        = report::IsoWeek::containing(QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
    if (text.isEmpty() || text == QLatin1String("last"))
        return current.previous();
    if (text == QLatin1String("current"))
        return current;
    return report::IsoWeek::parse(text);
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write your weekly summary of one ISO week (refreshed from the local logs first)."));
    parser.addHelpOption();
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption week(QStringLiteral("week"), tr("2026-W47, last (default) or current."),
                                  QStringLiteral("week"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("md, html, pdf or csv (default: from the --out extension)."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("out"),
                                    tr("File to write (default: tokenwise-<week>.<format> here)."),
                                    QStringLiteral("path"));
    const QCommandLineOption timezone(QStringLiteral("timezone"),
                                      tr("IANA zone the week's days follow, or 'local' (default)."),
                                      QStringLiteral("zone"));
    parser.addOptions({week, format, output, timezone});
    if (const auto done = parseOrExit(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("export takes no positional arguments"), 2);
    const auto zone = zoneFrom(parser.value(timezone));
    if (!zone)
        return fail(tr("unknown time zone: %1").arg(parser.value(timezone)), 2);
    const auto isoWeek = weekFrom(parser.value(week), *zone);
    if (!isoWeek)
        return fail(tr("no such ISO week: %1 (write it like 2026-W47)").arg(parser.value(week)), 2);
    QString path = parser.value(output);
    QString formatName = parser.value(format);
    if (formatName.isEmpty() && !path.isEmpty())
        formatName = QFileInfo(path).suffix();
    if (formatName.isEmpty())
        return fail(tr("say which format: --format md|html|pdf|csv"), 2);
    const auto exportFormat = report::exportFormatFromName(formatName);
    if (!exportFormat)
        return fail(tr("unknown format: %1 (md, html, pdf, csv)").arg(formatName), 2);
    if (path.isEmpty())
        path = report::defaultExportFileName(*isoWeek, *exportFormat);

    auto context = CliContext::open(parser, global);
    if (!context)
        return fail(context.error());
    auto refreshed = (*context)->refresh();
    if (!refreshed)
        return fail(refreshed.error());

    // The ticket pattern, surge rule and budgets the desktop app uses, from the same settings file.
    report::SummaryRequest request = summaryRequestFrom(Settings((*context)->paths().configDir));
    request.week = *isoWeek;
    request.zone = *zone;
    request.prices = (*context)->prices();
    request.demo = (*context)->isDemo();
    request.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    const report::WeeklySummary summary = report::buildWeeklySummary((*context)->ledger(), request);
    const auto written = report::writeWeeklySummary(summary, *exportFormat, QLocale::system(), path);
    if (!written)
        return fail(written.error());
    out() << (summary.demo ? tr("Wrote %1 (%2, demo data)") : tr("Wrote %1 (%2)"))
                 .arg(QDir::toNativeSeparators(path), isoWeek->label())
          << Qt::endl;
    return 0;
}

} // namespace tokenwise::cli
