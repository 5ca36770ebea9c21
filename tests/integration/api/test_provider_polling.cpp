// The desktop's provider polling end to end: configured sources found, each polled off the UI thread into
// a real ledger, the next poll only when due, the team feed hourly.
#include "FakeHttpServer.h"
#include "app/poll/ApiSettings.h"
#include "app/poll/ProviderPolling.h"
#include "app/poll/TeamFeedRefresh.h"
#include "secrets/KeychainSecretStore.h"
#include "store/SqliteLedger.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

class TestProviderPolling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    KeychainSecretStore m_keychain; // the real one; with D-Bus disabled it answers "unavailable" at once
    const QString kKeyPath = QStringLiteral("/api/v1/key");

    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }
    QString ledgerPath() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }

    // Waits until `n` polls have come in, spinning the event loop (the fake server lives on this thread).
    static bool waitForPolls(QSignalSpy &spy, int n)
    {
        for (int i = 0; i < 200 && spy.size() < n; ++i)
            spy.wait(50);
        return spy.size() >= n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain: the environment key is the only one
        qputenv("TOKENWISE_OPENROUTER_KEY", "sk-or-v1-POLLING0123456789abcdef");
        qputenv("TOKENWISE_OPENROUTER_BASE_URL", m_server.baseUrl().toString().toLatin1());
        qputenv("TOKENWISE_HTTP_TIMEOUT_MS", "1500");
        m_server.setDefault(kKeyPath,
                            FakeReply::json(R"({"data":{"usage":25.5,"usage_daily":"1.25","limit":null}})"));

        const QString feed = m_dir.filePath(QStringLiteral("team.json"));
        QFile file(feed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        file.write(R"({"format":"tokenwise-team-feed","version":1,"source":"anthropic","periods":[{"start":")"
                   + today.toLatin1() + R"(","end":")" + today.toLatin1()
                   + R"(","members":8,"p25":1000000,"p50":2000000,"p75":3000000,"p90":4000000}]})");
        file.close();
        ApiSettings settings(configDir());
        QVERIFY(settings.setValue(QStringLiteral("team.feed"), feed).ok());
    }

    void pollsWhatIsConfiguredWhenDue()
    {
        TestClock clock(QDateTime::currentDateTimeUtc());
        ProviderPolling polling({ledgerPath(), configDir(), 20}, m_keychain, clock);
        QSignalSpy found(&polling, &ProviderPolling::sourcesFound);
        QSignalSpy polled(&polling, &ProviderPolling::polled);
        polling.rescan();
        QVERIFY(found.wait(5'000));
        QCOMPARE(found.first().first().toStringList(),
                 (QStringList {QStringLiteral("openrouter"), QStringLiteral("team")}));
        QVERIFY(waitForPolls(polled, 2));

        QHash<QString, PollOutcome> outcomes;
        for (const QList<QVariant> &signal : std::as_const(polled)) {
            const auto outcome = signal.at(0).value<PollOutcome>();
            outcomes.insert(outcome.source, outcome);
            QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
            QVERIFY(signal.at(1).toBool()); // both stored something
        }
        QCOMPARE(outcomes.value(QStringLiteral("openrouter")).reportedDays, 1);
        QCOMPARE(outcomes.value(QStringLiteral("team")).distributions, 1);
        QCOMPARE(m_server.requestCount(kKeyPath), 1);

        auto ledger = SqliteLedger::open(ledgerPath());
        QVERIFY(ledger);
        const QDate today = clock.nowUtc().date();
        const QList<ReportedDayCost> reported = (*ledger)->reportedCosts(today, today);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().cost, 1'250'000);
        const QList<TeamDistribution> team = (*ledger)->teamDistributions(today, today);
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.first().p50, 2'000'000);
        QCOMPARE(team.first().origin, QStringLiteral("feed"));

        // Ten minutes on, nothing is due; past 15 minutes and the largest jitter (10 %), OpenRouter is
        // polled again and the hourly team feed is not.
        clock.advanceSecs(10 * 60);
        QTest::qWait(200);
        QCOMPARE(polled.size(), 2);
        clock.advanceSecs(7 * 60);
        QVERIFY(waitForPolls(polled, 3));
        QTest::qWait(200);
        QCOMPARE(polled.size(), 3);
        QCOMPARE(polled.last().at(0).value<PollOutcome>().source, QStringLiteral("openrouter"));
        QCOMPARE(m_server.requestCount(kKeyPath), 2);
    }

    void aFailedPollKeepsWhatIsStoredAndBacksOff()
    {
        m_server.setDefault(kKeyPath, FakeReply::json(R"({"error":{"message":"bad key"}})", 401));
        TestClock clock(QDateTime::currentDateTimeUtc());
        ProviderPolling polling({ledgerPath(), configDir(), 20}, m_keychain, clock);
        QSignalSpy polled(&polling, &ProviderPolling::polled);
        polling.rescan();
        QVERIFY(waitForPolls(polled, 2));
        PollOutcome openrouter;
        for (const QList<QVariant> &signal : std::as_const(polled)) {
            if (signal.at(0).value<PollOutcome>().source == QLatin1String("openrouter"))
                openrouter = signal.at(0).value<PollOutcome>();
        }
        QVERIFY(openrouter.failed());
        QCOMPARE(openrouter.state, api::SourceState::AuthFailed);
        QVERIFY(!openrouter.detail.contains(QLatin1String("POLLING")));

        auto ledger = SqliteLedger::open(ledgerPath());
        QVERIFY(ledger);
        const QDate today = clock.nowUtc().date();
        QCOMPARE((*ledger)->reportedCosts(today, today).size(), 1); // the earlier figure stands
        QCOMPARE((*ledger)->reportedCosts(today, today).first().cost, 1'250'000);
        // After a failure the next try waits twice the interval: not at 17 minutes, at 34.
        const QDateTime next = polling.scheduler().nextPollAt(QStringLiteral("openrouter"));
        QVERIFY(next >= clock.nowUtc().addSecs(30 * 60));
        QVERIFY(next <= clock.nowUtc().addSecs(33 * 60));
    }
};

QTEST_GUILESS_MAIN(TestProviderPolling)
#include "test_provider_polling.moc"
