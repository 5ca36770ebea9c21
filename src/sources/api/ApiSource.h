// What every polled provider implements: one poll over a window of UTC days, handing back records only.
#pragma once

#include "core/PriceBook.h"
#include "core/SpendRecords.h"
#include "sources/api/http/ApiHttpClient.h"
#include "sources/team/TeamQuantiles.h"

#include <QJsonObject>

#include <memory>

namespace tokenwise::api {

struct PollRequest
{
    QString key;
    QUrl baseUrl;
    QString identity; // whose spend is "personal" (e-mail or user id); empty: org and team data only
    QDate from; // first UTC day, inclusive
    QDate to; // last UTC day, inclusive
    QDateTime nowUtc;
    bool teamOnly = false; // `team publish`: only what the team distribution needs
};

struct PollResult
{
    ApiBatch batch; // what was fetched completely (a chunk that failed half-way contributes nothing)
    QList<team::TeamSample> teamSamples; // per-person totals without identities; never stored as such
    ApiReply failure; // ok(): every request succeeded
    QStringList notes; // things worth telling ("anthropic.identity is not set")
    QDate from; // the window actually fetched (a billing cycle may widen it)
    QDate to;

    bool complete() const { return failure.ok(); }
};

class ApiSource
{
public:
    explicit ApiSource(ApiHttpClient &client) : m_client(client) { }
    virtual ~ApiSource() = default;
    virtual QString name() const = 0;
    virtual PollResult poll(const PollRequest &request) = 0;

protected:
    ApiHttpClient &m_client;
};

// The provider named `name`; OpenAI prices its token counts with `prices`.
std::unique_ptr<ApiSource> makeApiSource(const QString &name, ApiHttpClient &client, const PriceBook &prices);

// [from, to] cut into consecutive chunks of at most `maxDays` days.
QList<std::pair<QDate, QDate>> chunkDays(const QDate &from, const QDate &to, int maxDays);
qint64 utcDayStartMs(const QDate &day);
// "2026-03-10T00:00:00Z", "2026-03-10", or epoch seconds/ms as a number or a string.
QDateTime parseProviderTime(const QJsonValue &value);

} // namespace tokenwise::api
