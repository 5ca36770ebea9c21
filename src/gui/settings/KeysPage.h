// API keys: add, replace or remove through the keychain; the page only ever shows whether a key is there.
#pragma once

#include "gui/settings/SettingsPage.h"

#include <QHash>

class QLabel;
class QPushButton;

namespace tokenwise {

class SecretStore;

class KeysPage : public SettingsPage
{
    Q_OBJECT
public:
    KeysPage(SecretStore *secrets, QWidget *parent = nullptr);
    QString title() const override { return tr("API keys"); }
    void load(const Settings &settings) override;
    bool save(Settings &settings, QString *error) override;

    static QStringList providers();
    QString statusText(const QString &provider) const;
    // Stores `key` for `provider` (the dialog asks for it; tests call this directly).
    void storeKey(const QString &provider, const QString &key);
    void removeKey(const QString &provider);

private:
    void refresh(const QString &provider);

    SecretStore *m_secrets;
    QHash<QString, QLabel *> m_status;
};

} // namespace tokenwise
