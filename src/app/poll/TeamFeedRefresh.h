// Reads the configured team feed (team.feed: a file or an https URL) into the ledger.
#pragma once

#include "app/poll/SourcePoller.h"

namespace tokenwise {

inline constexpr char kTeamFeedSource[] = "team";
// The feed is published about daily; reading it hourly is plenty.
inline constexpr qint64 kTeamFeedIntervalSecs = 3600;

PollOutcome refreshTeamFeed(Ledger &ledger, const ApiSettings &settings, QNetworkAccessManager &network,
                            const Clock &clock, api::RetryPolicy policy);

} // namespace tokenwise
