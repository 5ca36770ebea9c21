// The poll schedule on a test clock: intervals, jitter, no overlapping polls, backoff, and rate limits.
#include "app/poll/PollScheduler.h"

#include <QTest>
#include <QTimeZone>

using namespace tokenwise;

class TestPollScheduler : public QObject
{
    Q_OBJECT

    TestClock m_clock {QDateTime(QDate(2026, 3, 12), QTime(12, 0), QTimeZone::utc())};
    QStringList m_started;
    QHash<QString, PollScheduler::Done> m_pending;

    std::unique_ptr<PollScheduler> scheduler()
    {
        m_started.clear();
        m_pending.clear();
        auto s = std::make_unique<PollScheduler>(m_clock,
                                                 [this](const QString &source, PollScheduler::Done done) {
                                                     m_started << source;
                                                     m_pending.insert(source, std::move(done));
                                                 });
        s->setRandom([] { return 0.5; }); // half of the 10 % jitter: +45 s on 15 minutes, +180 s on an hour
        return s;
    }

    void finish(const QString &source, api::SourceState state = api::SourceState::Ok,
                const QDateTime &retryAt = {})
    {
        PollOutcome outcome;
        outcome.source = source;
        outcome.state = state;
        outcome.retryAt = retryAt;
        m_pending.take(source)(outcome);
    }

    QDateTime at(qint64 secs) const
    {
        return QDateTime(QDate(2026, 3, 12), QTime(12, 0), QTimeZone::utc()).addSecs(secs);
    }

private slots:
    void init() { m_clock.set(at(0)); }

    void intervalsJitterAndNoOverlap()
    {
        auto s = scheduler();
        s->setSources({QStringLiteral("anthropic"), QStringLiteral("cursor")});
        QCOMPARE(s->interval(QStringLiteral("anthropic")), 900);
        QCOMPARE(s->interval(QStringLiteral("cursor")), 3600);
        s->tick();
        m_started.sort();
        QCOMPARE(m_started, QStringList({QStringLiteral("anthropic"), QStringLiteral("cursor")}));

        // Still running: another tick starts nothing.
        m_clock.advanceSecs(2000);
        s->tick();
        QCOMPARE(m_started.size(), 2);
        QVERIFY(s->isPolling(QStringLiteral("anthropic")));

        m_clock.set(at(0));
        finish(QStringLiteral("anthropic"));
        finish(QStringLiteral("cursor"));
        QCOMPARE(s->nextPollAt(QStringLiteral("anthropic")), at(945));
        QCOMPARE(s->nextPollAt(QStringLiteral("cursor")), at(3780));

        m_clock.set(at(944));
        s->tick();
        QCOMPARE(m_started.size(), 2);
        m_clock.set(at(945));
        s->tick();
        QCOMPARE(m_started.constLast(), QStringLiteral("anthropic"));
        QCOMPARE(m_started.size(), 3);
    }

    void failuresBackOffAndSuccessResets()
    {
        auto s = scheduler();
        s->setSources({QStringLiteral("openai")});
        s->tick();
        finish(QStringLiteral("openai"), api::SourceState::Offline);
        QCOMPARE(s->nextPollAt(QStringLiteral("openai")), at(1800 + 45));
        m_clock.set(at(1845));
        s->tick();
        finish(QStringLiteral("openai"), api::SourceState::Stale);
        QCOMPARE(s->nextPollAt(QStringLiteral("openai")), at(1845 + 3600 + 45));
        m_clock.set(at(1845 + 3645));
        s->tick();
        finish(QStringLiteral("openai"), api::SourceState::Stale);
        QCOMPARE(s->nextPollAt(QStringLiteral("openai")), at(5490 + 3600 + 45)); // capped at 4×
        m_clock.set(at(9135));
        s->tick();
        finish(QStringLiteral("openai"));
        QCOMPARE(s->nextPollAt(QStringLiteral("openai")), at(9135 + 945));
    }

    void rateLimitWaitsAsAsked()
    {
        auto s = scheduler();
        s->setSources({QStringLiteral("anthropic")});
        s->tick();
        finish(QStringLiteral("anthropic"), api::SourceState::RateLimited, at(7200));
        QCOMPARE(s->nextPollAt(QStringLiteral("anthropic")), at(7200));
        m_clock.set(at(7199));
        s->tick();
        QCOMPARE(m_started.size(), 1);
        m_clock.set(at(7200));
        s->tick();
        QCOMPARE(m_started.size(), 2);
    }

    void newKeyGetsAnImmediateRetry()
    {
        auto s = scheduler();
        s->setSources({QStringLiteral("openrouter")});
        s->tick();
        finish(QStringLiteral("openrouter"), api::SourceState::AuthFailed);
        QVERIFY(s->nextPollAt(QStringLiteral("openrouter")) > at(0));
        s->setSources({QStringLiteral("openrouter")}); // e.g. after `keys set`
        QCOMPARE(s->nextPollAt(QStringLiteral("openrouter")), at(0));
        s->setSources({});
        QVERIFY(!s->nextPollAt(QStringLiteral("openrouter")).isValid());
    }

    void timerDrivesTicks()
    {
        auto s = scheduler();
        s->setSources({QStringLiteral("anthropic")});
        s->start(10);
        QCOMPARE(m_started.size(), 1);
        finish(QStringLiteral("anthropic"));
        m_clock.advanceSecs(945);
        QTRY_COMPARE_WITH_TIMEOUT(m_started.size(), 2, 2000);
        s->stop();
    }
};

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "test_poll_scheduler.moc"
