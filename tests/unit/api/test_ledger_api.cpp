// Provider API data in both ledgers: idempotent upserts, nothing deleted, no small groups, poll states,
// and the step-2 migration of a schema-1 ledger.
#include "store/LedgerSchema.h"
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tokenwise;

namespace {

qint64 dayMs(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

ApiBatch sampleBatch(MicroUsd orgCost, MicroUsd reported)
{
    ApiBatch batch;
    SpendBucket bucket;
    bucket.source = QStringLiteral("anthropic");
    bucket.scope = QString::fromLatin1(bucketScope::org);
    bucket.dimension = QStringLiteral("total");
    bucket.startMs = dayMs(2026, 3, 10);
    bucket.cost = orgCost;
    batch.buckets << bucket;
    batch.reported << ReportedDayCost {QStringLiteral("claude-code"), QDate(2026, 3, 10),
                                       QStringLiteral("anthropic"), reported};
    TeamDistribution team {QStringLiteral("anthropic"),
                           QStringLiteral("local"),
                           QDate(2026, 3, 10),
                           QDate(2026, 3, 10),
                           6,
                           1'000'000,
                           2'000'000,
                           3'000'000,
                           4'000'000,
                           1};
    TeamDistribution tooSmall = team;
    tooSmall.start = tooSmall.end = QDate(2026, 3, 11);
    tooSmall.members = 4;
    batch.distributions << team << tooSmall;
    UsageEvent e;
    e.source = QStringLiteral("cursor");
    e.eventKey = "1767260400000:claude-4.5-sonnet:126:450:6112:11964";
    e.timestampMs = 1'767'260'400'000;
    e.model = QStringLiteral("claude-4.5-sonnet");
    e.tokens.input = 126;
    e.tokens.output = 450;
    e.cost = 213'600;
    e.basis = CostBasis::Reported;
    batch.events << e;
    batch.state = SourcePollState {QStringLiteral("anthropic"), QStringLiteral("ok"), QString(), 0, 5, 5, 5};
    return batch;
}

} // namespace

class TestLedgerApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Ledger> open(const QString &kind)
    {
        if (kind == QLatin1String("memory"))
            return std::make_unique<MemoryLedger>();
        static int n = 0;
        auto ledger = SqliteLedger::open(m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++n)));
        return ledger ? std::move(ledger).value() : nullptr;
    }

private slots:
    void upsertsAreIdempotentAndNeverShrink_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }
    void upsertsAreIdempotentAndNeverShrink()
    {
        QFETCH(QString, kind);
        auto ledger = open(kind);
        QVERIFY(ledger);
        QVERIFY(ledger->commitApi(sampleBatch(4'120'550'000, 1'860'000)).ok());
        QVERIFY(ledger->commitApi(sampleBatch(4'120'550'000, 1'860'000)).ok());
        QCOMPARE(ledger->eventCount(), 1);
        auto buckets = ledger->spendBuckets(QStringLiteral("anthropic"), 0, dayMs(2027, 1, 1));
        QCOMPARE(buckets.size(), 1);
        QCOMPARE(buckets.constFirst().cost, 4'120'550'000);
        QCOMPARE(buckets.constFirst().scope, QStringLiteral("org"));

        // A re-fetch with a new figure replaces it; an empty later batch (a failing poll) deletes nothing.
        QVERIFY(ledger->commitApi(sampleBatch(4'200'000'000, 1'900'000)).ok());
        ApiBatch failing;
        failing.state = SourcePollState {
            QStringLiteral("anthropic"), QStringLiteral("offline"), QStringLiteral("no answer"), 0, 9, 5, 5};
        QVERIFY(ledger->commitApi(failing).ok());
        buckets = ledger->spendBuckets(QString(), 0, dayMs(2027, 1, 1));
        QCOMPARE(buckets.size(), 1);
        QCOMPARE(buckets.constFirst().cost, 4'200'000'000);
        const auto reported = ledger->reportedCosts(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.constFirst().cost, 1'900'000);
        QCOMPARE(reported.constFirst().source, QStringLiteral("claude-code"));
        QCOMPARE(ledger->reportedCosts(QDate(2026, 3, 11), QDate()).size(), 0);

        const auto teams = ledger->teamDistributions(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(teams.size(), 1); // the 4-member day was never stored
        QCOMPARE(teams.constFirst().members, 6);
        QCOMPARE(teams.constFirst().p50, 2'000'000);

        const auto state = ledger->pollState(QStringLiteral("anthropic"));
        QVERIFY(state);
        QCOMPARE(state->state, QStringLiteral("offline"));
        QCOMPARE(state->lastAttemptMs, 9);
        QCOMPARE(state->lastSuccessMs, 5);
        QCOMPARE(ledger->pollStates().size(), 1);
        QVERIFY(!ledger->pollState(QStringLiteral("cursor")));
    }

    void schemaOneLedgerMigratesKeepingEvents()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement : schema::migrations().constFirst())
                QVERIFY(q.exec(statement));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO events (source, event_key, ts_ms, model, input, output, cache_write_5m, "
                "cache_write_1h,"
                " cache_read, reasoning, total, cost_micros, basis, session_id)"
                " VALUES ('codex', 'k1', 1, 'gpt-5', 1, 1, 0, 0, 0, 0, 2, 7, 'priced', 's')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto ledger = SqliteLedger::open(path);
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        QCOMPARE((*ledger)->schemaVersion(), SqliteLedger::kSchemaVersion);
        QCOMPARE((*ledger)->eventCount(), 1);
        QVERIFY((*ledger)->commitApi(sampleBatch(1, 2)).ok());
        QCOMPARE((*ledger)->reportedCosts({}, {}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerApi)
#include "test_ledger_api.moc"
