// Cursor Admin API (team admin key, Basic auth): per-member cycle spend and the identity's usage events.
#pragma once

#include "sources/api/ApiSource.h"

namespace tokenwise::api {

struct CursorSpend
{
    QDateTime cycleStart;
    QHash<QString, MicroUsd> perMember; // keyed by lower-cased e-mail
};

// Folds one /teams/spend page; false when it has no teamMemberSpend array.
bool foldCursorSpendPage(const QJsonObject &page, CursorSpend &spend);
// Usage events of one /teams/filtered-usage-events page that belong to `identity`, as reported-cost events.
// `seen` numbers identical events so that two calls in the same millisecond keep distinct keys.
bool cursorUsageEvents(const QJsonObject &page, const QString &identity, QHash<QByteArray, int> &seen,
                       QList<UsageEvent> &events, int *unpriced);

class CursorSource final : public ApiSource
{
public:
    using ApiSource::ApiSource;
    QString name() const override;
    PollResult poll(const PollRequest &request) override;

    // Cursor aggregates hourly and allows about 20 requests a minute: never poll more often than this.
    static constexpr qint64 kMinimumIntervalSecs = 3600;

private:
    bool pollSpend(const PollRequest &request, PollResult &result, CursorSpend &spend);
    bool pollEvents(const PollRequest &request, const QDate &from, PollResult &result);
};

} // namespace tokenwise::api
