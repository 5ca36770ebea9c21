// The team feed document: a small, versioned JSON of per-period spend quantiles with no identities.
// README.md ("Team feed") documents the schema.
#pragma once

#include "core/Result.h"
#include "core/SpendRecords.h"

#include <QByteArray>
#include <QDateTime>

namespace tokenwise::team {

inline constexpr char kFeedFormat[] = "tokenwise-team-feed";
inline constexpr int kFeedVersion = 1;

// The document for `distributions` of one source. Periods under five members never get here: the
// caller drops them, and this refuses an empty list.
Result<QByteArray> writeFeed(const QString &source, const QList<TeamDistribution> &distributions,
                             const QDateTime &generatedUtc);

// The periods of a feed document, as distributions of origin "feed". Periods with fewer than five members
// or inconsistent quantiles are skipped; a newer major version or another format is an error.
Result<QList<TeamDistribution>> parseFeed(const QByteArray &json, qint64 fetchedMs);

} // namespace tokenwise::team
