// Settings page for the automatic Monday export: on/off, the folder and the format.
#pragma once

#include "gui/settings/SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace tokenwise {

class ExportPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ExportPage(QWidget *parent = nullptr);
    QString title() const override;
    void load(const Settings &settings) override;
    bool save(Settings &settings, QString *error) override;

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *formatBox() const { return m_format; }

private:
    void updateEnabled();

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace tokenwise
