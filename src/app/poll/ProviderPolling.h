// The desktop's provider polling: the PollScheduler's cadence, with each poll run off the UI thread.
#pragma once

#include "app/poll/PollScheduler.h"

#include <QThreadPool>

namespace tokenwise {

class SecretStore;

class ProviderPolling : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath; // the ledger file
        QString configDir; // provider settings and price overrides
        int tickMs = 30'000; // how often the scheduler looks for a due source
    };

    // `secrets` lives on this (the UI) thread and outlives this object; keys are read there, never on the
    // pool thread, because the keychain's D-Bus and GLib plumbing is bound to the thread that set it up.
    ProviderPolling(Options options, SecretStore &secrets, const Clock &clock = SystemClock::instance(),
                    QObject *parent = nullptr);
    ~ProviderPolling() override;

    // Finds the sources to poll (a key in the environment or keychain; the team feed when configured), then
    // polls each when due. Call again after keys or provider settings change.
    void rescan();

    const PollScheduler &scheduler() const { return m_scheduler; }
    QStringList sources() const { return m_sources; }

signals:
    void sourcesFound(const QStringList &sources);
    // After each poll; `stored` when it brought anything into the ledger.
    void polled(const tokenwise::PollOutcome &outcome, bool stored);

private:
    void poll(const QString &source, PollScheduler::Done done);
    void pollInBackground(const QString &source, const QString &key, PollScheduler::Done done);

    Options m_options;
    SecretStore &m_secrets;
    const Clock &m_clock;
    PollScheduler m_scheduler;
    QStringList m_sources;
    int m_scan = 0; // the newest rescan; answers to older ones are dropped
    // One thread: a poll never overlaps another, and the destructor waits, so none outlives this object.
    QThreadPool m_pool;
};

} // namespace tokenwise
