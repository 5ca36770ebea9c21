// Report rows: local days across DST changes and half-hour zones, ISO weeks, months, tasks and tickets.
#include "core/UsageReport.h"

#include <QTest>

using namespace tokenwise;

Q_DECLARE_METATYPE(tokenwise::UsageSlice)

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

UsageSlice slice(const char *iso, qint64 output, MicroUsd cost, const char *model = "claude-sonnet-4-5",
                 CostBasis basis = CostBasis::Priced)
{
    UsageSlice s;
    s.bucketMs = utc(iso);
    s.source = QStringLiteral("claude-code");
    s.model = QString::fromLatin1(model);
    s.basis = basis;
    s.tokens.output = output;
    s.cost = cost;
    s.events = 1;
    return s;
}

QMap<QString, qint64> outputByPeriod(const QList<PeriodRow> &rows)
{
    QMap<QString, qint64> map;
    for (const PeriodRow &row : rows)
        map.insert(row.start.toString(Qt::ISODate), row.totals.tokens.output);
    return map;
}

} // namespace

class TestUsageReport : public QObject
{
    Q_OBJECT
private slots:
    void localDays_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QList<UsageSlice>>("slices");
        QTest::addColumn<QStringList>("expected"); // "day=output"

        QTest::newRow("Berlin, spring forward on 2026-03-29")
            << QStringLiteral("Europe/Berlin")
            << QList<UsageSlice> {slice("2026-03-28T22:45:00Z", 1, 1), slice("2026-03-28T23:00:00Z", 10, 1),
                                  slice("2026-03-29T21:45:00Z", 100, 1),
                                  slice("2026-03-29T22:00:00Z", 1000, 1)}
            << QStringList {QStringLiteral("2026-03-28=1"), QStringLiteral("2026-03-29=110"),
                            QStringLiteral("2026-03-30=1000")};
        QTest::newRow("New York, fall back on 2026-11-01 (a 25-hour day)")
            << QStringLiteral("America/New_York")
            << QList<UsageSlice> {slice("2026-11-01T03:45:00Z", 1, 1), slice("2026-11-01T04:00:00Z", 10, 1),
                                  slice("2026-11-02T04:45:00Z", 100, 1),
                                  slice("2026-11-02T05:00:00Z", 1000, 1)}
            << QStringList {QStringLiteral("2026-10-31=1"), QStringLiteral("2026-11-01=110"),
                            QStringLiteral("2026-11-02=1000")};
        QTest::newRow("Kolkata, a half-hour offset")
            << QStringLiteral("Asia/Kolkata")
            << QList<UsageSlice> {slice("2026-05-01T18:15:00Z", 1, 1), slice("2026-05-01T18:30:00Z", 10, 1)}
            << QStringList {QStringLiteral("2026-05-01=1"), QStringLiteral("2026-05-02=10")};
        QTest::newRow("UTC") << QStringLiteral("UTC")
                             << QList<UsageSlice> {slice("2026-05-01T23:45:00Z", 1, 1),
                                                   slice("2026-05-02T00:00:00Z", 10, 1)}
                             << QStringList {QStringLiteral("2026-05-01=1"), QStringLiteral("2026-05-02=10")};
    }
    void localDays()
    {
        QFETCH(QString, zone);
        QFETCH(QList<UsageSlice>, slices);
        QFETCH(QStringList, expected);
        const auto rows = buildPeriodRows(slices, ReportPeriod::Day, QTimeZone(zone.toUtf8()), {});
        QStringList got;
        for (auto [day, output] : outputByPeriod(rows).asKeyValueRange())
            got << day + QLatin1Char('=') + QString::number(output);
        QCOMPARE(got, expected);
    }

    void isoWeeksAndMonths()
    {
        const QList<UsageSlice> slices {
            slice("2025-12-28T12:00:00Z", 1, 1), slice("2025-12-29T12:00:00Z", 10, 1),
            slice("2027-01-03T12:00:00Z", 100, 1), slice("2027-01-04T12:00:00Z", 1000, 1)};
        const auto weeks = outputByPeriod(buildPeriodRows(slices, ReportPeriod::Week, QTimeZone::utc(), {}));
        // 2026-W01 starts on Monday 2025-12-29; 2026-W53 runs 2026-12-28 to 2027-01-03.
        QCOMPARE(weeks,
                 (QMap<QString, qint64> {{QStringLiteral("2025-12-22"), 1},
                                         {QStringLiteral("2025-12-29"), 10},
                                         {QStringLiteral("2026-12-28"), 100},
                                         {QStringLiteral("2027-01-04"), 1000}}));
        const auto months
            = outputByPeriod(buildPeriodRows(slices, ReportPeriod::Month, QTimeZone::utc(), {}));
        QCOMPARE(months,
                 (QMap<QString, qint64> {{QStringLiteral("2025-12-01"), 11},
                                         {QStringLiteral("2027-01-01"), 1100}}));
    }

    void sinceAndUntilAreLocalDays()
    {
        const QList<UsageSlice> slices {slice("2026-03-28T23:00:00Z", 10, 1),
                                        slice("2026-03-29T22:00:00Z", 1000, 1)};
        const auto rows = buildPeriodRows(slices, ReportPeriod::Day, QTimeZone("Europe/Berlin"),
                                          {QDate(2026, 3, 29), QDate(2026, 3, 29)});
        QCOMPARE(outputByPeriod(rows), (QMap<QString, qint64> {{QStringLiteral("2026-03-29"), 10}}));
    }

    void breakdownsAndUnpriced()
    {
        UsageSlice fast = slice("2026-05-01T10:00:00Z", 5, 900, "claude-opus-4-6");
        fast.fast = true;
        const QList<UsageSlice> slices {slice("2026-05-01T09:00:00Z", 1, 100),
                                        slice("2026-05-01T09:15:00Z", 2, 250), fast,
                                        slice("2026-05-01T11:00:00Z", 7, 0, "kimi-k2", CostBasis::Unpriced)};
        const auto rows = buildPeriodRows(slices, ReportPeriod::Day, QTimeZone::utc(), {});
        QCOMPARE(rows.size(), 1);
        const PeriodRow &row = rows.constFirst();
        QCOMPARE(row.totals.cost, MicroUsd(1250));
        QCOMPARE(row.totals.tokens.output, qint64(15));
        QVERIFY(row.totals.unpriced);
        QCOMPARE(row.totals.bases, QStringList {QStringLiteral("priced")});
        QCOMPARE(row.models.size(), 3);
        QCOMPARE(row.models[0].modelName, QStringLiteral("claude-opus-4-6-fast")); // most expensive first
        QCOMPARE(row.models[1].modelName, QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(row.models[1].tokens.output, qint64(3));
        QCOMPARE(row.models[2].modelName, QStringLiteral("kimi-k2"));
        QVERIFY(row.models[2].unpriced);
    }

    void tasksWithTickets()
    {
        auto task = [](const char *session, qint64 first, qint64 last, MicroUsd cost) {
            TaskSlice t;
            t.source = QStringLiteral("claude-code");
            t.sessionId = QString::fromLatin1(session);
            t.model = QStringLiteral("claude-sonnet-4-5");
            t.cost = cost;
            t.tokens.cacheRead = 900;
            t.tokens.input = 100;
            t.firstMs = first;
            t.lastMs = last;
            return t;
        };
        QHash<QString, TaskInfo> infos;
        infos.insert(taskKey(QStringLiteral("claude-code"), QStringLiteral("s1")),
                     {QStringLiteral("claude-code"), QStringLiteral("s1"), QStringLiteral("-w"),
                      QStringLiteral("/w"), QStringLiteral("feature/PAY-1423-refunds"),
                      QStringLiteral("Refund retries")});
        const auto rows
            = buildTaskRows({task("s1", 50, 60, 100), task("s2", 10, 20, 300), task("s1", 40, 55, 50)}, infos,
                            defaultTicketPattern());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].sessionId, QStringLiteral("s2")); // most expensive first
        QCOMPARE(rows[1].totals.cost, MicroUsd(150));
        QCOMPARE(rows[1].firstMs, qint64(40));
        QCOMPARE(rows[1].lastMs, qint64(60));
        QCOMPARE(rows[1].ticket, QStringLiteral("PAY-1423"));
        QCOMPARE(rows[1].title, QStringLiteral("Refund retries"));
        QCOMPARE(rows[0].ticket, QString());
    }
};

QTEST_GUILESS_MAIN(TestUsageReport)
#include "test_usage_report.moc"
