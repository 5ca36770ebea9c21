// Hostile servers through the whole poller (key, window, fetch, store, source state): each ends as one clear
// per-source state within a bounded time, and what earlier polls stored stays exactly as it was.
#include "AnthropicFixtures.h"
#include "PollerFixture.h"
#include "RawTcpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace tokenwise;
using namespace tokenwise::testing;

namespace {

const QString kKey = QStringLiteral("sk-ant-admin01-HOSTILE-0123456789-wxyz");

api::RetryPolicy policy()
{
    api::RetryPolicy p;
    p.timeoutMs = 5'000; // generous: the good polls must not time out on a loaded machine
    p.totalTimeoutMs = 3'000;
    p.maxAttempts = 3;
    p.backoffBaseMs = 4;
    p.backoffMaxMs = 20;
    return p;
}

} // namespace

class TestHostilePoller : public QObject
{
    Q_OBJECT

    std::unique_ptr<PollerFixture> f;
    qint64 m_synced = 0;

    void pointAt(const QUrl &base)
    {
        qputenv(api::baseUrlEnvironmentVariable(QStringLiteral("anthropic")).constData(),
                base.toString().toLatin1());
    }

    // What the good poll in init() stored, to the micro-dollar (see test_anthropic_source).
    void verifyStoredFigures()
    {
        QCOMPARE(f->reported(QStringLiteral("claude-code"), QDate(2026, 3, 10)), 2'205'000);
        QCOMPARE(f->reported(QStringLiteral("claude-code"), QDate(2026, 3, 11)), 3'000'000);
        QCOMPARE(f->bucket(QStringLiteral("anthropic"), QStringLiteral("org"), QStringLiteral("total"),
                           utc(2026, 3, 10).toMSecsSinceEpoch())
                     .cost,
                 42'440'000);
        const auto teams = f->ledger->teamDistributions(QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(teams.size(), 1);
        QCOMPARE(teams.constFirst().p50, 1'602'500);
    }

    void verifyFailedPoll(const PollOutcome &outcome, api::SourceState state, const QString &detail)
    {
        qInfo().noquote() << "source state:" << api::sourceStateName(outcome.state) << "|" << outcome.detail;
        QCOMPARE(outcome.kind, PollOutcome::Kind::Polled);
        QCOMPARE(int(outcome.state), int(state));
        QVERIFY2(outcome.detail.contains(detail), qPrintable(outcome.detail));
        QVERIFY(!outcome.detail.contains(QLatin1String("HOSTILE")));
        const auto stored = f->ledger->pollState(QStringLiteral("anthropic"));
        QCOMPARE(stored->state, api::sourceStateName(state));
        QCOMPARE(stored->detail, outcome.detail);
        QCOMPARE(stored->syncedUntilMs, m_synced); // the window is fetched again next time
        verifyStoredFigures();
    }

    // After the attack, a working server brings the source back to ok with the same figures.
    void verifyRecovery()
    {
        pointAt(f->server.baseUrl());
        f->server.setHandler(kClaudeCode, claudeCodeDay);
        f->server.setHandler(kCostReport, costReport);
        f->clock.advanceSecs(900);
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(f->ledger->pollState(QStringLiteral("anthropic"))->state, QStringLiteral("ok"));
        verifyStoredFigures();
    }

private slots:
    void init()
    {
        f = std::make_unique<PollerFixture>();
        QVERIFY(f->start(QStringLiteral("anthropic"), kKey, QStringLiteral("dev@example.com")));
        f->server.setHandler(kClaudeCode, claudeCodeDay);
        f->server.setHandler(kCostReport, costReport);
        const PollOutcome first = f->poll(QStringLiteral("anthropic"), policy());
        QVERIFY2(!first.failed(), qPrintable(first.detail));
        verifyStoredFigures();
        m_synced = f->ledger->pollState(QStringLiteral("anthropic"))->syncedUntilMs;
        QVERIFY(m_synced > 0);
        f->clock.advanceSecs(900);
    }
    void cleanup() { f.reset(); }

    void fiftyMegabyteReply()
    {
        const QByteArray body = "{\"data\":\"" + QByteArray(50 << 20, 'a') + "\"}";
        f->server.setHandler(kClaudeCode, [body](const RecordedRequest &) { return FakeReply::json(body); });
        QElapsedTimer timer;
        timer.start();
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        verifyFailedPoll(outcome, api::SourceState::BadResponse, QStringLiteral("larger than 16 MB"));
        QCOMPARE(f->server.requestCount(kClaudeCode) - 91, 1); // refused at once, not retried
        QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
        verifyRecovery();
    }

    void replyThatTrickles()
    {
        RawTcpServer raw;
        raw.greeting = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n";
        raw.trickle = QByteArray(4'000, ' ');
        QVERIFY(raw.start());
        pointAt(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(raw.serverPort())));
        QElapsedTimer timer;
        timer.start();
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        verifyFailedPoll(outcome, api::SourceState::Offline,
                         QStringLiteral("did not finish its reply within 3 s"));
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
        verifyRecovery();
    }

    void redirectToPlainHttpElsewhere()
    {
        FakeHttpServer other;
        QVERIFY(other.start());
        other.setDefault(kClaudeCode, FakeReply::json(R"({"data":[],"has_more":false})"));
        const QByteArray target
            = QStringLiteral("http://localhost:%1%2").arg(other.baseUrl().port()).arg(kClaudeCode).toLatin1();
        f->server.setHandler(kClaudeCode, [target](const RecordedRequest &) {
            return FakeReply {302, {}, {{"Location", target}}};
        });
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        verifyFailedPoll(outcome, api::SourceState::BadResponse, QStringLiteral("302"));
        QCOMPARE(other.requestCount(kClaudeCode), 0); // the key never went to another origin
        verifyRecovery();
    }

    void redirectLoop()
    {
        f->server.setHandler(kClaudeCode, [](const RecordedRequest &) {
            return FakeReply {302, {}, {{"Location", kClaudeCode.toLatin1()}}};
        });
        QElapsedTimer timer;
        timer.start();
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        verifyFailedPoll(outcome, api::SourceState::BadResponse, QStringLiteral("302"));
        QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
        verifyRecovery();
    }

    void tlsError()
    {
        RawTcpServer raw; // plain HTTP to a TLS client
        raw.greeting = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
        QVERIFY(raw.start());
        pointAt(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(raw.serverPort())));
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        verifyFailedPoll(outcome, api::SourceState::Offline, QStringLiteral("secure connection"));
        QVERIFY(f->waits.isEmpty()); // not retried: a certificate does not fix itself in a second
        verifyRecovery();
    }

