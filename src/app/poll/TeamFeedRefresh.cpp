// Team feed refresh: a feed that cannot be read leaves the distributions already stored in place.
#include "app/poll/TeamFeedRefresh.h"

#include "app/poll/ApiSettings.h"
#include "sources/team/TeamFeedReader.h"

#include <QCoreApplication>

namespace tokenwise {

PollOutcome refreshTeamFeed(Ledger &ledger, const ApiSettings &settings, QNetworkAccessManager &network,
                            const Clock &clock, api::RetryPolicy policy)
{
    PollOutcome outcome;
    outcome.source = QString::fromLatin1(kTeamFeedSource);
    const QString location = settings.teamFeed();
    if (location.isEmpty()) {
        outcome.kind = PollOutcome::Kind::NotConfigured;
        outcome.detail = QCoreApplication::translate("TeamFeed",
                                                     "no team feed: tokenwise config set team.feed URL|PATH");
        return outcome;
    }
    const QDateTime now = clock.nowUtc();
    api::ApiHttpClient client(network, clock, policy);
    const team::FeedRead read = team::readFeed(location, client, now.toMSecsSinceEpoch());

    SourcePollState state = ledger.pollState(outcome.source).value_or(SourcePollState {});
    state.source = outcome.source;
    state.lastAttemptMs = now.toMSecsSinceEpoch();
    ApiBatch batch;
    if (read.ok()) {
        batch.distributions = read.distributions;
        state.state = api::sourceStateName(api::SourceState::Ok);
        state.detail.clear();
        state.lastSuccessMs = state.syncedUntilMs = state.lastAttemptMs;
        outcome.distributions = int(read.distributions.size());
    } else {
        outcome.state = read.reply.ok() ? api::SourceState::BadResponse : read.reply.state;
        outcome.detail = read.reply.ok() ? read.error : read.reply.detail;
        outcome.retryAt = read.reply.retryAt;
        state.state = api::sourceStateName(outcome.state);
        state.detail = outcome.detail;
    }
    batch.state = state;
    if (Status stored = ledger.commitApi(batch); !stored) {
        outcome.state = api::SourceState::BadResponse;
        outcome.detail = stored.error();
    }
    return outcome;
}

} // namespace tokenwise
