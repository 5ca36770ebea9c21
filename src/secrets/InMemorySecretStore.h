// A SecretStore in memory, for unit tests; can pretend secure storage is unavailable.
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace tokenwise {

class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void setAvailable(bool available) { m_available = available; }

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QHash<QString, QString> m_values;
    bool m_available = true;
};

} // namespace tokenwise
