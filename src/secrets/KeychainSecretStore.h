// SecretStore over QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager).
#pragma once

#include "secrets/SecretStore.h"

namespace tokenwise {

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("tokenwise"), int timeoutMs = 10'000,
                                 QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace tokenwise
