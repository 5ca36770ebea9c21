// The export dialog: weeks and the export itself come from app/export on a pool thread.
#include "gui/export/ExportDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace tokenwise {

using report::ExportFormat;
using report::IsoWeek;

ExportDialog::ExportDialog(Options options, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_week(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_openFolder(new QPushButton(tr("Open folder"), this))
    , m_openFile(new QPushButton(tr("Open file"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export weekly summary"));
    m_pool.setMaxThreadCount(1);
    if (m_options.folder.isEmpty())
        m_options.folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    m_week->setAccessibleName(tr("Week"));
    m_format->setAccessibleName(tr("Format"));
    m_path->setAccessibleName(tr("File"));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    m_format->addItem(tr("HTML page"), int(ExportFormat::Html));
    m_format->addItem(tr("Markdown"), int(ExportFormat::Markdown));
    m_format->addItem(tr("CSV (spreadsheet)"), int(ExportFormat::Csv));
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    // Enter exports: no other button may become the default when it takes the focus (D19).
    for (QPushButton *other :
         {m_buttons->button(QDialogButtonBox::Close), m_browse, m_openFolder, m_openFile})
        other->setAutoDefault(false);
    m_export->setDefault(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_openFolder->hide();
    m_openFile->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Week:"), m_week);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), fileRow);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_openFile);
    statusRow->addWidget(m_openFolder);
    auto *privacy
        = new QLabel(tr("Your own numbers only: no prompt text, no keys, no colleague names."), this);
    privacy->setWordWrap(true);
    privacy->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(m_progress);
    layout->addLayout(statusRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_week, &QComboBox::currentIndexChanged, this, &ExportDialog::proposeFileName);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::proposeFileName);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    });
    connect(m_openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenPath)); });
    // A new choice makes an old message stale: a past error or "Saved" line, and a pending replace question.
    const auto choiceChanged = [this] {
        if (m_busy)
            return;
        m_replaceConfirmed.clear();
        m_export->setText(tr("Export"));
        m_status->setStyleSheet(QString());
        m_status->setToolTip(QString());
        m_status->clear();
        m_openFolder->hide();
        m_openFile->hide();
    };
    connect(m_path, &QLineEdit::textEdited, this, choiceChanged);
    connect(m_week, &QComboBox::currentIndexChanged, this, choiceChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, choiceChanged);
    connect(m_path, &QLineEdit::returnPressed, this, &ExportDialog::startExport);
    resize(520, sizeHint().height());
    loadWeeks();
}

