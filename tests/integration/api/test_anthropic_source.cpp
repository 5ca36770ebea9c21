// Anthropic through the poller against fixture JSON: backfill, paging, exact money, team quantiles, and
// every failure leaving the stored data alone.
#include "AnthropicFixtures.h"
#include "PollerFixture.h"

#include <QTest>

using namespace tokenwise;
using namespace tokenwise::testing;

namespace {

const QString kKey = QStringLiteral("sk-ant-admin01-FIXTURE-0123456789-wxyz");

} // namespace

class TestAnthropicSource : public QObject
{
    Q_OBJECT

    std::unique_ptr<PollerFixture> f;

    void serveFixtures()
    {
        f->server.setHandler(kClaudeCode, claudeCodeDay);
        f->server.setHandler(kCostReport, costReport);
    }

    void verifyStoredFigures()
    {
        QCOMPARE(f->reported(QStringLiteral("claude-code"), QDate(2026, 3, 10)),
                 2'205'000); // 186 + 14.5 + 20 cents
        QCOMPARE(f->reported(QStringLiteral("claude-code"), QDate(2026, 3, 11)), 3'000'000);
        QCOMPARE(f->ledger->reportedCosts(QDate(2026, 3, 12), QDate(2026, 3, 12)).size(),
                 0); // today still moves
        const auto teams = f->ledger->teamDistributions(QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(teams.size(), 1); // 2026-03-11 had four people: no distribution
        const TeamDistribution &t = teams.constFirst();
        QCOMPARE(t.start, QDate(2026, 3, 10));
        QCOMPARE(t.members, 6); // the api_actor is not a person
        QCOMPARE(t.p25, 812'500);
        QCOMPARE(t.p50, 1'602'500);
        QCOMPARE(t.p75, 2'426'250);
        QCOMPARE(t.p90, 3'250'000);
        QCOMPARE(t.origin, QStringLiteral("local"));
        const qint64 mar10 = utc(2026, 3, 10).toMSecsSinceEpoch();
        QCOMPARE(f->bucket(QStringLiteral("anthropic"), QStringLiteral("org"), QStringLiteral("total"), mar10)
                     .cost,
                 42'440'000); // "4120.55" + "123.45" cents
        QCOMPARE(f->bucket(QStringLiteral("anthropic"), QStringLiteral("org"), QStringLiteral("total"),
                           utc(2026, 3, 11).toMSecsSinceEpoch())
                     .cost,
                 10'001'235); // "1000.123456" cents, rounded to the micro-dollar
        const SpendBucket sonnet
            = f->bucket(QStringLiteral("anthropic"), QStringLiteral("personal"), QStringLiteral("model"),
                        mar10, QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(sonnet.cost, 2'060'000);
        QCOMPARE(sonnet.tokens.input, 45'330);
        QCOMPARE(sonnet.tokens.cacheRead, 988'000);
    }

private slots:
    void init()
    {
        f = std::make_unique<PollerFixture>();
        QVERIFY(f->start(QStringLiteral("anthropic"), kKey, QStringLiteral("dev@example.com")));
    }
    void cleanup() { f.reset(); }

    void firstPollBackfillsNinetyDays()
    {
        serveFixtures();
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"));
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(outcome.from, QDate(2025, 12, 13));
        QCOMPARE(outcome.to, QDate(2026, 3, 12));
        QCOMPARE(f->server.requestCount(kClaudeCode), 91); // 90 days, one of them on two pages
        QCOMPARE(f->server.requestCount(kCostReport), 4); // three 31-day chunks, one on two pages
        const RecordedRequest &first = f->server.requests().constFirst();
        QCOMPARE(first.query.queryItemValue(QStringLiteral("starting_at")), QStringLiteral("2025-12-13"));
        QCOMPARE(first.header("x-api-key"), kKey.toLatin1());
        QCOMPARE(first.header("anthropic-version"), QByteArray("2023-06-01"));
        for (const RecordedRequest &r : f->server.requests()) {
            if (r.path == kCostReport && !r.query.hasQueryItem(QStringLiteral("page")))
                QVERIFY(r.query.queryItemValue(QStringLiteral("limit")).toInt() <= 31);
        }
        verifyStoredFigures();
        const auto state = f->ledger->pollState(QStringLiteral("anthropic"));
        QCOMPARE(state->state, QStringLiteral("ok"));
        QCOMPARE(state->syncedUntilMs, f->clock.nowUtc().toMSecsSinceEpoch());
    }

    void laterPollsRefetchTheLastTwoDays()
    {
        serveFixtures();
        QVERIFY(!f->poll(QStringLiteral("anthropic")).failed());
        const qsizetype before = f->server.requests().size();
        f->clock.advanceSecs(3600);
        const PollOutcome again = f->poll(QStringLiteral("anthropic"));
        QVERIFY(!again.failed());
        QCOMPARE(again.from, QDate(2026, 3, 11));
        const auto later = f->server.requests().mid(before);
        QStringList days;
        for (const RecordedRequest &r : later) {
            if (r.path == kClaudeCode)
                days << r.query.queryItemValue(QStringLiteral("starting_at"));
        }
        QCOMPARE(days, QStringList({QStringLiteral("2026-03-11"), QStringLiteral("2026-03-12")}));
        QCOMPARE(later.constLast().query.queryItemValue(QStringLiteral("starting_at")),
                 QStringLiteral("2026-03-11T00:00:00Z"));
        verifyStoredFigures(); // re-fetching changes nothing
    }

    void failuresNeverDeleteStoredData()
    {
        serveFixtures();
        QVERIFY(!f->poll(QStringLiteral("anthropic")).failed());
        const qint64 synced = f->ledger->pollState(QStringLiteral("anthropic"))->syncedUntilMs;

        // 500 every time: retried, then stale.
        f->clock.advanceSecs(900);
        f->server.setHandler(kClaudeCode, [](const RecordedRequest &) { return FakeReply::json("{}", 500); });
        PollOutcome outcome = f->poll(QStringLiteral("anthropic"));
        QCOMPARE(outcome.state, api::SourceState::Stale);
        QCOMPARE(f->waits.size(), 2);
        verifyStoredFigures();
        QCOMPARE(f->ledger->pollState(QStringLiteral("anthropic"))->syncedUntilMs, synced);
        QCOMPARE(f->ledger->pollState(QStringLiteral("anthropic"))->state, QStringLiteral("stale"));

        // A long Retry-After ends the poll as rate-limited, and the next poll does not even ask.
        f->server.setHandler(kClaudeCode, [](const RecordedRequest &) {
            FakeReply r = fixture(QStringLiteral("anthropic/error_429.json"), 429);
            r.headers = {{"Retry-After", "3600"}};
            return r;
        });
        outcome = f->poll(QStringLiteral("anthropic"));
        QCOMPARE(outcome.state, api::SourceState::RateLimited);
        QCOMPARE(outcome.retryAt, f->clock.nowUtc().addSecs(3600));
        const qsizetype asked = f->server.requests().size();
        f->clock.advanceSecs(600);
        outcome = f->poll(QStringLiteral("anthropic"));
        QCOMPARE(outcome.kind, PollOutcome::Kind::Skipped);
        QVERIFY(outcome.failed());
        QCOMPARE(f->server.requests().size(), asked);
        verifyStoredFigures();

        // After the wait, a working server brings the state back to ok.
        f->clock.advanceSecs(3600);
        serveFixtures();
        outcome = f->poll(QStringLiteral("anthropic"));
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(outcome.from, QDate(2026, 3, 11));
        QCOMPARE(f->ledger->pollState(QStringLiteral("anthropic"))->state, QStringLiteral("ok"));
    }

    void shortRetryAfterIsWaitedOut()
    {
        serveFixtures();
        bool limited = false;
        f->server.setHandler(kClaudeCode, [&limited](const RecordedRequest &r) {
            if (!limited
                && r.query.queryItemValue(QStringLiteral("starting_at")) == QLatin1String("2026-03-10")) {
                limited = true;
                FakeReply reply = fixture(QStringLiteral("anthropic/error_429.json"), 429);
                reply.headers = {{"Retry-After", "7"}};
                return reply;
            }
            return claudeCodeDay(r);
        });
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"));
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(f->waits, QList<int>({7000}));
        verifyStoredFigures();
    }

    void failureStates_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("detail");
        QTest::newRow("401 envelope") << QStringLiteral("401") << int(api::SourceState::AuthFailed)
                                      << QStringLiteral("invalid x-api-key");
        QTest::newRow("403 inference key") << QStringLiteral("403") << int(api::SourceState::AuthFailed)
                                           << QStringLiteral("requires an Admin API key");
        QTest::newRow("stalled reply")
            << QStringLiteral("stall") << int(api::SourceState::Offline) << QStringLiteral("no answer");
        QTest::newRow("truncated body")
            << QStringLiteral("truncate") << int(api::SourceState::BadResponse) << QStringLiteral("cut off");
        QTest::newRow("not json") << QStringLiteral("html") << int(api::SourceState::BadResponse)
                                  << QStringLiteral("not JSON");
        QTest::newRow("wrong shape") << QStringLiteral("shape") << int(api::SourceState::BadResponse)
                                     << QStringLiteral("unexpected shape");
        QTest::newRow("repeated cursor")
            << QStringLiteral("loop") << int(api::SourceState::BadResponse) << QStringLiteral("repeated");
    }
    void failureStates()
    {
        QFETCH(QString, kind);
        QFETCH(int, state);
        QFETCH(QString, detail);
        f->server.setHandler(kClaudeCode, [kind](const RecordedRequest &) {
            if (kind == QLatin1String("401"))
                return fixture(QStringLiteral("anthropic/error_401.json"), 401);
            if (kind == QLatin1String("403"))
                return fixture(QStringLiteral("anthropic/error_403.json"), 403);
            FakeReply reply = fixture(QStringLiteral("anthropic/claude_code_2026-03-11.json"));
            if (kind == QLatin1String("stall"))
                reply.stall = true;
            else if (kind == QLatin1String("truncate"))
                reply.truncate = true;
            else if (kind == QLatin1String("html"))
                reply.body = "<html><body>502 Bad Gateway</body></html>";
            else if (kind == QLatin1String("shape"))
                reply.body = R"({"data":{"oops":true},"has_more":false})";
            else if (kind == QLatin1String("loop"))
                reply.body = R"({"data":[],"has_more":true,"next_page":"again"})";
            return reply;
        });
        const PollOutcome outcome = f->poll(QStringLiteral("anthropic"), f->policy(200, 2));
        QCOMPARE(int(outcome.state), state);
        QVERIFY2(outcome.detail.contains(detail), qPrintable(outcome.detail));
        QVERIFY(!outcome.detail.contains(QLatin1String("FIXTURE")));
        QCOMPARE(f->ledger->pollState(QStringLiteral("anthropic"))->syncedUntilMs,
                 0); // the backfill is retried
    }
};

QTEST_GUILESS_MAIN(TestAnthropicSource)
#include "test_anthropic_source.moc"
