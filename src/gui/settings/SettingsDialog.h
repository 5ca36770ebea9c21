// Settings: a list of pages on the left, the page on the right; saved all at once on OK.
#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace tokenwise {

class Autostart;
class SecretStore;
class Settings;
class SettingsPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, SecretStore *secrets, Autostart *autostart, QWidget *parent = nullptr);

    QList<SettingsPage *> pages() const { return m_pages; }
    void accept() override;

private:
    Settings &m_settings;
    QList<SettingsPage *> m_pages;
    QListWidget *m_list;
    QStackedWidget *m_stack;
};

} // namespace tokenwise
