// The automatic export page: what AutoExporter reads (export/autoEnabled, autoFolder, autoFormat).
#include "gui/settings/ExportPage.h"

#include "app/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace tokenwise {

ExportPage::ExportPage(QWidget *parent)
    : SettingsPage(parent)
    , m_enabled(new QCheckBox(tr("Export last week's summary every Monday morning"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_format(new QComboBox(this))
{
    setObjectName(QStringLiteral("ExportPage"));
    m_folder->setPlaceholderText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_folder->setAccessibleName(tr("Export folder"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML"), QStringLiteral("html"));
    m_format->addItem(tr("Markdown"), QStringLiteral("md"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->setAccessibleName(tr("Export format"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString start = m_folder->text().isEmpty() ? m_folder->placeholderText() : m_folder->text();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for weekly summaries"), start);
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_enabled, &QCheckBox::toggled, this, &ExportPage::updateEnabled);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Format:"), m_format);
    auto *note = new QLabel(tr("The summary of the week that just ended is written once, on the first run at "
                               "or after 06:00 on Monday; a computer that was asleep catches up when it "
                               "wakes. Files are named like tokenwise-2026-W47.pdf."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    updateEnabled();
}

QString ExportPage::title() const
{
    return tr("Weekly export");
}

void ExportPage::load(const Settings &settings)
{
    m_enabled->setChecked(settings.value(QStringLiteral("export/autoEnabled")).toBool());
    m_folder->setText(
        QDir::toNativeSeparators(settings.value(QStringLiteral("export/autoFolder")).toString()));
    const int index = m_format->findData(settings.value(QStringLiteral("export/autoFormat")));
    m_format->setCurrentIndex(index < 0 ? 0 : index);
    updateEnabled();
}

bool ExportPage::save(Settings &settings, QString *error)
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!folder.isEmpty() && !QDir::isAbsolutePath(folder)) {
        *error = tr("the export folder must be a full path: %1").arg(m_folder->text());
        return false;
    }
    settings.setValue(QStringLiteral("export/autoFolder"), folder);
    settings.setValue(QStringLiteral("export/autoFormat"), m_format->currentData());
    // Last, so the exporter's check sees the folder and format chosen with it.
    settings.setValue(QStringLiteral("export/autoEnabled"), m_enabled->isChecked());
    return true;
}

void ExportPage::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_folder->setEnabled(on);
    m_browse->setEnabled(on);
    m_format->setEnabled(on);
}

} // namespace tokenwise
