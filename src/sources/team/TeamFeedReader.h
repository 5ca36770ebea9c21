// Fetches the team feed from a file path or an https URL (plain http only to this machine).
#pragma once

#include "sources/api/http/ApiHttpClient.h"
#include "sources/team/TeamFeed.h"

namespace tokenwise::team {

struct FeedRead
{
    api::ApiReply reply; // the transfer's outcome (ok for a readable file)
    QList<TeamDistribution> distributions;
    QString error; // the document could not be used
    bool ok() const { return reply.ok() && error.isEmpty(); }
};

FeedRead readFeed(const QString &location, api::ApiHttpClient &client, qint64 nowMs);

} // namespace tokenwise::team