    void retryAfterOfADay()
    {
        f->server.setHandler(kClaudeCode, [](const RecordedRequest &) {
            FakeReply r = fixture(QStringLiteral("anthropic/error_429.json"), 429);
            r.headers = {{"Retry-After", "86400"}};
            return r;
        });
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        verifyFailedPoll(outcome, api::SourceState::RateLimited, QStringLiteral("rate"));
        QCOMPARE(outcome.retryAt, f->clock.nowUtc().addDays(1));
        QVERIFY(f->waits.isEmpty()); // a day is not waited out inside a poll
        QCOMPARE(f->ledger->pollState(QStringLiteral("anthropic"))->retryAtMs,
                 f->clock.nowUtc().addDays(1).toMSecsSinceEpoch());

        // Until then the source is not asked at all, and says so.
        const qsizetype asked = f->server.requests().size();
        f->clock.advanceSecs(23 * 3600);
        const PollOutcome later = f->poll(QStringLiteral("anthropic"), policy());
        QCOMPARE(later.kind, PollOutcome::Kind::Skipped);
        QVERIFY(later.failed());
        QVERIFY2(later.detail.startsWith(QLatin1String("rate-limited until 2026-03-13T12:15:00")),
                 qPrintable(later.detail));
        QCOMPARE(f->server.requests().size(), asked);
        verifyStoredFigures();
        f->clock.advanceSecs(3600);
        verifyRecovery();
    }

    void pageCursorThatRepeats()
    {
        f->server.setHandler(kClaudeCode, [](const RecordedRequest &) {
            return FakeReply::json(R"({"data":[],"has_more":true,"next_page":"again"})");
        });
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        verifyFailedPoll(outcome, api::SourceState::BadResponse, QStringLiteral("repeated"));
        QCOMPARE(f->server.requestCount(kClaudeCode) - 91, 2); // the page, then the repeat that is refused
        verifyRecovery();
    }

    // A damaged ledger is moved aside and starts empty; the next poll backfills the provider's 90 days again.
    void damagedLedgerGetsTheProviderHistoryBack()
    {
        const QString path = f->dir.filePath(QStringLiteral("ledger.sqlite"));
        f->ledger.reset();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QCOMPARE(file.write(QByteArray(100, '\x5a')), 100); // the header
        }
        std::optional<LedgerDamage> damage;
        auto reopened = SqliteLedger::open(path, &damage);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY(damage);
        QVERIFY(QFile::exists(damage->movedTo));
        f->ledger = std::move(reopened).value();
        QVERIFY(!f->ledger->pollState(QStringLiteral("anthropic")));
        QCOMPARE(f->reported(QStringLiteral("claude-code"), QDate(2026, 3, 10)), 0);

        const qsizetype before = f->server.requests().size();
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), policy());
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(outcome.from, QDate(2025, 12, 13)); // the whole window, not the last two days
        QCOMPARE(f->server.requestCount(kClaudeCode), 2 * 91);
        QVERIFY(f->server.requests().size() - before > 91);
        verifyStoredFigures();
    }
};

QTEST_GUILESS_MAIN(TestHostilePoller)
#include "test_hostile_poller.moc"
