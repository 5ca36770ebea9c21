// OpenAI through the poller: personal usage priced per day and model, team quantiles per day, reported org
// costs as numbers and strings, idempotent re-polls, and a scrubbed 401.
#include "PollerFixture.h"

#include <QTest>

using namespace tokenwise;
using namespace tokenwise::testing;

namespace {

const QString kUsage = QStringLiteral("/v1/organization/usage/completions");
const QString kCosts = QStringLiteral("/v1/organization/costs");
const QString kKey = QStringLiteral("sk-admin-FIXTURE0123456789abcdefwxyz");

bool lastChunk(const RecordedRequest &r)
{
    return r.query.queryItemValue(QStringLiteral("end_time")) == QLatin1String("1773360000"); // 2026-03-13
}

} // namespace

class TestOpenAiSource : public QObject
{
    Q_OBJECT

    std::unique_ptr<PollerFixture> f;

    void serveFixtures()
    {
        f->server.setHandler(kUsage, [](const RecordedRequest &r) {
            if (!lastChunk(r))
                return fixture(QStringLiteral("openai/empty_page.json"));
            return fixture(r.query.hasQueryItem(QStringLiteral("page"))
                               ? QStringLiteral("openai/completions_page2.json")
                               : QStringLiteral("openai/completions_page1.json"));
        });
        f->server.setHandler(kCosts, [](const RecordedRequest &r) {
            return fixture(lastChunk(r) ? QStringLiteral("openai/costs.json")
                                        : QStringLiteral("openai/empty_page.json"));
        });
    }

    // The stored day × model event (its timestamp is the UTC day's start).
    UsageSlice event(const QDate &day, const QString &model)
    {
        LedgerQuery all;
        all.sources = {QStringLiteral("openai")};
        for (const UsageSlice &s : f->ledger->usageSlices(all)) {
            if (s.bucketMs == utc(day.year(), day.month(), day.day()).toMSecsSinceEpoch() && s.model == model)
                return s;
        }
        return {};
    }

private slots:
    void init()
    {
        f = std::make_unique<PollerFixture>();
        QVERIFY(f->start(QStringLiteral("openai"), kKey, QStringLiteral("user-me")));
    }
    void cleanup() { f.reset(); }

    void personalUsagePricedTeamAndOrgCosts()
    {
        serveFixtures();
        const PollOutcome outcome = f->poll(QStringLiteral("openai"));
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(f->server.requestCount(kUsage), 4); // three 31-day chunks, the last on two pages
        QCOMPARE(f->server.requestCount(kCosts), 3);
        const RecordedRequest &first = f->server.requests().constFirst();
        QCOMPARE(first.header("Authorization"), QByteArray("Bearer ") + kKey.toLatin1());
        QCOMPARE(first.query.allQueryItemValues(QStringLiteral("group_by[]")),
                 QStringList({QStringLiteral("user_id"), QStringLiteral("model")}));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("bucket_width")), QStringLiteral("1d"));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("start_time")),
                 QStringLiteral("1765584000")); // 2025-12-13

        QCOMPARE(f->ledger->eventCount(), 3);
        // 350 000 uncached × $1.25/M + 900 000 cached × $0.125/M + 64 000 out × $10/M = $1.19
        const UsageSlice mar10 = event(QDate(2026, 3, 10), QStringLiteral("gpt-5-codex"));
        QCOMPARE(mar10.cost, 1'190'000);
        QCOMPARE(mar10.tokens.input, 350'000);
        QCOMPARE(mar10.tokens.cacheRead, 900'000);
        QCOMPARE(mar10.basis, CostBasis::Priced);
        QCOMPARE(event(QDate(2026, 3, 11), QStringLiteral("gpt-5-codex")).cost, 350'000);
        QCOMPARE(event(QDate(2026, 3, 11), QStringLiteral("mystery-model-x")).basis, CostBasis::Unpriced);

        const auto teams = f->ledger->teamDistributions({}, {});
        QCOMPARE(teams.size(), 1); // 2026-03-11 had one user
        QCOMPARE(teams.constFirst().members, 6); // the null user_id row is no person
        QCOMPARE(teams.constFirst().p25, 625'000);
        QCOMPARE(teams.constFirst().p50, 1'095'000);
        QCOMPARE(teams.constFirst().p75, 1'797'500);
        QCOMPARE(teams.constFirst().p90, 2'500'000);

        QCOMPARE(f->bucket(QStringLiteral("openai"), QStringLiteral("org"), QStringLiteral("total"),
                           utc(2026, 3, 10).toMSecsSinceEpoch())
                     .cost,
                 12'938'100); // 12.4381 (number) + "0.5" (string) dollars
        QCOMPARE(f->bucket(QStringLiteral("openai"), QStringLiteral("org"), QStringLiteral("total"),
                           utc(2026, 3, 11).toMSecsSinceEpoch())
                     .cost,
                 3'000'000);
        QVERIFY(!outcome.notes.filter(QStringLiteral("price table")).isEmpty());

        f->clock.advanceSecs(900);
        QVERIFY(!f->poll(QStringLiteral("openai")).failed());
        QCOMPARE(f->ledger->eventCount(), 3);
        QCOMPARE(event(QDate(2026, 3, 10), QStringLiteral("gpt-5-codex")).cost, 1'190'000);
    }

    void rejectedKeyIsScrubbed()
    {
        f->server.setHandler(kUsage, [](const RecordedRequest &) {
            return fixture(QStringLiteral("openai/error_401.json"), 401);
        });
        const PollOutcome outcome = f->poll(QStringLiteral("openai"));
        QCOMPARE(outcome.state, api::SourceState::AuthFailed);
        QVERIFY2(outcome.detail.contains(QLatin1String("Incorrect API key provided: [key]")),
                 qPrintable(outcome.detail));
        QVERIFY(!outcome.detail.contains(QLatin1String("wxyz")));
        QVERIFY(!f->ledger->pollState(QStringLiteral("openai"))->detail.contains(QLatin1String("sk-admin")));
    }

    void withoutIdentityOnlyOrgAndTeam()
    {
        QVERIFY(f->settings->setValue(QStringLiteral("openai.identity"), QString()).ok());
        serveFixtures();
        const PollOutcome outcome = f->poll(QStringLiteral("openai"));
        QVERIFY(!outcome.failed());
        QCOMPARE(f->ledger->eventCount(), 0);
        QCOMPARE(f->ledger->teamDistributions({}, {}).size(), 1);
        QVERIFY(!outcome.notes.filter(QStringLiteral("openai.identity")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenAiSource)
#include "test_openai_source.moc"
