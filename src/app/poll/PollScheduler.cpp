// The poll schedule. Provider limits differ (Cursor aggregates hourly, 20 requests a minute), so the interval
// is per source; jitter keeps many installs from polling in lockstep.
#include "app/poll/PollScheduler.h"

#include "sources/api/http/ApiEndpoint.h"

#include <QRandomGenerator>

namespace tokenwise {

PollScheduler::PollScheduler(const Clock &clock, PollFunction poll, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_poll(std::move(poll))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_intervals.insert(QString::fromLatin1(api::cursor), kCursorIntervalSecs);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::tick);
}

void PollScheduler::setSources(const QStringList &sources)
{
    const QDateTime now = m_clock.nowUtc();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!sources.contains(it.key()) && !it->polling)
            it = m_entries.erase(it);
        else
            ++it;
    }
    for (const QString &source : sources) {
        Entry &entry = m_entries[source];
        if (!entry.due.isValid() || entry.failures > 0) {
            entry.due = now;
            entry.failures = 0;
        }
    }
}

void PollScheduler::setInterval(const QString &source, qint64 seconds)
{
    m_intervals.insert(source, std::max<qint64>(seconds, 60));
}

qint64 PollScheduler::interval(const QString &source) const
{
    return m_intervals.value(source, kDefaultIntervalSecs);
}

qint64 PollScheduler::jitterSecs(qint64 interval) const
{
    return qint64(m_random() * m_jitter * double(interval));
}

void PollScheduler::tick()
{
    const QDateTime now = m_clock.nowUtc();
    const QStringList sources = m_entries.keys();
    for (const QString &source : sources) {
        Entry &entry = m_entries[source];
        if (entry.polling || entry.due > now)
            continue;
        entry.polling = true;
        m_poll(source, [this, source](const PollOutcome &outcome) { finished(source, outcome); });
    }
}

void PollScheduler::finished(const QString &source, const PollOutcome &outcome)
{
    auto it = m_entries.find(source);
    if (it == m_entries.end())
        return;
    const QDateTime now = m_clock.nowUtc();
    const qint64 every = interval(source);
    const bool trouble = outcome.kind != PollOutcome::Kind::Skipped && outcome.failed();
    it->failures = trouble ? it->failures + 1 : 0;
    // Repeated trouble waits longer (2×, then 4× the interval); a rate limit waits at least as asked.
    const qint64 factor = std::min<qint64>(qint64(1) << std::min(it->failures, 2), kMaxBackoffFactor);
    it->due = now.addSecs(every * factor + jitterSecs(every));
    if (outcome.state == api::SourceState::RateLimited && outcome.retryAt.isValid()
        && outcome.retryAt > it->due)
        it->due = outcome.retryAt;
    it->polling = false;
    emit polled(outcome);
}

void PollScheduler::start(int tickMs)
{
    tick();
    m_timer.start(tickMs);
}

void PollScheduler::stop()
{
    m_timer.stop();
}

QDateTime PollScheduler::nextPollAt(const QString &source) const
{
    return m_entries.value(source).due;
}

} // namespace tokenwise
