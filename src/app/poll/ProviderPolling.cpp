// Each poll opens its own ledger connection and network manager on the pool thread: SQLite connections and
// QNetworkAccessManager belong to the thread that made them. The key travels in memory, never to disk.
#include "app/poll/ProviderPolling.h"

#include "app/poll/ApiSettings.h"
#include "app/poll/PollSupport.h"
#include "app/poll/TeamFeedRefresh.h"
#include "core/PriceBook.h"
#include "core/TrContext.h"
#include "secrets/ApiKeys.h"
#include "secrets/InMemorySecretStore.h"
#include "sources/api/http/ApiEndpoint.h"
#include "store/SqliteLedger.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

TOKENWISE_TR_CONTEXT(ProviderPolling)

namespace tokenwise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProviderPolling", text);
}

PollOutcome notAsked(const QString &source, const QString &detail)
{
    PollOutcome outcome;
    outcome.source = source;
    outcome.kind = PollOutcome::Kind::NotConfigured;
    outcome.detail = detail;
    return outcome;
}

PollOutcome pollOnce(const ProviderPolling::Options &options, const QString &source, const QString &key,
                     const Clock &clock)
{
    auto ledger = SqliteLedger::open(options.databasePath);
    if (!ledger)
        return notAsked(source, tr("cannot open the ledger: %1").arg(ledger.error()));
    const ApiSettings settings(options.configDir);
    QNetworkAccessManager network;
    if (source == QLatin1String(kTeamFeedSource))
        return refreshTeamFeed(**ledger, settings, network, clock, defaultRetryPolicy());
    auto prices = PriceBook::load(options.configDir);
    if (!prices)
        return notAsked(source, prices.error());
    InMemorySecretStore secrets;
    (void)secrets.writeBlocking(source, key);
    SourcePoller poller(**ledger, secrets, settings, *prices, clock, network, defaultRetryPolicy());
    return poller.poll(source);
}

} // namespace

ProviderPolling::ProviderPolling(Options options, SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_scheduler(clock,
                  [this](const QString &source, PollScheduler::Done done) { poll(source, std::move(done)); })
{
    qRegisterMetaType<PollOutcome>();
    m_pool.setMaxThreadCount(1);
    m_scheduler.setInterval(QString::fromLatin1(kTeamFeedSource), kTeamFeedIntervalSecs);
}

ProviderPolling::~ProviderPolling()
{
    m_scheduler.stop();
    m_pool.waitForDone();
}

void ProviderPolling::rescan()
{
    const int scan = ++m_scan;
    const QStringList names = api::sourceNames();
    auto pending = std::make_shared<int>(int(names.size()));
    auto found = std::make_shared<QHash<QString, bool>>();
    QPointer<ProviderPolling> self(this);
    for (const QString &source : names) {
        lookupApiKey(m_secrets, source, [self, scan, source, pending, found, names](const ApiKey &key) {
            found->insert(source, key.found());
            if (--*pending > 0 || !self || scan != self->m_scan)
                return;
            QStringList sources;
            for (const QString &name : names) {
                if (found->value(name))
                    sources << name;
            }
            // The team feed needs no key; it is read whenever it is configured.
            if (!ApiSettings(self->m_options.configDir).teamFeed().isEmpty())
                sources << QString::fromLatin1(kTeamFeedSource);
            self->m_sources = sources;
            self->m_scheduler.setSources(sources);
            emit self->sourcesFound(sources);
            if (sources.isEmpty())
                self->m_scheduler.stop();
            else
                self->m_scheduler.start(self->m_options.tickMs);
        });
    }
}

void ProviderPolling::poll(const QString &source, PollScheduler::Done done)
{
    if (source == QLatin1String(kTeamFeedSource)) {
        pollInBackground(source, QString(), std::move(done));
        return;
    }
    QPointer<ProviderPolling> self(this);
    lookupApiKey(m_secrets, source, [self, source, done = std::move(done)](const ApiKey &key) {
        if (!self)
            return;
        if (key.found()) {
            self->pollInBackground(source, key.value, done);
            return;
        }
        const PollOutcome outcome
            = notAsked(source,
                       key.detail.isEmpty()
                           ? tr("no key: add one in Settings or run `tokenwise keys set %1`").arg(source)
                           : key.detail);
        done(outcome);
        emit self->polled(outcome, false);
    });
}

void ProviderPolling::pollInBackground(const QString &source, const QString &key, PollScheduler::Done done)
{
    QPointer<ProviderPolling> self(this);
    const Options options = m_options;
    const Clock *clock = &m_clock;
    m_pool.start([self, options, source, key, clock, done = std::move(done)] {
        const PollOutcome outcome = pollOnce(options, source, key, *clock);
        QMetaObject::invokeMethod(
            self,
            [self, outcome, done] {
                if (!self)
                    return;
                done(outcome); // the scheduler files the next poll before anyone hears of this one
                const bool stored
                    = outcome.events + outcome.buckets + outcome.reportedDays + outcome.distributions > 0;
                emit self->polled(outcome, stored);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tokenwise
