// OpenAI Administration API: completions usage by user and model (priced here), and reported org costs.
#pragma once

#include "sources/api/ApiSource.h"
#include "sources/api/http/Pagination.h"

namespace tokenwise::api {

// One usage row of organization/usage/completions, normalised: input without the cached part.
struct OpenAiUsageRow
{
    QDate day; // UTC day of the bucket
    qint64 bucketStartMs = 0;
    QString userId;
    QString model;
    TokenCounts tokens;
    qint64 requests = 0;
};

bool openAiUsageRows(const QJsonObject &page, QList<OpenAiUsageRow> &rows);
// Daily org totals from organization/costs pages (amount.value in dollars, a number or a string).
bool openAiCostBuckets(const QJsonObject &page, QList<SpendBucket> &buckets, int *skippedRows);

class OpenAiSource final : public ApiSource
{
public:
    OpenAiSource(ApiHttpClient &client, const PriceBook &prices) : ApiSource(client), m_prices(prices) { }
    QString name() const override;
    PollResult poll(const PollRequest &request) override;

private:
    bool pollUsage(const PollRequest &request, PollResult &result);
    bool pollCosts(const PollRequest &request, PollResult &result);
    PagedReply fetch(const PollRequest &request, const QString &path, const QDate &first, const QDate &last,
                     const QList<std::pair<QString, QString>> &extra);

    const PriceBook &m_prices;
};

} // namespace tokenwise::api
