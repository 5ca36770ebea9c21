// One poll: nothing is deleted on failure, and the history watermark only moves after a complete poll.
#include "app/poll/SourcePoller.h"

#include "app/AppLogging.h"
#include "app/poll/ApiSettings.h"
#include "core/TrContext.h"
#include "secrets/ApiKeys.h"
#include "sources/api/ApiSource.h"
#include "sources/api/cursor/CursorSource.h"
#include "sources/api/http/ApiEndpoint.h"
#include "sources/team/TeamQuantiles.h"

#include <QCoreApplication>
#include <QTimeZone>

TOKENWISE_TR_CONTEXT(SourcePoller)

namespace tokenwise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SourcePoller", text);
}

} // namespace

SourcePoller::SourcePoller(Ledger &ledger, SecretStore &secrets, const ApiSettings &settings,
                           const PriceBook &prices, const Clock &clock, QNetworkAccessManager &network,
                           api::RetryPolicy policy)
    : m_ledger(ledger)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_prices(prices)
    , m_clock(clock)
    , m_network(network)
    , m_policy(policy)
{ }

std::pair<QDate, QDate> SourcePoller::window(const std::optional<SourcePollState> &state, const QDate &today)
{
    const QDate earliest = today.addDays(-(kBackfillDays - 1));
    if (!state || state->syncedUntilMs <= 0)
        return {earliest, today};
    // What can still change: the last two days, and everything since the last complete poll.
    const QDate synced = QDateTime::fromMSecsSinceEpoch(state->syncedUntilMs, QTimeZone::utc()).date();
    return {std::max(earliest, std::min(synced.addDays(-1), today.addDays(-1))), today};
}

PollOutcome SourcePoller::poll(const QString &source)
{
    PollOutcome outcome;
    outcome.source = source;
    const QDateTime now = m_clock.nowUtc();
    const ApiKey key = lookupApiKey(m_secrets, source);
    if (!key.found()) {
        outcome.kind = PollOutcome::Kind::NotConfigured;
        outcome.detail = secureStorageMissing(key.keychain)
            ? tr("no key: secure storage is not available (%1) and %2 is not set")
                  .arg(key.detail, QString::fromLatin1(apiKeyEnvironmentVariable(source)))
            : tr("no key: run `tokenwise keys set %1`").arg(source);
        return outcome;
    }
    const auto base = api::resolveBaseUrl(source, m_settings.baseUrl(source));
    if (!base) {
        outcome.kind = PollOutcome::Kind::NotConfigured;
        outcome.detail = base.error();
        return outcome;
    }
    std::optional<SourcePollState> previous = m_ledger.pollState(source);
    if (previous && previous->retryAtMs > now.toMSecsSinceEpoch()) {
        outcome.kind = PollOutcome::Kind::Skipped;
        outcome.state = api::SourceState::RateLimited;
        outcome.retryAt = QDateTime::fromMSecsSinceEpoch(previous->retryAtMs, QTimeZone::utc());
        outcome.detail = tr("rate-limited until %1").arg(outcome.retryAt.toUTC().toString(Qt::ISODate));
        return outcome;
    }
    if (source == QLatin1String(api::cursor) && previous && previous->lastSuccessMs > 0
        && now.toMSecsSinceEpoch() - previous->lastSuccessMs
            < api::CursorSource::kMinimumIntervalSecs * 1000) {
        outcome.kind = PollOutcome::Kind::Skipped;
        outcome.detail
            = tr("polled at %1; Cursor updates hourly")
                  .arg(
                      QDateTime::fromMSecsSinceEpoch(previous->lastSuccessMs, Qt::UTC).toString(Qt::ISODate));
        return outcome;
    }

    api::ApiHttpClient client(m_network, m_clock, m_policy);
    client.addSecret(key.value);
    if (m_sleeper)
        client.setSleeper(m_sleeper);
    const auto provider = api::makeApiSource(source, client, m_prices);
    Q_ASSERT(provider);
    const auto [from, to] = window(previous, now.date());
    api::PollRequest request {key.value, *base, m_settings.identity(source), from, to, now};
    api::PollResult result = provider->poll(request);

    ApiBatch batch = std::move(result.batch);
    for (const team::TeamSample &sample : std::as_const(result.teamSamples)) {
        if (auto d = team::distributionFrom(sample, QStringLiteral("local"), now.toMSecsSinceEpoch()))
            batch.distributions.append(*d);
    }
    SourcePollState state = previous.value_or(SourcePollState {});
    state.source = source;
    state.lastAttemptMs = now.toMSecsSinceEpoch();
    state.state = api::sourceStateName(result.failure.state);
    state.detail = client.scrub(result.failure.detail);
    state.retryAtMs
        = result.failure.state == api::SourceState::RateLimited && result.failure.retryAt.isValid()
        ? result.failure.retryAt.toMSecsSinceEpoch()
        : 0;
    if (result.complete()) {
        state.lastSuccessMs = state.lastAttemptMs;
        state.syncedUntilMs = state.lastAttemptMs;
    }
    batch.state = state;

    outcome.state = result.failure.state;
    outcome.detail = state.detail;
    outcome.retryAt = result.failure.retryAt;
    outcome.notes = result.notes;
    outcome.from = result.from;
    outcome.to = result.to;
    outcome.events = int(batch.events.size());
    outcome.buckets = int(batch.buckets.size());
    outcome.reportedDays = int(batch.reported.size());
    outcome.distributions = int(batch.distributions.size());
    if (Status stored = m_ledger.commitApi(batch); !stored) {
        outcome.state = api::SourceState::BadResponse;
        outcome.detail = tr("could not store what was fetched: %1").arg(stored.error());
    }
    qCDebug(lcApp) << "polled" << source << api::sourceStateName(outcome.state) << outcome.events << "events"
                   << outcome.buckets << "buckets";
    return outcome;
}

} // namespace tokenwise
