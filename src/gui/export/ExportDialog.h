// "Export weekly summary…": pick a week with data, a format and a file; the export runs off the UI thread.
#pragma once

#include "app/export/WeeklyExport.h"
#include "core/Clock.h"

#include <QDialog>
#include <QThreadPool>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tokenwise {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString configDir;
        bool forceDemo = false;
        QString folder; // where the file goes first; empty: the documents folder
        QTimeZone zone = QTimeZone::systemTimeZone();
        QLocale locale = QLocale::system();
        report::SummaryRequest request; // what the settings add (summaryRequestFrom)
    };

    explicit ExportDialog(Options options, const Clock &clock = SystemClock::instance(),
                          QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *weekBox() const { return m_week; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *openFileButton() const { return m_openFile; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }

public slots:
    void startExport();

signals:
    void weeksLoaded();
    void exportFinished(bool ok, const QString &message);

private:
    void loadWeeks();
    void showWeeks(const Result<ExportableWeeks> &weeks);
    void proposeFileName();
    void chooseFile();
    void finishExport(const Result<WeeklyExportOutcome> &outcome);
    void setBusy(bool busy, const QString &status);
    void showError(const QString &message);
    void growToFit();
    report::ExportFormat format() const;
    report::IsoWeek week() const;

    Options m_options;
    const Clock &m_clock;
    QComboBox *m_week = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_export = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_proposedName; // the file name we filled in; replaced when week or format changes
    QString m_writtenPath;
    QString m_replaceConfirmed; // a file that exists and that a second Export press may replace
    bool m_busy = false;
    bool m_demo = false;
    QThreadPool m_pool; // one thread; the destructor waits for it
};

} // namespace tokenwise
