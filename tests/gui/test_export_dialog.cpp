// The export dialog on a real window (offscreen) over a real SQLite ledger: weeks with data, the default
// week and file name, the format following the name, a written file with exact figures, errors shown, the
// DesktopShell wiring, and the Monday export's settings page. TOKENWISE_SCREENSHOT_DIR=<dir> keeps a PNG.
#include "app/settings/Settings.h"
#include "gui/DesktopShell.h"
#include "gui/export/ExportDialog.h"
#include "gui/settings/ExportPage.h"
#include "store/SqliteLedger.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestClock m_clock {utc("2026-04-01T10:00:00Z")}; // Wednesday of 2026-W14 in Berlin

    QString databasePath() const { return m_dir.filePath(QStringLiteral("data/ledger.sqlite")); }
    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }

    ExportDialog::Options options(const QString &database)
    {
        ExportDialog::Options o;
        o.databasePath = database;
        o.configDir = m_dir.filePath(QStringLiteral("config"));
        o.folder = outDir();
        o.zone = QTimeZone("Europe/Berlin");
        o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        o.request = summaryRequestFrom(Settings(o.configDir));
        return o;
    }

    void exportAndWait(ExportDialog &dialog, bool expectOk)
    {
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.at(0).at(0).toBool(), expectOk);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(outDir()));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        auto ledger = SqliteLedger::open(databasePath());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        IngestBatch batch;
        // W12 $3.00; W13 $4.00 Monday + $2.50 Sunday (after the spring-forward change); W14 $1.25 so far.
        for (const auto &[key, at, cost] : {std::tuple("a", "2026-03-17T08:00:00Z", MicroUsd(3'000'000)),
                                            std::tuple("b", "2026-03-23T08:00:00Z", MicroUsd(4'000'000)),
                                            std::tuple("c", "2026-03-29T12:00:00Z", MicroUsd(2'500'000)),
                                            std::tuple("d", "2026-03-31T12:00:00Z", MicroUsd(1'250'000))}) {
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

    void weeksAndDefaultFileName()
    {
        ExportDialog dialog(options(databasePath()), m_clock);
        QSignalSpy loaded(&dialog, &ExportDialog::weeksLoaded);
        dialog.show();
        QVERIFY(loaded.wait(20'000));
        QComboBox *weeks = dialog.weekBox();
        QCOMPARE(weeks->count(), 3);
        QCOMPARE(weeks->itemData(0).toString(), QStringLiteral("2026-W14"));
        QCOMPARE(weeks->itemText(0), QStringLiteral("2026-W14 · 3/30/26 – 4/5/26 · in progress"));
        QCOMPARE(weeks->itemData(2).toString(), QStringLiteral("2026-W12"));
        QCOMPARE(weeks->currentData().toString(), QStringLiteral("2026-W13")); // the last completed week
        QCOMPARE(dialog.pathEdit()->text(), outDir() + QStringLiteral("/tokenwise-2026-W13.pdf"));
        dialog.formatBox()->setCurrentIndex(
            dialog.formatBox()->findText(QStringLiteral("CSV (spreadsheet)")));
        QCOMPARE(dialog.pathEdit()->text(), outDir() + QStringLiteral("/tokenwise-2026-W13.csv"));
        weeks->setCurrentIndex(2);
        QCOMPARE(dialog.pathEdit()->text(), outDir() + QStringLiteral("/tokenwise-2026-W12.csv"));
        // A name of the user's own stays; only its extension follows the format.
        dialog.pathEdit()->setText(outDir() + QStringLiteral("/for-my-lead.csv"));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findText(QStringLiteral("Markdown")));
        QCOMPARE(dialog.pathEdit()->text(), outDir() + QStringLiteral("/for-my-lead.md"));
        weeks->setCurrentIndex(1);
        QCOMPARE(dialog.pathEdit()->text(), outDir() + QStringLiteral("/for-my-lead.md"));
    }

    void writesTheChosenWeekWithExactFigures()
    {
        ExportDialog dialog(options(databasePath()), m_clock);
        QSignalSpy loaded(&dialog, &ExportDialog::weeksLoaded);
        dialog.show();
        QVERIFY(loaded.wait(20'000));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findText(QStringLiteral("Markdown")));
        QVERIFY(!dialog.openFolderButton()->isVisible());
        exportAndWait(dialog, true);
        const QString path = outDir() + QStringLiteral("/tokenwise-2026-W13.md");
        const QByteArray md = readAll(path);
        QVERIFY2(md.startsWith("# Weekly AI spend — 2026-W13\n"), md.left(200).constData());
        QVERIFY(md.contains("| Total spend | $6.50 |"));
        QVERIFY(md.contains("| vs previous week (2026-W12) | $3.00 → +116.7% |"));
        QVERIFY(md.contains("| Mon 3/23/26 | $4.00 | $4.00 |"));
        QVERIFY(md.contains("| Sun 3/29/26 | $2.50 | $2.50 |"));
        QVERIFY(md.contains("Budgets: none set.")); // the settings reach the report: none set, not unknown
        QVERIFY(md.contains("Surge episodes: none this week."));
        QVERIFY(!md.contains("DEMO"));
        QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Saved tokenwise-2026-W13.md (")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.openFolderButton()->isVisible());
        QVERIFY(dialog.exportButton()->isEnabled());

        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findText(QStringLiteral("PDF document")));
        exportAndWait(dialog, true);
        QVERIFY(readAll(outDir() + QStringLiteral("/tokenwise-2026-W13.pdf")).startsWith("%PDF-"));

        const QString keep = qEnvironmentVariable("TOKENWISE_SCREENSHOT_DIR");
        if (!keep.isEmpty())
            QVERIFY(dialog.grab().save(keep + QStringLiteral("/export-dialog.png")));
    }

    // D19: the proposed folder is made, Enter exports, an existing file is replaced only when confirmed, a
    // new choice clears an old message, and "Open file" is offered.
    void roughEdgesAreGone()
    {
        ExportDialog::Options o = options(databasePath());
        o.folder = m_dir.filePath(QStringLiteral("fresh-account/Documents"));
        ExportDialog dialog(o, m_clock);
        QSignalSpy loaded(&dialog, &ExportDialog::weeksLoaded);
        dialog.show();
        QVERIFY(loaded.wait(20'000));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findText(QStringLiteral("Markdown")));
        const QString path = o.folder + QStringLiteral("/tokenwise-2026-W13.md");
        QCOMPARE(dialog.pathEdit()->text(), path);

        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::keyClick(dialog.pathEdit(), Qt::Key_Return); // Enter exports, and the dialog stays open
        QVERIFY(finished.wait(30'000));
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(dialog.isVisible());
        QVERIFY(QFile::exists(path));
        QVERIFY2(!dialog.statusLabel()->text().contains(QStringLiteral(" ms")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.openFileButton()->isVisible());

        // Switching the format clears the "Saved" line of the other file.
        dialog.formatBox()->setCurrentIndex(
            dialog.formatBox()->findText(QStringLiteral("CSV (spreadsheet)")));
        QVERIFY(dialog.statusLabel()->text().isEmpty());
        QVERIFY(!dialog.openFileButton()->isVisible());
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findText(QStringLiteral("Markdown")));

        // The same file again: asked first, nothing written; the second press replaces it.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        {
            QFile mark(path);
            QVERIFY(mark.open(QIODevice::WriteOnly | QIODevice::Truncate));
            mark.write("older export");
        }
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.statusLabel()->text(),
                 QStringLiteral("tokenwise-2026-W13.md already exists. Press Replace to overwrite it."));
        QCOMPARE(dialog.exportButton()->text(), QStringLiteral("Replace"));
        QCOMPARE(readAll(path), QByteArray("older export"));
        exportAndWait(dialog, true);
        QVERIFY(readAll(path).startsWith("# Weekly AI spend — 2026-W13\n"));
        QCOMPARE(dialog.exportButton()->text(), QStringLiteral("Export"));

        // An error goes away once the path is edited.
        dialog.pathEdit()->clear();
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(!dialog.statusLabel()->text().isEmpty());
        QTest::keyClicks(dialog.pathEdit(), QStringLiteral("/"));
        QVERIFY(dialog.statusLabel()->text().isEmpty());
    }

    void errorsAreShownAndNothingIsWritten()
    {
        ExportDialog dialog(options(databasePath()), m_clock);
        QSignalSpy loaded(&dialog, &ExportDialog::weeksLoaded);
        dialog.show();
        QVERIFY(loaded.wait(20'000));
        dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("missing/tokenwise-2026-W13.pdf")));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.statusLabel()->toolTip().contains(QStringLiteral("does not exist")),
                 qPrintable(dialog.statusLabel()->text()));
        dialog.pathEdit()->setText(QStringLiteral("relative.pdf"));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.statusLabel()->toolTip().contains(QStringLiteral("full path")));
        // A folder where the file should go: the write fails and says why.
        QVERIFY(QDir().mkpath(outDir() + QStringLiteral("/taken.pdf")));
        dialog.pathEdit()->setText(outDir() + QStringLiteral("/taken.pdf"));
        exportAndWait(dialog, false);
        QVERIFY2(dialog.statusLabel()->toolTip().startsWith(QStringLiteral("Export failed: cannot write ")
                                                            + outDir() + QStringLiteral("/taken.pdf: ")),
                 qPrintable(dialog.statusLabel()->toolTip()));
        // The long path wraps inside the dialog and every line of it is visible.
        QVERIFY(dialog.statusLabel()->width() <= dialog.width());
        QVERIFY2(dialog.statusLabel()->height()
                     >= dialog.statusLabel()->heightForWidth(dialog.statusLabel()->width()),
                 qPrintable(QString::number(dialog.statusLabel()->height())));
        QVERIFY(!dialog.openFolderButton()->isVisible());
        QVERIFY(QFileInfo(outDir() + QStringLiteral("/taken.pdf")).isDir());
        if (const QString keep = qEnvironmentVariable("TOKENWISE_SCREENSHOT_DIR"); !keep.isEmpty())
            QVERIFY(dialog.grab().save(keep + QStringLiteral("/export-dialog-error.png")));
    }

    void anEmptyLedgerExportsTheMarkedDemo()
    {
        ExportDialog dialog(options(m_dir.filePath(QStringLiteral("data/empty.sqlite"))), m_clock);
        QSignalSpy loaded(&dialog, &ExportDialog::weeksLoaded);
        dialog.show();
        QVERIFY(loaded.wait(20'000));
        QVERIFY(dialog.weekBox()->count() >= 12); // 90 days of demo history
        QCOMPARE(dialog.weekBox()->currentData().toString(), QStringLiteral("2026-W13"));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("demo")));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findText(QStringLiteral("HTML page")));
        dialog.pathEdit()->setText(outDir() + QStringLiteral("/demo.html"));
        exportAndWait(dialog, true);
        QVERIFY(readAll(outDir() + QStringLiteral("/demo.html")).contains("DEMO DATA"));
        // D20: the demo export has the dashboard's demo team band, marked made up, not "no team feed".
        const QByteArray html = readAll(outDir() + QStringLiteral("/demo.html"));
        QVERIFY(!html.contains("No team feed configured"));
        QVERIFY(html.contains("team of 14"));
        QVERIFY(html.contains("a made-up band"));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("demo data")));
    }

    void theShellOpensItOnExportRequested()
    {
        QApplication::setQuitOnLastWindowClosed(false);
        DesktopShell shell(
            {{m_dir.filePath(QStringLiteral("shell-data")), m_dir.filePath(QStringLiteral("shell-config"))},
             false,
             false});
        emit shell.exportRequested();
        ExportDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<ExportDialog *>(w); d && d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export weekly summary"));
        emit shell.exportRequested(); // raised again, not a second one
        int visible = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            visible += qobject_cast<ExportDialog *>(w) && w->isVisible() ? 1 : 0;
        QCOMPARE(visible, 1);
        QSignalSpy loaded(dialog, &ExportDialog::weeksLoaded);
        QVERIFY(loaded.wait(20'000)); // let its pool finish before the shell goes
    }

    void settingsPageRoundTrip()
    {
        QTemporaryDir config;
        Settings settings(config.path());
        ExportPage page;
        page.load(settings);
        QVERIFY(!page.enabledBox()->isChecked());
        QVERIFY(!page.folderEdit()->isEnabled());
        QCOMPARE(page.formatBox()->currentData().toString(), QStringLiteral("pdf"));
        page.enabledBox()->setChecked(true);
        QVERIFY(page.folderEdit()->isEnabled());
        page.folderEdit()->setText(QStringLiteral("not/absolute"));
        QString error;
        QVERIFY(!page.save(settings, &error));
        QVERIFY(error.contains(QStringLiteral("full path")));
        QVERIFY(!settings.value(QStringLiteral("export/autoEnabled")).toBool());
        page.folderEdit()->setText(outDir());
        page.formatBox()->setCurrentIndex(page.formatBox()->findData(QStringLiteral("csv")));
        QVERIFY(page.save(settings, &error));
        QCOMPARE(settings.value(QStringLiteral("export/autoEnabled")).toBool(), true);
        QCOMPARE(settings.value(QStringLiteral("export/autoFolder")).toString(), outDir());
        QCOMPARE(settings.value(QStringLiteral("export/autoFormat")).toString(), QStringLiteral("csv"));
        ExportPage again;
        again.load(settings);
        QVERIFY(again.enabledBox()->isChecked());
        QCOMPARE(again.folderEdit()->text(), outDir());
        QCOMPARE(again.formatBox()->currentData().toString(), QStringLiteral("csv"));
        if (const QString keep = qEnvironmentVariable("TOKENWISE_SCREENSHOT_DIR"); !keep.isEmpty()) {
            again.resize(560, 260);
            QVERIFY(again.grab().save(keep + QStringLiteral("/export-settings-page.png")));
        }
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
