// Settings dialog shell.
#include "gui/settings/SettingsDialog.h"

#include "gui/settings/ExportPage.h"
#include "gui/settings/GeneralPages.h"
#include "gui/settings/KeysPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tokenwise {

SettingsDialog::SettingsDialog(Settings &settings, SecretStore *secrets, Autostart *autostart,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Tokenwise settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    m_pages << new SourcesPage(this) << new KeysPage(secrets, this) << new BudgetsPage(this)
            << new DisplayPage(autostart, this) << new ExportPage(this);
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(settings);
        m_list->addItem(page->title());
        m_stack->addWidget(page);
    }
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setFixedWidth(180);
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

void SettingsDialog::accept()
{
    for (SettingsPage *page : std::as_const(m_pages)) {
        QString error;
        if (!page->save(m_settings, &error)) {
            m_list->setCurrentRow(int(m_pages.indexOf(page)));
            QMessageBox::warning(this, tr("Settings"), tr("Not saved: %1").arg(error));
            return;
        }
    }
    QDialog::accept();
}

} // namespace tokenwise
