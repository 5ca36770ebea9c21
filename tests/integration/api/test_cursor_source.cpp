// Cursor through the poller: paged team spend, the identity's paged events in cents (numbers and strings),
// the billing-cycle distribution, and at most one poll an hour.
#include "PollerFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tokenwise;
using namespace tokenwise::testing;

namespace {

const QString kSpend = QStringLiteral("/teams/spend");
const QString kEvents = QStringLiteral("/teams/filtered-usage-events");
const QString kKey = QStringLiteral("key_FIXTURE0123456789abcdef0123456789");

QJsonObject body(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestCursorSource : public QObject
{
    Q_OBJECT

    std::unique_ptr<PollerFixture> f;

    void serveFixtures()
    {
        f->server.setHandler(kSpend, [](const RecordedRequest &r) {
            return fixture(body(r).value(QLatin1String("page")).toInt() == 2
                               ? QStringLiteral("cursor/spend_page2.json")
                               : QStringLiteral("cursor/spend_page1.json"));
        });
        f->server.setHandler(kEvents, [](const RecordedRequest &r) {
            const QJsonObject b = body(r);
            // Events of 2026-03-10/11 live in whichever chunk covers them.
            if (b.value(QLatin1String("endDate")).toInteger() < 1773187200000LL)
                return fixture(QStringLiteral("cursor/events_empty.json"));
            return fixture(b.value(QLatin1String("page")).toInt() == 2
                               ? QStringLiteral("cursor/events_page2.json")
                               : QStringLiteral("cursor/events_page1.json"));
        });
    }

    MicroUsd cursorCost()
    {
        LedgerQuery all;
        all.sources = {QStringLiteral("cursor")};
        MicroUsd sum = 0;
        for (const UsageSlice &s : f->ledger->usageSlices(all))
            sum += s.cost;
        return sum;
    }

private slots:
    void init()
    {
        f = std::make_unique<PollerFixture>();
        QVERIFY(f->start(QStringLiteral("cursor"), kKey, QStringLiteral("me@example.com")));
    }
    void cleanup() { f.reset(); }

    void spendEventsAndCycleDistribution()
    {
        serveFixtures();
        const PollOutcome outcome = f->poll(QStringLiteral("cursor"));
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(f->server.requestCount(kSpend), 2);
        QCOMPARE(f->server.requestCount(kEvents), 4); // three 30-day chunks, the last on two pages
        const RecordedRequest &first = f->server.requests().constFirst();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.header("Authorization"),
                 QByteArray("Basic " + QByteArray(kKey.toLatin1() + ':').toBase64()));
        for (const RecordedRequest &r : f->server.requests()) {
            if (r.path == kEvents)
                QCOMPARE(body(r).value(QLatin1String("email")).toString(), QStringLiteral("me@example.com"));
        }

        // 21.36 + 5.5 (totalCents only) + "21.36" (a second, identical call) cents; one event has no money.
        QCOMPARE(f->ledger->eventCount(), 4);
        QCOMPARE(cursorCost(), 482'200);
        LedgerQuery all;
        all.sources = {QStringLiteral("cursor")};
        int unpriced = 0;
        for (const UsageSlice &s : f->ledger->usageSlices(all))
            unpriced += s.basis == CostBasis::Unpriced ? 1 : 0;
        QCOMPARE(unpriced, 1);

        const qint64 cycle = 1'772'323'200'000; // 2026-03-01
        QCOMPARE(
            f->bucket(QStringLiteral("cursor"), QStringLiteral("personal"), QStringLiteral("cycle"), cycle)
                .cost,
            12'340'000);
        QCOMPARE(
            f->bucket(QStringLiteral("cursor"), QStringLiteral("org"), QStringLiteral("cycle"), cycle).cost,
            91'340'000);
        const auto teams = f->ledger->teamDistributions({}, {});
        QCOMPARE(teams.size(), 1);
        const TeamDistribution &t = teams.constFirst();
        QCOMPARE(t.start, QDate(2026, 3, 1));
        QCOMPARE(t.end, QDate(2026, 3, 12));
        QCOMPARE(t.members, 6); // the member with no spend this cycle is not counted
        QCOMPARE(t.p25, 5'750'000);
        QCOMPARE(t.p50, 10'170'000);
        QCOMPARE(t.p75, 18'085'000);
        QCOMPARE(t.p90, 32'500'000);
    }

    void atMostOnePollAnHour()
    {
        serveFixtures();
        QVERIFY(!f->poll(QStringLiteral("cursor")).failed());
        const qsizetype asked = f->server.requests().size();
        f->clock.advanceSecs(59 * 60);
        const PollOutcome early = f->poll(QStringLiteral("cursor"));
        QCOMPARE(early.kind, PollOutcome::Kind::Skipped);
        QVERIFY(!early.failed());
        QCOMPARE(f->server.requests().size(), asked);

        f->clock.advanceSecs(2 * 60);
        const PollOutcome later = f->poll(QStringLiteral("cursor"));
        QVERIFY2(!later.failed(), qPrintable(later.detail));
        // The open billing cycle (since 2026-03-01) is re-fetched, in one chunk.
        QCOMPARE(later.from, QDate(2026, 3, 1));
        QList<RecordedRequest> events;
        for (const RecordedRequest &r : f->server.requests().mid(asked)) {
            if (r.path == kEvents)
                events << r;
        }
        QCOMPARE(events.size(), 2);
        QCOMPARE(body(events.constFirst()).value(QLatin1String("startDate")).toInteger(),
                 1'772'323'200'000LL);
        QCOMPARE(f->ledger->eventCount(), 4); // idempotent
        QCOMPARE(cursorCost(), 482'200);
    }

    void rejectedKey()
    {
        f->server.setHandler(kSpend, [](const RecordedRequest &) {
            return fixture(QStringLiteral("cursor/error_401.json"), 401);
        });
        const PollOutcome outcome = f->poll(QStringLiteral("cursor"));
        QCOMPARE(outcome.state, api::SourceState::AuthFailed);
        QVERIFY2(outcome.detail.contains(QLatin1String("Unauthorized")), qPrintable(outcome.detail));
        QCOMPARE(f->server.requestCount(kEvents), 0);
    }
};

QTEST_GUILESS_MAIN(TestCursorSource)
#include "test_cursor_source.moc"
