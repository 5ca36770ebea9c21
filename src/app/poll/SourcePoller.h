// One poll of one provider: key, base URL, history window, fetch, store, new source state.
#pragma once

#include "core/Clock.h"
#include "core/PriceBook.h"
#include "sources/api/http/ApiHttpClient.h"
#include "store/Ledger.h"

#include <QNetworkAccessManager>

namespace tokenwise {

class ApiSettings;
class SecretStore;

struct PollOutcome
{
    enum class Kind {
        Polled, // the provider was asked; `state` says how it went
        Skipped, // not asked: too soon (Cursor's hour) or still rate-limited
        NotConfigured, // no key, or a refused base URL
    };
    QString source;
    Kind kind = Kind::Polled;
    api::SourceState state = api::SourceState::Ok;
    QString detail; // one line for people; never a key
    QDateTime retryAt; // rate-limited until
    QStringList notes;
    QDate from, to; // the UTC days asked for
    int events = 0, buckets = 0, reportedDays = 0, distributions = 0;

    bool failed() const
    {
        return kind == Kind::NotConfigured || (kind == Kind::Polled && state != api::SourceState::Ok)
            || (kind == Kind::Skipped && state == api::SourceState::RateLimited);
    }
};

class SourcePoller
{
public:
    SourcePoller(Ledger &ledger, SecretStore &secrets, const ApiSettings &settings, const PriceBook &prices,
                 const Clock &clock, QNetworkAccessManager &network, api::RetryPolicy policy);

    // Tests skip the real waits between attempts.
    void setSleeper(api::ApiHttpClient::Sleeper sleeper) { m_sleeper = std::move(sleeper); }

    PollOutcome poll(const QString &source);

    // The first poll backfills this many days (today included); later ones re-fetch at least the last two.
    static constexpr int kBackfillDays = 90;
    static std::pair<QDate, QDate> window(const std::optional<SourcePollState> &state, const QDate &today);

private:
    Ledger &m_ledger;
    SecretStore &m_secrets;
    const ApiSettings &m_settings;
    const PriceBook &m_prices;
    const Clock &m_clock;
    QNetworkAccessManager &m_network;
    api::RetryPolicy m_policy;
    api::ApiHttpClient::Sleeper m_sleeper;
};

} // namespace tokenwise

Q_DECLARE_METATYPE(tokenwise::PollOutcome)
