// OpenRouter with the user's own key: /api/v1/key usage and limit; /api/v1/activity for management keys.
#pragma once

#include "sources/api/ApiSource.h"

namespace tokenwise::api {

// Snapshots of the key's usage (today, this week, this month, ever) and limit, as buckets of `day`.
bool openRouterKeyBuckets(const QJsonObject &reply, const QDate &day, QList<SpendBucket> &buckets,
                          std::optional<MicroUsd> *usageToday, bool *managementKey);
// Per-day totals from /api/v1/activity rows (the last 30 completed UTC days).
bool openRouterActivity(const QJsonObject &reply, QMap<QDate, MicroUsd> &perDay, QList<SpendBucket> &buckets);

class OpenRouterSource final : public ApiSource
{
public:
    using ApiSource::ApiSource;
    QString name() const override;
    PollResult poll(const PollRequest &request) override;
};

} // namespace tokenwise::api
