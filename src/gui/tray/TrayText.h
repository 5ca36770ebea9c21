// What the tray says for a snapshot: the icon state and the tooltip, as pure functions.
#pragma once

#include "app/usage/UsageSnapshot.h"
#include "gui/tray/TrayIconRenderer.h"

#include <optional>

namespace tokenwise {

struct TrayContext
{
    std::optional<MicroUsd> dailyBudget;
    QStringList sourceProblems; // "openai: rate-limited until 14:05", …
    bool stale = false;
};

TrayIconState trayIconState(const UsageSnapshot &snapshot, const TrayContext &context);
QString trayToolTip(const UsageSnapshot &snapshot, const TrayContext &context);

// "below your typical week", "about your typical week", "above your typical week"
QString paceWords(MicroUsd actual, MicroUsd typical);

// "below the team median", "between the team median and p75", …; never a rank.
QString teamPositionWords(TeamPosition position);
// The same in a few words for a headline: "median–p75", "below p25", …
QString teamPositionShort(TeamPosition position);
// "Team band: this week below the team median (team of 12)", or that no team feed is configured.
QString teamBandLine(const UsageSnapshot &snapshot);

} // namespace tokenwise
