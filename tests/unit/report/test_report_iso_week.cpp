// ISO weeks: parsing, year ends (2026-W01, 2026-W53, no 2025-W53), local days across clock changes, names.
#include "report/IsoWeek.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryExport.h"
#include "store/MemoryLedger.h"

#include <QTest>

using namespace tokenwise;
using namespace tokenwise::report;

class TestReportIsoWeek : public QObject
{
    Q_OBJECT
private slots:
    void firstWeekOf2026StartsIn2025()
    {
        const IsoWeek week(2026, 1);
        QVERIFY(week.isValid());
        QCOMPARE(week.monday(), QDate(2025, 12, 29));
        QCOMPARE(week.sunday(), QDate(2026, 1, 4));
        QCOMPARE(IsoWeek::containing(QDate(2025, 12, 29)), week);
        QCOMPARE(IsoWeek::containing(QDate(2025, 12, 28)), IsoWeek(2025, 52));
        QCOMPARE(week.previous(), IsoWeek(2025, 52));
    }

    void longAndShortYears()
    {
        QCOMPARE(IsoWeek::weeksInYear(2026), 53);
        QCOMPARE(IsoWeek::weeksInYear(2025), 52);
        QCOMPARE(IsoWeek::weeksInYear(2020), 53);
        const IsoWeek w53(2026, 53);
        QVERIFY(w53.isValid());
        QCOMPARE(w53.monday(), QDate(2026, 12, 28));
        QCOMPARE(w53.sunday(), QDate(2027, 1, 3));
        QCOMPARE(IsoWeek::containing(QDate(2027, 1, 3)), w53);
        QCOMPARE(w53.next(), IsoWeek(2027, 1));
        QVERIFY(!IsoWeek(2025, 53).isValid());
        QVERIFY(!IsoWeek::parse(QStringLiteral("2025-W53")));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label"); // empty: rejected

        QTest::newRow("canonical") << QStringLiteral("2026-W47") << QStringLiteral("2026-W47");
        QTest::newRow("compact") << QStringLiteral("2026W47") << QStringLiteral("2026-W47");
        QTest::newRow("lower-case w") << QStringLiteral("2026-w05") << QStringLiteral("2026-W05");
        QTest::newRow("week 53 of a long year") << QStringLiteral("2026-W53") << QStringLiteral("2026-W53");
        QTest::newRow("week 53 of a short year") << QStringLiteral("2025-W53") << QString();
        QTest::newRow("week zero") << QStringLiteral("2026-W00") << QString();
        QTest::newRow("week 54") << QStringLiteral("2026-W54") << QString();
        QTest::newRow("one-digit week") << QStringLiteral("2026-W7") << QString();
        QTest::newRow("a date") << QStringLiteral("2026-11-16") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        const auto week = IsoWeek::parse(text);
        QCOMPARE(week.has_value(), !label.isEmpty());
        if (week)
            QCOMPARE(week->label(), label);
    }

    void springForwardWeekHasSevenLocalDays()
    {
        MemoryLedger ledger;
        SummaryRequest request;
        request.week = IsoWeek(2026, 13);
        request.zone = QTimeZone("Europe/Berlin");
        const WeeklySummary summary = buildWeeklySummary(ledger, request);
        QCOMPARE(summary.days.size(), 7);
        QCOMPARE(summary.days.constFirst().date, QDate(2026, 3, 23));
        QCOMPARE(summary.days.constLast().date, QDate(2026, 3, 29));
        qint64 hours = 0;
        for (const DaySpend &day : summary.days)
            hours += day.hours();
        QCOMPARE(hours, qint64(167));
        QCOMPARE(summary.days.constLast().hours(), qint64(23));
        QCOMPARE(summary.endMs - summary.startMs, qint64(167) * 3'600'000);
        QCOMPARE(
            summary.startMs,
            QDateTime::fromString(QStringLiteral("2026-03-22T23:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    }

    void fallBackWeekHasA25HourSunday()
    {
        MemoryLedger ledger;
        SummaryRequest request;
        request.week = IsoWeek(2026, 43); // 2026-10-19..25; Berlin falls back on the 25th
        request.zone = QTimeZone("Europe/Berlin");
        const WeeklySummary summary = buildWeeklySummary(ledger, request);
        QCOMPARE(summary.days.constLast().date, QDate(2026, 10, 25));
        QCOMPARE(summary.days.constLast().hours(), qint64(25));
        QCOMPARE(summary.endMs - summary.startMs, qint64(169) * 3'600'000);
    }

    void defaultFileNames()
    {
        QCOMPARE(defaultExportFileName(IsoWeek(2026, 47), ExportFormat::Pdf),
                 QStringLiteral("tokenwise-2026-W47.pdf"));
        QCOMPARE(defaultExportFileName(IsoWeek(2026, 3), ExportFormat::Markdown),
                 QStringLiteral("tokenwise-2026-W03.md"));
        QCOMPARE(exportFormatFromName(QStringLiteral("HTML")), std::optional(ExportFormat::Html));
        QCOMPARE(exportFormatFromName(QStringLiteral("csv")), std::optional(ExportFormat::Csv));
        QVERIFY(!exportFormatFromName(QStringLiteral("docx")));
    }
};

QTEST_GUILESS_MAIN(TestReportIsoWeek)
#include "test_report_iso_week.moc"
