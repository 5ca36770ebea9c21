// Fast ISO-8601 timestamp parsing for log lines (QDateTime::fromString is too slow for the hot path).
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace tokenwise {

// "2026-03-11T02:40:22.650Z", "2026-03-11T02:40:22Z", "2026-03-11T04:40:22.65+02:00" → UTC epoch ms.
std::optional<qint64> parseIso8601Ms(std::string_view text);

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int year, unsigned month, unsigned day);

} // namespace tokenwise
