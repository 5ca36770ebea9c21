// When each provider is polled: every 15 minutes (Cursor hourly), jittered, backed off after failures,
// held back while rate-limited, and never two polls of one source at once.
#pragma once

#include "app/poll/SourcePoller.h"
#include "core/Clock.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace tokenwise {

class PollScheduler : public QObject
{
    Q_OBJECT
public:
    // Starts one poll of `source`; calls `done` once it has finished (now or later).
    using Done = std::function<void(const PollOutcome &)>;
    using PollFunction = std::function<void(const QString &source, Done done)>;

    static constexpr qint64 kDefaultIntervalSecs = 15 * 60;
    static constexpr qint64 kCursorIntervalSecs = 60 * 60;
    static constexpr int kMaxBackoffFactor = 4;

    PollScheduler(const Clock &clock, PollFunction poll, QObject *parent = nullptr);

    // The sources to poll (those with a key); a source that was rejected gets another chance when set again.
    void setSources(const QStringList &sources);
    void setInterval(const QString &source, qint64 seconds);
    qint64 interval(const QString &source) const;
    // Up to this fraction of the interval is added at random to each wait (default 0.1).
    void setJitterFraction(double fraction) { m_jitter = fraction; }
    // Tests fix the random draw in [0, 1).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    // Polls every source that is due and not already polling; the timer calls it.
    void tick();
    void start(int tickMs = 30'000);
    void stop();

    QDateTime nextPollAt(const QString &source) const;
    bool isPolling(const QString &source) const { return m_entries.value(source).polling; }

signals:
    void polled(const PollOutcome &outcome);

private:
    struct Entry
    {
        QDateTime due;
        bool polling = false;
        int failures = 0;
    };
    void finished(const QString &source, const PollOutcome &outcome);
    qint64 jitterSecs(qint64 interval) const;

    const Clock &m_clock;
    PollFunction m_poll;
    QHash<QString, Entry> m_entries;
    QHash<QString, qint64> m_intervals;
    double m_jitter = 0.1;
    std::function<double()> m_random;
    QTimer m_timer;
};

} // namespace tokenwise
