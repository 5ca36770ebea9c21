// The weekly summary renderers on the fixture ledger: Markdown and CSV against golden files, HTML as
// well-formed XML, PDF through poppler (text and pixels). Set TOKENWISE_UPDATE_GOLDEN=1 to rewrite goldens,
// TOKENWISE_REPORT_OUTPUT_DIR=<dir> to keep every format of the fixture week (and a demo-marked copy) to look
// at.
#include "SummaryFixture.h"
#include "report/DailyChart.h"
#include "report/SummaryBuilder.h"
#include "report/SummaryExport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tokenwise;
using namespace tokenwise::report;

namespace {

const QLocale kUs(QLocale::English, QLocale::UnitedStates);

QString goldenPath(const char *name)
{
    return QStringLiteral(TOKENWISE_SOURCE_DIR "/tests/unit/report/golden/") + QLatin1String(name);
}

} // namespace

class TestSummaryRenderers : public QObject
{
    Q_OBJECT

    PriceBook m_prices = test::fixturePrices();
    QTemporaryDir m_dir;

    WeeklySummary build(bool demo = false)
    {
        MemoryLedger ledger;
        test::fillLedger(ledger);
        SummaryRequest request = test::fixtureRequest(m_prices);
        request.demo = demo;
        return buildWeeklySummary(ledger, request);
    }

    QByteArray render(const WeeklySummary &summary, ExportFormat format, const QLocale &locale = kUs)
    {
        const auto bytes = renderWeeklySummary(summary, format, locale);
        if (!bytes.ok())
            qWarning() << bytes.error();
        return bytes.ok() ? bytes.value() : QByteArray();
    }

    void compareWithGolden(const QByteArray &actual, const char *name)
    {
        const QString path = goldenPath(name);
        if (qEnvironmentVariableIsSet("TOKENWISE_UPDATE_GOLDEN")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual);
            qInfo() << "rewrote" << path;
            return;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray expected = file.readAll();
        if (actual != expected) {
            const QString got = m_dir.filePath(QLatin1String(name));
            QFile out(got);
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            QFAIL(qPrintable(QStringLiteral("%1 differs from the golden file; got: %2").arg(path, got)));
        }
    }