ExportDialog::~ExportDialog()
{
    m_pool.waitForDone();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

IsoWeek ExportDialog::week() const
{
    return IsoWeek::parse(m_week->currentData().toString()).value_or(IsoWeek());
}

void ExportDialog::loadWeeks()
{
    setBusy(true, tr("Looking for weeks with data…"));
    const Options options = m_options;
    const QDateTime now = m_clock.nowUtc();
    m_pool.start([this, options, now] {
        const auto weeks = exportableWeeks(options.databasePath, options.forceDemo, options.zone, now);
        QMetaObject::invokeMethod(
            this, [this, weeks] { showWeeks(weeks); }, Qt::QueuedConnection);
    });
}

void ExportDialog::showWeeks(const Result<ExportableWeeks> &weeks)
{
    if (!weeks) {
        setBusy(false, QString());
        m_export->setEnabled(false);
        showError(tr("Cannot read the ledger: %1").arg(weeks.error()));
        return;
    }
    m_demo = weeks->demo;
    const IsoWeek current = IsoWeek::containing(m_clock.nowUtc().toTimeZone(m_options.zone).date());
    {
        const QSignalBlocker block(m_week);
        m_week->clear();
        int preferred = -1;
        for (const IsoWeek &w : weeks->weeks) {
            QString text = tr("%1 · %2 – %3")
                               .arg(w.label(), m_options.locale.toString(w.monday(), QLocale::ShortFormat),
                                    m_options.locale.toString(w.sunday(), QLocale::ShortFormat));
            if (w == current)
                text += QStringLiteral(" · ") + tr("in progress");
            m_week->addItem(text, w.label());
            if (preferred < 0 && w < current)
                preferred = m_week->count() - 1; // the newest completed week
        }
        if (m_week->count() == 0)
            m_week->addItem(tr("No weeks with data yet"));
        else
            m_week->setCurrentIndex(preferred < 0 ? 0 : preferred);
    }
    if (weeks->weeks.isEmpty())
        setBusy(false, tr("Nothing to export: Tokenwise has not seen any usage yet."));
    else
        setBusy(false,
                m_demo ? tr("No usage of yours yet: the export will show the built-in demo history, "
                            "marked DEMO.")
                       : QString());
    proposeFileName();
    emit weeksLoaded();
}

void ExportDialog::proposeFileName()
{
    const IsoWeek w = week();
    if (!w.isValid())
        return;
    const QString name = report::defaultExportFileName(w, format());
    const QString text = QDir::fromNativeSeparators(m_path->text().trimmed());
    QString dir = m_options.folder;
    if (!text.isEmpty()) {
        const QFileInfo current(text);
        // The user typed a name of their own: keep it, but follow the format's extension.
        if (current.fileName() != m_proposedName) {
            const QString base = current.completeBaseName();
            m_path->setText(QDir::toNativeSeparators(
                current.dir().filePath(base + QLatin1Char('.') + report::fileExtension(format()))));
            return;
        }
        dir = current.absolutePath();
    }
    m_proposedName = name;
    m_path->setText(QDir::toNativeSeparators(QDir(dir).filePath(name)));
}

void ExportDialog::chooseFile()
{
    static const char *const filters[] = {QT_TR_NOOP("Markdown (*.md)"), QT_TR_NOOP("HTML (*.html)"),
                                          QT_TR_NOOP("PDF (*.pdf)"), QT_TR_NOOP("CSV (*.csv)")};
    // Start where the file would go; a folder that does not exist yet would open the working directory.
    const QFileInfo proposed(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QString start = QFileInfo(proposed.absolutePath()).isDir()
        ? proposed.absoluteFilePath()
        : QDir(QDir::homePath()).filePath(proposed.fileName());
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Save weekly summary"), start, tr(filters[int(format())]));
    if (chosen.isEmpty())
        return;
    m_proposedName = QFileInfo(chosen).fileName();
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::startExport()
{
    if (m_busy)
        return;
    const IsoWeek w = week();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!w.isValid()) {
        showError(tr("Choose a week to export."));
        return;
    }
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        showError(tr("Choose where to save the file (a full path)."));
        return;
    }
    const QString folder = QFileInfo(path).absolutePath();
    // The folder Tokenwise proposed (Documents on a fresh account may not exist yet) is made; a folder the
    // user typed is not, in case of a typo.
    if (!QFileInfo(folder).isDir() && QDir(folder) == QDir(m_options.folder) && !QDir().mkpath(folder)) {
        showError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        showError(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (QFileInfo(path).isFile() && m_replaceConfirmed != path) {
        m_replaceConfirmed = path;
        m_export->setText(tr("Replace"));
        m_status->setStyleSheet(QString()); // a question, not an error
        m_status->setText(
            tr("%1 already exists. Press Replace to overwrite it.").arg(QFileInfo(path).fileName()));
        growToFit();
        return;
    }
    m_replaceConfirmed.clear();
    m_export->setText(tr("Export"));
    WeeklyExportJob job;
    job.databasePath = m_options.databasePath;
    job.configDir = m_options.configDir;
    job.forceDemo = m_options.forceDemo;
    job.format = format();
    job.path = path;
    job.locale = m_options.locale;
    job.nowUtc = m_clock.nowUtc();
    job.request = m_options.request;
    job.request.week = w;
    job.request.zone = m_options.zone;
    setBusy(true, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_openFolder->hide();
    m_openFile->hide();
    m_pool.start([this, job] {
        const auto outcome = runWeeklyExport(job);
        QMetaObject::invokeMethod(
            this, [this, outcome] { finishExport(outcome); }, Qt::QueuedConnection);
    });
}

void ExportDialog::finishExport(const Result<WeeklyExportOutcome> &outcome)
{
    setBusy(false, QString());
    if (!outcome) {
        showError(tr("Export failed: %1").arg(outcome.error()));
        emit exportFinished(false, outcome.error());
        return;
    }
    m_writtenPath = outcome->path;
    const QString size = m_options.locale.formattedDataSize(outcome->bytes, 1, QLocale::DataSizeSIFormat);
    QString message = tr("Saved %1 (%2).").arg(QFileInfo(outcome->path).fileName(), size);
    if (outcome->demo)
        message += QLatin1Char(' ') + tr("It shows demo data.");
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    m_openFolder->show();
    m_openFile->show();
    m_openFile->setFocus();
    growToFit();
    emit exportFinished(true, outcome->path);
}

void ExportDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    const bool haveWeeks = m_week->count() > 0 && !m_week->itemData(0).isNull();
    m_week->setEnabled(!busy && haveWeeks);
    m_export->setEnabled(!busy && haveWeeks);
    m_format->setEnabled(!busy);
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_status->setStyleSheet(QString());
    m_status->setToolTip(QString());
    m_status->setText(status);
}

void ExportDialog::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    // A long path has no spaces to wrap at: let it break after each separator instead of running off the
    // edge.
    m_status->setText(QString(message).replace(QLatin1Char('/'), QStringLiteral("/\u200B")));
    m_status->setToolTip(message);
    growToFit();
}

void ExportDialog::growToFit()
{
    // A wrapped message needs more lines than the dialog was sized for; grow downwards, never narrower.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

} // namespace tokenwise
