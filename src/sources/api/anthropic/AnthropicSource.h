// Anthropic Admin API: Claude Code analytics per actor per day, and the organisation's cost report.
#pragma once

#include "sources/api/ApiSource.h"

namespace tokenwise::api {

// One UTC day of Claude Code analytics, folded: per-actor totals and the identity's own figures.
struct ClaudeCodeDay
{
    QDate day;
    QHash<QString, MicroUsd> perActor; // keyed by lower-cased e-mail; api_actor rows are not people
    bool personalSeen = false;
    MicroUsd personalCost = 0;
    QHash<QString, SpendBucket> personalModels; // keyed by model
    int skippedRows = 0; // rows without a usable amount
};

// Folds one page of /v1/organizations/usage_report/claude_code into `day`; false when the page has no
// `data` array.
bool foldClaudeCodePage(const QJsonObject &page, const QString &identity, ClaudeCodeDay &day);

// The daily totals of cost_report pages (amounts are decimal strings in cents).
bool costReportBuckets(const QJsonObject &page, QList<SpendBucket> &buckets, int *skippedRows);

class AnthropicSource final : public ApiSource
{
public:
    using ApiSource::ApiSource;
    QString name() const override;
    PollResult poll(const PollRequest &request) override;

private:
    bool pollClaudeCode(const PollRequest &request, PollResult &result);
    bool pollCostReport(const PollRequest &request, PollResult &result);
};

} // namespace tokenwise::api
