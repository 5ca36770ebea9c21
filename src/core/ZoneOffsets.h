// A time zone's UTC offsets over a range, for turning many UTC instants into local dates quickly.
#pragma once

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace tokenwise {

class ZoneOffsets
{
public:
    // Covers [fromMs, toMs); instants outside still work (the nearest known offset applies).
    ZoneOffsets(const QTimeZone &zone, qint64 fromMs, qint64 toMs);

    int offsetSecondsAt(qint64 utcMs) const;
    QDate localDate(qint64 utcMs) const;

    // UTC instant of local midnight starting `date` (the first instant of that local day).
    static qint64 startOfDayMs(const QDate &date, const QTimeZone &zone);

private:
    struct Change
    {
        qint64 atMs;
        int offsetSeconds;
    };
    std::vector<Change> m_changes; // sorted; the first applies from the start of the range
};

} // namespace tokenwise
