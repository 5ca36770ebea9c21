// Zone offsets from the zone's transition table: one lookup per range instead of one per instant.
#include "core/ZoneOffsets.h"

#include <algorithm>

namespace tokenwise {

ZoneOffsets::ZoneOffsets(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    m_changes.push_back({fromMs, zone.offsetFromUtc(from)});
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &t : zone.transitions(from, to))
            m_changes.push_back({t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc});
    }
}

int ZoneOffsets::offsetSecondsAt(qint64 utcMs) const
{
    auto it = std::upper_bound(m_changes.cbegin(), m_changes.cend(), utcMs,
                               [](qint64 ms, const Change &c) { return ms < c.atMs; });
    if (it == m_changes.cbegin())
        return m_changes.front().offsetSeconds;
    return std::prev(it)->offsetSeconds;
}

QDate ZoneOffsets::localDate(qint64 utcMs) const
{
    const qint64 localMs = utcMs + qint64(offsetSecondsAt(utcMs)) * 1000;
    const qint64 day = localMs >= 0 ? localMs / 86'400'000 : (localMs - 86'399'999) / 86'400'000;
    return QDate::fromJulianDay(day + 2'440'588);
}

qint64 ZoneOffsets::startOfDayMs(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace tokenwise
