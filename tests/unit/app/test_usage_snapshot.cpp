// The snapshot every view renders, from a hand-built ledger at a fixed instant in Europe/Berlin.
#include "app/usage/UsageSnapshot.h"
#include "store/MemoryLedger.h"

#include <QTest>

using namespace tokenwise;

namespace {

qint64 at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toMSecsSinceEpoch();
}

UsageEvent spend(const char *isoUtc, MicroUsd cost, const char *session = "s1",
                 const char *source = "claude-code")
{
    static int n = 0;
    UsageEvent e;
    e.source = QString::fromLatin1(source);
    e.eventKey = "e" + QByteArray::number(++n);
    e.timestampMs = at(isoUtc);
    e.model = QStringLiteral("claude-sonnet-4-5");
    e.tokens.input = 1;
    e.tokens.cacheRead = 9;
    e.cost = cost;
    e.sessionId = QString::fromLatin1(session);
    return e;
}

} // namespace

class TestUsageSnapshot : public QObject
{
    Q_OBJECT

    MemoryLedger m_ledger;
    UsageSnapshot m_snapshot;

private slots:
    void initTestCase()
    {
        // Now: Wednesday 2026-11-18 15:20 in Berlin (14:20 UTC). Week starts Monday 2026-11-16.
        IngestBatch batch;
        // Eight previous weeks: Mondays cost $10, Wednesdays $20, Fridays $30 → weeks $60, to-Wednesday $30.
        for (int w = 1; w <= 8; ++w) {
            const QDate monday = QDate(2026, 11, 16).addDays(-7 * w);
            for (auto [offset, dollars] : {std::pair {0, 10}, {2, 20}, {4, 30}}) {
                const QByteArray iso = QDateTime(monday.addDays(offset), QTime(9, 0), Qt::UTC)
                                           .toString(Qt::ISODate)
                                           .toLatin1();
                batch.events << spend(iso.constData(), dollars * kMicrosPerDollar, "old");
            }
        }
        batch.events << spend("2026-11-16T09:00:00Z", 12 * kMicrosPerDollar, "mon");
        batch.events << spend("2026-11-17T23:30:00Z", 1 * kMicrosPerDollar,
                              "late"); // 00:30 Wednesday in Berlin
        batch.events << spend("2026-11-18T08:00:00Z", 4 * kMicrosPerDollar, "wed");
        // The last hour: a runaway task.
        batch.events << spend("2026-11-18T13:30:00Z", 30 * kMicrosPerDollar, "runaway");
        batch.events << spend("2026-11-18T14:10:00Z", 20 * kMicrosPerDollar, "runaway");
        batch.tasks << TaskInfo {
            QStringLiteral("claude-code"), QStringLiteral("runaway"),        QString(),
            QStringLiteral("/w"),          QStringLiteral("fix/OPS-9-loop"), QStringLiteral("Retry loop")};
        QVERIFY(m_ledger.commit(batch).ok());

        SnapshotRequest request;
        request.nowUtc = QDateTime(QDate(2026, 11, 18), QTime(14, 20), Qt::UTC);
        request.zone = QTimeZone("Europe/Berlin");
        request.days = 30;
        m_snapshot = buildSnapshot(m_ledger, request);
    }

    void todayWeekMonth()
    {
        QCOMPARE(m_snapshot.today, MicroUsd(55 * kMicrosPerDollar)); // 1 (00:30 local) + 4 + 30 + 20
        QCOMPARE(m_snapshot.weekToDate, MicroUsd(67 * kMicrosPerDollar));
        // November: the weeks of Nov 2 and Nov 9 ($60 each) plus this week's $67; the week of Oct 26 is all
        // October.
        QCOMPARE(m_snapshot.monthToDate, MicroUsd((60 + 60 + 67) * kMicrosPerDollar));
    }

    void typicalFiguresComeFromYourOwnHistory()
    {
        QCOMPARE(m_snapshot.typicalWeek, MicroUsd(60 * kMicrosPerDollar));
        QCOMPARE(m_snapshot.typicalWeekToDate, MicroUsd(30 * kMicrosPerDollar));
        // Last 30 active days before today: Monday $12 and alternating 10/20/30 → the median is $20.
        QCOMPARE(m_snapshot.typicalDay, MicroUsd(20 * kMicrosPerDollar));
    }

    void daysFillIdleDaysInTheRange()
    {
        QCOMPARE(m_snapshot.days.size(), 30);
        QCOMPARE(m_snapshot.days.constLast().start, QDate(2026, 11, 18));
        QCOMPARE(m_snapshot.days.at(28).totals.cost,
                 MicroUsd(0)); // Tuesday: its 23:30 UTC belongs to Wednesday
    }

    void surgeNamesTheTask()
    {
        QCOMPARE(m_snapshot.surge.lastHour,
                 MicroUsd(50 * kMicrosPerDollar)); // 13:30 and 14:10, inside 13:30–14:30
        QVERIFY(m_snapshot.surge.surging);
        QCOMPARE(m_snapshot.surgeTaskKey, taskKey(QStringLiteral("claude-code"), QStringLiteral("runaway")));
        QCOMPARE(m_snapshot.surgeTaskLabel, QStringLiteral("Retry loop"));
        QCOMPARE(m_snapshot.last24Hours.size(), 24);
        QCOMPARE(m_snapshot.last24Hours.constLast(), MicroUsd(50 * kMicrosPerDollar));
    }

    void tasksAndModels()
    {
        QCOMPARE(m_snapshot.tasks.constFirst().sessionId,
                 QStringLiteral("old")); // 4 weeks of history in 30 days
        QCOMPARE(m_snapshot.models.size(), 1);
        QVERIFY(!m_snapshot.demo);
        QCOMPARE(m_snapshot.events, qint64(29));
    }
};

QTEST_GUILESS_MAIN(TestUsageSnapshot)
#include "test_usage_snapshot.moc"
