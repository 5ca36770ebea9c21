// Keeps the ledger fresh and hands out snapshots; the work runs on a pool thread, never on the UI's.
#pragma once

#include "app/usage/UsageSnapshot.h"
#include "core/Clock.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace tokenwise {

class UsageService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath; // the ledger file
        QString configDir; // price overrides
        bool forceDemo = false; // --demo
        int snapshotDays = 90;
        SurgeRule surge;
        QRegularExpression ticketPattern = defaultTicketPattern();
        QStringList disabledSources; // local sources the user turned off in Settings
    };

    explicit UsageService(Options options, const Clock &clock = SystemClock::instance(),
                          QObject *parent = nullptr);
    ~UsageService() override;

    // Refreshes every `interval` (and once now); a refresh already running is not started twice.
    void start(std::chrono::milliseconds interval);
    void setInterval(std::chrono::milliseconds interval);
    void setSurgeRule(const SurgeRule &rule);
    void setDisabledSources(const QStringList &sources);
    bool isRefreshing() const { return m_running.load(); }
    const UsageSnapshot &snapshot() const { return m_snapshot; }
    QString lastError() const { return m_lastError; }

public slots:
    void refreshNow();

signals:
    void snapshotReady(const tokenwise::UsageSnapshot &snapshot);
    void refreshFailed(const QString &reason);
    // The ledger file failed its integrity check, was moved aside and is being rebuilt: tell the user.
    void ledgerRecovered(const QString &message);

private:
    void finish(const UsageSnapshot &snapshot, const QString &error, const QString &recovery);

    Options m_options;
    const Clock &m_clock;
    QTimer m_timer;
    std::atomic<bool> m_running {false};
    UsageSnapshot m_snapshot;
    QString m_lastError;
    QThreadPool m_pool; // one thread; the destructor waits for it, so a refresh never outlives the service
};

} // namespace tokenwise

Q_DECLARE_METATYPE(tokenwise::UsageSnapshot)
