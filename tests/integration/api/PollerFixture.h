// A poller wired to a loopback fake server, an in-memory keychain, a temp ledger and a settable clock.
#pragma once

#include "FakeHttpServer.h"
#include "app/poll/ApiSettings.h"
#include "app/poll/SourcePoller.h"
#include "secrets/InMemorySecretStore.h"
#include "sources/api/http/ApiEndpoint.h"
#include "store/SqliteLedger.h"

#include <QTemporaryDir>
#include <QTimeZone>

namespace tokenwise::testing {

inline FakeReply fixture(const QString &relative, int status = 200)
{
    return FakeReply::fromFile(QStringLiteral(TOKENWISE_FIXTURES_DIR "/api/") + relative, status);
}

inline QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

struct PollerFixture
{
    QTemporaryDir dir;
    FakeHttpServer server;
    std::unique_ptr<SqliteLedger> ledger;
    InMemorySecretStore secrets;
    std::unique_ptr<ApiSettings> settings;
    PriceBook prices;
    TestClock clock {utc(2026, 3, 12, 12)};
    QNetworkAccessManager network;
    QList<int> waits;

    // Starts the server, points `source` at it and stores `key` for it; false when something is missing.
    bool start(const QString &source, const QString &key, const QString &identity = {})
    {
        if (!server.start())
            return false;
        auto opened = SqliteLedger::open(dir.filePath(QStringLiteral("ledger.sqlite")));
        auto book = PriceBook::load();
        if (!opened || !book)
            return false;
        ledger = std::move(opened).value();
        prices = std::move(book).value();
        settings = std::make_unique<ApiSettings>(dir.filePath(QStringLiteral("config")));
        qputenv(api::baseUrlEnvironmentVariable(source).constData(), server.baseUrl().toString().toLatin1());
        if (!identity.isEmpty() && !settings->setValue(source + QStringLiteral(".identity"), identity).ok())
            return false;
        return secrets.writeBlocking(source, key).status == SecretStatus::Ok;
    }

    api::RetryPolicy policy(int timeoutMs = 300, int attempts = 3) const
    {
        api::RetryPolicy p;
        p.timeoutMs = timeoutMs;
        p.maxAttempts = attempts;
        p.backoffBaseMs = 4;
        p.backoffMaxMs = 20;
        return p;
    }

    PollOutcome poll(const QString &source, api::RetryPolicy retry)
    {
        SourcePoller poller(*ledger, secrets, *settings, prices, clock, network, retry);
        poller.setSleeper([this](int ms) { waits << ms; });
        return poller.poll(source);
    }
    PollOutcome poll(const QString &source) { return poll(source, policy()); }

    MicroUsd reported(const QString &source, const QDate &day)
    {
        MicroUsd sum = 0;
        for (const ReportedDayCost &r : ledger->reportedCosts(day, day))
            sum += r.source == source ? r.cost : 0;
        return sum;
    }

    SpendBucket bucket(const QString &source, const QString &scope, const QString &dimension, qint64 startMs,
                       const QString &key = {})
    {
        for (const SpendBucket &b : ledger->spendBuckets(source, startMs, startMs + 1)) {
            if (b.scope == scope && b.dimension == dimension && b.key == key)
                return b;
        }
        SpendBucket none;
        none.cost = -1;
        return none;
    }
};

} // namespace tokenwise::testing
