// The automatic Monday export: the rule at exact instants across DST changes and year ends, and the exporter
// writing last week into the folder once, remembering it, catching up after a sleep, reporting a failure
// once.
#include "app/export/AutoExportRule.h"
#include "app/export/AutoExporter.h"
#include "app/settings/Settings.h"
#include "store/SqliteLedger.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;
using report::IsoWeek;

Q_DECLARE_METATYPE(IsoWeek)

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestAutoExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString databasePath() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ledger = SqliteLedger::open(databasePath());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        IngestBatch batch;
        // 2026-W13 (Berlin): $4.00 on Monday, $2.50 on Sunday. 2026-W14: $1.25 on Tuesday.
        for (const auto &[key, at, cost] : {std::tuple("a", "2026-03-23T08:00:00Z", MicroUsd(4'000'000)),
                                            std::tuple("b", "2026-03-29T12:00:00Z", MicroUsd(2'500'000)),
                                            std::tuple("c", "2026-03-31T12:00:00Z", MicroUsd(1'250'000))}) {
            UsageEvent e;
            e.source = QStringLiteral("claude-code");
            e.eventKey = key;
            e.timestampMs = utc(at).toMSecsSinceEpoch();
            e.model = QStringLiteral("claude-opus-4-6");
            e.tokens.output = 1000;
            e.cost = cost;
            e.sessionId = QStringLiteral("s1");
            batch.events << e;
        }
        QVERIFY((*ledger)->commit(batch).ok());
    }

    void rule_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("due"); // empty: nothing to do
        const QString berlin = QStringLiteral("Europe/Berlin");
        const QString newYork = QStringLiteral("America/New_York");
        // Berlin springs forward on 2026-03-29: Monday 06:00 CEST is 04:00Z.
        QTest::newRow("spring forward: Monday 05:59 local, the week before is done")
            << berlin << utc("2026-03-30T03:59:00Z") << "2026-W12"
            << "";
        QTest::newRow("spring forward: Monday 06:00 local exports the 167-hour week")
            << berlin << utc("2026-03-30T04:00:00Z") << "2026-W12"
            << "2026-W13";
        QTest::newRow("spring forward: done, later that Monday")
            << berlin << utc("2026-03-30T09:00:00Z") << "2026-W13"
            << "";
        // New York falls back on 2026-11-01: Monday 06:00 EST is 11:00Z.
        QTest::newRow("fall back: 10:59Z is 05:59 local")
            << newYork << utc("2026-11-02T10:59:00Z") << "2026-W43"
            << "";
        QTest::newRow("fall back: 11:00Z is 06:00 local")
            << newYork << utc("2026-11-02T11:00:00Z") << "2026-W43"
            << "2026-W44";
        // Year ends: 2026 has a W53 (2026-12-28 to 2027-01-03); 2027-W01 starts 2027-01-04.
        QTest::newRow("year end: Monday 2026-12-28 06:00 exports W52")
            << berlin << utc("2026-12-28T05:00:00Z") << "2026-W51"
            << "2026-W52";
        QTest::newRow("year end: Monday 2027-01-04 06:00 exports 2026-W53")
            << berlin << utc("2027-01-04T05:00:00Z") << "2026-W52"
            << "2026-W53";
        QTest::newRow("year end: slept through Monday, Thursday catches up on 2026-W53")
            << berlin << utc("2027-01-07T18:30:00Z") << "2026-W52"
            << "2026-W53";
        QTest::newRow("year end: 2026-W53 done, Sunday night of 2027-W01")
            << berlin << utc("2027-01-10T22:59:00Z") << "2026-W53"
            << "";
        QTest::newRow("year end: Monday 2027-01-11 exports 2027-W01")
            << berlin << utc("2027-01-11T05:00:00Z") << "2026-W53"
            << "2027-W01";
        QTest::newRow("first week of 2026 begins in 2025: before 06:00 the week before last")
            << berlin << utc("2025-12-29T04:59:00Z") << ""
            << "2025-W51";
        QTest::newRow("first run ever, midweek: last week") << berlin << utc("2026-01-07T12:00:00Z") << ""
                                                            << "2026-W01";
        QTest::newRow("weeks missed entirely are not back-filled")
            << berlin << utc("2026-04-22T12:00:00Z") << "2026-W12"
            << "2026-W16";
    }
    void rule()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, now);
        QFETCH(QString, last);
        QFETCH(QString, due);
        const auto got = autoExportDue(now, QTimeZone(zone.toUtf8()), IsoWeek::parse(last));
        QCOMPARE(got ? got->label() : QString(), due);
    }

    void nextCheck()
    {
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(nextAutoExportTime(utc("2027-01-06T12:00:00Z"), berlin), utc("2027-01-11T05:00:00Z"));
        QCOMPARE(nextAutoExportTime(utc("2026-03-30T03:00:00Z"), berlin), utc("2026-03-30T04:00:00Z"));
        QCOMPARE(nextAutoExportTime(utc("2026-03-30T04:00:00Z"), berlin), utc("2026-04-06T04:00:00Z"));
        // The Monday after fall-back in New York is 06:00 EST.
        QCOMPARE(nextAutoExportTime(utc("2026-10-30T12:00:00Z"), QTimeZone("America/New_York")),
                 utc("2026-11-02T11:00:00Z"));
    }

    void exportsLastWeekOnceAndRemembersIt()
    {
        QTemporaryDir config;
        const QString out = m_dir.filePath(QStringLiteral("exports"));
        Settings settings(config.path());
        TestClock clock(utc("2026-03-30T03:30:00Z")); // Monday 05:30 in Berlin
        AutoExporter::Options options;
        options.databasePath = databasePath();
        options.configDir = config.path();
        options.zone = QTimeZone("Europe/Berlin");
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        AutoExporter exporter(settings, options, clock);
        QSignalSpy exported(&exporter, &AutoExporter::exported);
        QVERIFY(!exporter.checkNow()); // switched off by default
        QVERIFY(settings.setValue(QStringLiteral("export/autoFolder"), out));
        QVERIFY(settings.setValue(QStringLiteral("export/autoFormat"), QStringLiteral("csv")));
        QVERIFY(settings.setValue(QStringLiteral("export/lastAutoWeek"), QStringLiteral("2026-W12")));
        QVERIFY(settings.setValue(QStringLiteral("export/autoEnabled"), true)); // checks: not yet 06:00
        QVERIFY(!exporter.isRunning());

        clock.set(utc("2026-03-30T04:00:00Z"));
        QVERIFY(exporter.checkNow());
        QVERIFY(!exporter.checkNow()); // one at a time
        QVERIFY(exported.wait(20'000));
        const QString path = out + QStringLiteral("/tokenwise-2026-W13.csv");
        QCOMPARE(exported.at(0).at(0).toString(), path);
        QCOMPARE(exported.at(0).at(1).toString(), QStringLiteral("2026-W13"));
        QCOMPARE(exported.at(0).at(2).toBool(), false);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY2(csv.contains("summary,week_total,,,,,,,,,0,2000,0,0,2000,6.500000,"), csv.constData());
        QVERIFY(csv.contains("meta,timezone,,,,,,,,,,,,,,,,,,,,Europe/Berlin\r\n"));
        QCOMPARE(settings.value(QStringLiteral("export/lastAutoWeek")).toString(),
                 QStringLiteral("2026-W13"));

        clock.set(utc("2026-04-01T10:00:00Z"));
        QVERIFY(!exporter.checkNow());
        // The machine slept from Sunday until Tuesday: the first check afterwards exports W14.
        clock.set(utc("2026-04-07T07:15:00Z"));
        QVERIFY(exporter.checkNow());
        QVERIFY(exported.wait(20'000));
        QCOMPARE(exported.at(1).at(1).toString(), QStringLiteral("2026-W14"));
        QFile w14(out + QStringLiteral("/tokenwise-2026-W14.csv"));
        QVERIFY(w14.open(QIODevice::ReadOnly));
        QVERIFY(w14.readAll().contains("summary,week_total,,,,,,,,,0,1000,0,0,1000,1.250000,"));
        QCOMPARE(settings.value(QStringLiteral("export/lastAutoWeek")).toString(),
                 QStringLiteral("2026-W14"));
    }

    void aFailureIsReportedOnceAndRetried()
    {
        QTemporaryDir config;
        Settings settings(config.path());
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(settings.setValue(QStringLiteral("export/autoFolder"),
                                  QString(blocker.fileName() + QStringLiteral("/sub"))));
        TestClock clock(utc("2026-03-30T12:00:00Z"));
        AutoExporter::Options options;
        options.databasePath = databasePath();
        options.configDir = config.path();
        options.zone = QTimeZone("Europe/Berlin");
        AutoExporter exporter(settings, options, clock);
        QSignalSpy failed(&exporter, &AutoExporter::failed);
        QVERIFY(settings.setValue(QStringLiteral("export/autoEnabled"), true));
        QVERIFY(failed.wait(20'000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("2026-W13"));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("cannot create the folder")),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(exporter.checkNow()); // still due: it tries again…
        QTRY_VERIFY(!exporter.isRunning());
        QCOMPARE(failed.size(), 1); // …without telling the user twice
        QCOMPARE(settings.value(QStringLiteral("export/lastAutoWeek")).toString(), QString());
    }

    void settingsValidateTheKeys()
    {
        QTemporaryDir config;
        Settings settings(config.path());
        QCOMPARE(settings.value(QStringLiteral("export/autoFormat")).toString(), QStringLiteral("pdf"));
        QVERIFY(!settings.setValue(QStringLiteral("export/autoFormat"), QStringLiteral("docx")));
        QVERIFY(!settings.setValue(QStringLiteral("export/autoFolder"), QStringLiteral("relative/dir")));
        QVERIFY(!settings.setValue(QStringLiteral("export/lastAutoWeek"), QStringLiteral("last week")));
        QVERIFY(settings.setValue(QStringLiteral("export/lastAutoWeek"), QStringLiteral("2026-W53")));
    }
};

QTEST_GUILESS_MAIN(TestAutoExport)
#include "test_auto_export.moc"