    // Runs a poppler tool; false (and the test skips) when it is not installed.
    bool poppler(const QString &tool, const QStringList &args, QByteArray *output = nullptr)
    {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return false;
        QProcess process;
        process.start(tool, args);
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            qWarning() << tool << process.readAllStandardError();
            return false;
        }
        if (output)
            *output = process.readAllStandardOutput();
        return true;
    }

    QString writePdf(const QByteArray &pdf, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(pdf);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString keep = qEnvironmentVariable("TOKENWISE_REPORT_OUTPUT_DIR");
        if (keep.isEmpty())
            return;
        for (const bool demo : {false, true}) {
            for (const ExportFormat format :
                 {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Csv}) {
                QFile file(keep + (demo ? QStringLiteral("/demo-") : QStringLiteral("/"))
                           + defaultExportFileName(IsoWeek(2026, 13), format));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(render(build(demo), format));
            }
        }
    }

    void markdownGolden() { compareWithGolden(render(build(), ExportFormat::Markdown), "weekly-summary.md"); }

    void csvGolden() { compareWithGolden(render(build(), ExportFormat::Csv), "weekly-summary.csv"); }

    void chartAxis()
    {
        const DailyChart chart = dailyChart(build(), kUs);
        QCOMPARE(chart.series.size(), 2);
        QCOMPARE(chart.series[0].label, QStringLiteral("Claude Code"));
        QCOMPARE(chart.bars.size(), 7);
        QCOMPARE(chart.bars[0].values, (QList<MicroUsd> {4'000'000, 0}));
        QCOMPARE(chart.bars[2].values, (QList<MicroUsd> {0, 1'250'000}));
        QCOMPARE(chart.axisMax, MicroUsd(4'000'000));
        QCOMPARE(chart.tickLabels,
                 (QStringList {QStringLiteral("$0.00"), QStringLiteral("$1.00"), QStringLiteral("$2.00"),
                               QStringLiteral("$3.00"), QStringLiteral("$4.00")}));
        QCOMPARE(niceStep(0), MicroUsd(0));
        QCOMPARE(niceStep(1), MicroUsd(10'000));
        QCOMPARE(niceStep(4'246'000), MicroUsd(5'000'000));
        QCOMPARE(niceStep(2'100'000), MicroUsd(2'500'000));
        QCOMPARE(niceStep(26'000'000), MicroUsd(50'000'000));
    }

    // Six sources in a week: the three most expensive keep their own series (by id), the other three share
    // "Other sources" with their costs added per day, and the daily table names them in a note.
    void chartFoldsBeyondFourSources()
    {
        WeeklySummary summary;
        const QList<std::pair<const char *, MicroUsd>> week {{"cline", 20'000},   {"copilot-cli", 2'980'000},
                                                             {"crush", 412'500},  {"goose", 67'500},
                                                             {"kilo-cli", 1'200}, {"opencode", 35'400}};
        for (int d = 0; d < 7; ++d) {
            DaySpend day;
            day.date = QDate(2026, 11, 30).addDays(d);
            day.startMs = day.date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
            day.endMs = day.startMs + 86'400'000;
            if (d < 2) { // every source both days, the second day twice the first
                for (const auto &[source, cost] : week)
                    day.bySource << SourceSpend {QLatin1String(source), {}, cost * (d + 1), false};
                for (const SourceSpend &s : std::as_const(day.bySource))
                    day.cost += s.cost;
            }
            summary.days << day;
        }
        for (const auto &[source, cost] : week)
            summary.bySource << SourceSpend {QLatin1String(source), {}, cost * 3, false};
        std::sort(summary.bySource.begin(), summary.bySource.end(),
                  [](const SourceSpend &a, const SourceSpend &b) { return a.cost > b.cost; });
        const DailyChart chart = dailyChart(summary, kUs);
        QStringList labels;
        for (const ChartSeries &series : chart.series)
            labels << series.label;
        QCOMPARE(labels,
                 (QStringList {QStringLiteral("Copilot CLI"), QStringLiteral("Crush"),
                               QStringLiteral("Goose"), QStringLiteral("Other sources")}));
        QCOMPARE(chart.bars[0].values,
                 (QList<MicroUsd> {2'980'000, 412'500, 67'500, 20'000 + 1'200 + 35'400}));
        QCOMPARE(chart.bars[1].values, (QList<MicroUsd> {5'960'000, 825'000, 135'000, 113'200}));
        QCOMPARE(
            chart.otherSources,
            (QStringList {QStringLiteral("Cline"), QStringLiteral("Kilo CLI"), QStringLiteral("OpenCode")}));
        QSet<QRgb> colours;
        for (const ChartSeries &series : chart.series)
            colours.insert(series.color.rgb());
        QCOMPARE(colours.size(), 4);
    }

    void csvIgnoresTheLocale()
    {
        const WeeklySummary summary = build();
        QCOMPARE(render(summary, ExportFormat::Csv, QLocale(QLocale::German, QLocale::Germany)),
                 render(summary, ExportFormat::Csv, kUs));
    }

    void demoIsMarkedInEveryFormat()
    {
        const WeeklySummary demo = build(true);
        QVERIFY(render(demo, ExportFormat::Markdown).contains("DEMO DATA"));
        QVERIFY(render(demo, ExportFormat::Html).contains("DEMO DATA"));
        QVERIFY(render(demo, ExportFormat::Csv).contains("meta,demo,,,,,,,,,,,,,,,,,,,,true\r\n"));
        const WeeklySummary real = build();
        QVERIFY(!render(real, ExportFormat::Markdown).contains("DEMO"));
        QVERIFY(render(real, ExportFormat::Csv).contains("meta,demo,,,,,,,,,,,,,,,,,,,,false\r\n"));

        QByteArray text;
        const QString pdf = writePdf(render(demo, ExportFormat::Pdf), QStringLiteral("demo.pdf"));
        if (!poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")},
                     &text))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QList<QByteArray> pages = text.split('\f');
        int checked = 0;
        for (const QByteArray &page : pages) {
            if (page.trimmed().isEmpty())
                continue;
            QVERIFY2(page.contains("DEMO DATA"), page.constData());
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void htmlIsWellFormedAndSelfContained()
    {
        const QByteArray html = render(build(), ExportFormat::Html);
        QXmlStreamReader xml(html);
        QStringList elements;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                elements << xml.name().toString();
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(
            !xml.hasError(),
            qPrintable(xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber())));
        QCOMPARE(elements.value(0), QStringLiteral("html"));
        QVERIFY(elements.contains(QStringLiteral("svg")));
        QCOMPARE(elements.count(QStringLiteral("rect")), 4); // Mon, Tue (Claude Code), Wed (Codex), Sun
        QVERIFY(elements.contains(QStringLiteral("table")));
        for (const char *figure :
             {"$8.75", "$6.50", "$4.00", "+34.6%", "PAY-1423", "Refund retries | idempotency", "gpt-5-mini",
              "$3.78", "No team feed configured.", "Surge episodes: not configured.",
              "Budgets: not configured.", "kimi-k2"})
            QVERIFY2(text.contains(QString::fromUtf8(figure)), figure);
        // Nothing to fetch: no scripts, links, images or imported styles.
        for (const char *external : {"<script", "src=", "href=", "url(", "@import", "<link", "<img"})
            QVERIFY2(!html.contains(external), external);
    }

    void pdfHasTheFiguresAsText()
    {
        const QByteArray pdf = render(build(), ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QByteArray text;
        const QString path = writePdf(pdf, QStringLiteral("summary.pdf"));
        if (!poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &text))
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const char *figure : {"Weekly AI spend", "2026-W13", "$8.75", "$6.50", "$4.00", "PAY-1423",
                                   "$3.78", "No team feed configured.", "kimi-k2"})
            QVERIFY2(text.contains(figure), figure);
        // Every cell of the fixture fits: nothing elided (the daily total once read "$8.…").
        QVERIFY2(!text.contains("\xe2\x80\xa6"), text.constData());
    }

    void pdfPagesAreNotBlank()
    {
        const QString path = writePdf(render(build(), ExportFormat::Pdf), QStringLiteral("pixels.pdf"));
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        if (!poppler(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path, prefix}))
            QSKIP("pdftoppm (poppler-utils) is not installed");
        const QStringList pages
            = QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QVERIFY(!pages.isEmpty());
        for (const QString &name : pages) {
            const QImage image(m_dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            qint64 ink = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
            }
            QVERIFY2(ink > 500, qPrintable(name + QStringLiteral(": ") + QString::number(ink)));
        }
    }

    void pdfPaperFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QByteArray>("size");
        QTest::newRow("en_US: Letter") << kUs << QByteArray("612 x 792 pts");
        QTest::newRow("en_CA: Letter")
            << QLocale(QLocale::English, QLocale::Canada) << QByteArray("612 x 792 pts");
        QTest::newRow("en_GB: A4") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QByteArray("595");
        QTest::newRow("de_DE: A4") << QLocale(QLocale::German, QLocale::Germany) << QByteArray("595");
    }
    void pdfPaperFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QByteArray, size);
        const QString path
            = writePdf(render(build(), ExportFormat::Pdf, locale), QStringLiteral("paper.pdf"));
        QByteArray info;
        if (!poppler(QStringLiteral("pdfinfo"), {path}, &info))
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const qsizetype at = info.indexOf("Page size:");
        QVERIFY(at >= 0);
        QVERIFY2(info.mid(at).contains(size), info.constData());
    }

    void localeFormatsNumbers()
    {
        const QByteArray md
            = render(build(), ExportFormat::Markdown, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(md.contains("8,75\xc2\xa0$") || md.contains("8,75 $"));
        QVERIFY(md.contains("1.216.800"));
    }

    void providerReportedDaysAreShown()
    {
        MemoryLedger ledger;
        test::fillLedger(ledger);
        ApiBatch batch;
        batch.reported << ReportedDayCost {QStringLiteral("claude-code"), QDate(2026, 3, 23),
                                           QStringLiteral("anthropic"), 5'000'000};
        QVERIFY(ledger.commitApi(batch).ok());
        const WeeklySummary summary = buildWeeklySummary(ledger, test::fixtureRequest(m_prices));
        const QByteArray md = render(summary, ExportFormat::Markdown);
        QVERIFY(md.contains("| Total spend | $9.75 |"));
        QVERIFY(
            md.contains("| Cost basis | priced (tokens × list prices); reported by the provider; some tokens "
                        "unpriced |"));
        QVERIFY(md.contains("| Mon 3/23/26 | $5.00 | $0.00 | $5.00 |"));
        QVERIFY2(
            md.contains("_Mon 3/23/26, Claude Code: $5.00 as the provider reported it (Anthropic); the logs "
                        "priced $4.00._"),
            md.constData());
        const QByteArray csv = render(summary, ExportFormat::Csv);
        QVERIFY(
            csv.contains("reported,anthropic,2026-03-23,claude-code,,,,,,,,,,,,5.000000,4.000000,,,,,\r\n"));
        QVERIFY(csv.contains("meta,cost_basis,,,,,,,,,,,,,,,,,,,,priced+reported\r\n"));
    }

    void optionalInputsAreRenderedWhenGiven()
    {
        MemoryLedger ledger;
        test::fillLedger(ledger);
        SummaryRequest request = test::fixtureRequest(m_prices);
        request.team = TeamBand {7, 5'000'000, 8'000'000, 12'000'000, {}, 7, {}};
        request.surgeRule = SurgeRule {4.0, 3'000'000};
        request.budgets = BudgetLimits {3'000'000, 10'000'000, 20'000'000};
        const WeeklySummary summary = buildWeeklySummary(ledger, request);
        const QByteArray md = render(summary, ExportFormat::Markdown);
        QVERIFY(
            md.contains("Between the team median and 75th percentile (team of 7: p25 $5.00, median $8.00, "
                        "p75 $12.00)"));
        QVERIFY2(
            md.contains("| 3/23/26 9:00 AM | 3/23/26 10:00 AM | Refund retries \\| idempotency | $4.00 |"),
            md.constData());
        QVERIFY(
            md.contains("| Overall | Daily: highest day, Mon 3/23/26 · 1 day(s) at or over | $4.00 | $3.00 | "
                        "133.3% · over |"));
        QVERIFY(md.contains("| Overall | Weekly | $8.75 | $10.00 | 87.5% |"));
        QVERIFY(md.contains(
            "| Overall | Monthly: Sun 3/1/26 to Sun 3/29/26 | $28.25 | $20.00 | 141.3% · over |"));
        QVERIFY(!md.contains("not configured"));
        const QByteArray csv = render(summary, ExportFormat::Csv);
        QVERIFY(csv.contains("team,position,,,,,,,,,,,,,,,,,,,,median_to_p75\r\n"));
        QVERIFY(csv.contains("team,compared_spend,,,,,,,,,,,,,,8.750000,,,,,,\r\n"));
        QVERIFY(
            csv.contains("surge,episode,2026-03-23T09:00:00+01:00,,,,Refund retries | idempotency,,,,,,,,,"
                         "4.000000,,,,,,2026-03-23T10:00:00+01:00\r\n"));
        QVERIFY(csv.contains("budget,daily,2026-03-23,overall,,,1,,,,,,,,,4.000000,,1.3333,,,,3.000000\r\n"));
        QVERIFY(
            csv.contains("budget,weekly,2026-03-23,overall,,,,,,,,,,,,8.750000,,0.8750,,,,10.000000\r\n"));
        QVERIFY(
            csv.contains("budget,monthly,2026-03-01,overall,,,,,,,,,,,,28.250000,,1.4125,,,,20.000000\r\n"));

        request.team.reset();
        request.budgets = BudgetLimits {};
        request.surgeRule = SurgeRule {4.0, 50'000'000};
        const WeeklySummary quiet = buildWeeklySummary(ledger, request);
        const QByteArray quietMd = render(quiet, ExportFormat::Markdown);
        QVERIFY(quietMd.contains("Surge episodes: none this week."));
        QVERIFY(quietMd.contains("Budgets: none set."));
        const QByteArray quietCsv = render(quiet, ExportFormat::Csv);
        QVERIFY(quietCsv.contains("surge,status,,,,,,,,,,,,,,,,,,,,none\r\n"));
        QVERIFY(quietCsv.contains("budget,status,,,,,,,,,,,,,,,,,,,,none_set\r\n"));
    }
};

QTEST_MAIN(TestSummaryRenderers) // a QGuiApplication (not Widgets): the PDF renderer needs fonts
#include "test_summary_renderers.moc"
