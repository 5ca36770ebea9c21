// The Monday-morning rule in the user's zone.
#include "app/export/AutoExportRule.h"

namespace tokenwise {

namespace {

QDateTime mondayMorning(const report::IsoWeek &week, const QTimeZone &zone)
{
    return QDateTime(week.monday(), QTime(kAutoExportHour, 0), zone);
}

} // namespace

std::optional<report::IsoWeek> autoExportDue(const QDateTime &nowUtc, const QTimeZone &zone,
                                             const std::optional<report::IsoWeek> &lastExported)
{
    const report::IsoWeek current = report::IsoWeek::containing(nowUtc.toTimeZone(zone).date());
    const report::IsoWeek due
        = nowUtc >= mondayMorning(current, zone) ? current.previous() : current.addWeeks(-2);
    if (lastExported && *lastExported >= due)
        return std::nullopt;
    return due;
}

QDateTime nextAutoExportTime(const QDateTime &nowUtc, const QTimeZone &zone)
{
    const report::IsoWeek current = report::IsoWeek::containing(nowUtc.toTimeZone(zone).date());
    const QDateTime thisWeek = mondayMorning(current, zone);
    return (nowUtc < thisWeek ? thisWeek : mondayMorning(current.next(), zone)).toUTC();
}

} // namespace tokenwise
