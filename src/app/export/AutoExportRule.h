// When the automatic Monday export runs: a pure rule over the clock, the user's zone and the last week done.
#pragma once

#include "report/IsoWeek.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace tokenwise {

inline constexpr int kAutoExportHour = 6; // local time on Monday

// The week to export now: the last completed ISO week once it is Monday 06:00 local or later in the week
// after it, unless `lastExported` is that week or later. A machine that slept through Monday catches up on
// its first check afterwards; weeks missed entirely before the last completed one are not back-filled.
std::optional<report::IsoWeek> autoExportDue(const QDateTime &nowUtc, const QTimeZone &zone,
                                             const std::optional<report::IsoWeek> &lastExported);

// The next Monday 06:00 local strictly after `nowUtc`, in UTC: when to look again.
QDateTime nextAutoExportTime(const QDateTime &nowUtc, const QTimeZone &zone);

} // namespace tokenwise
