// In-memory SecretStore for tests.
#include "secrets/InMemorySecretStore.h"

namespace tokenwise {

namespace {
SecretReply unavailable()
{
    return {SecretStatus::Unavailable, {}, QStringLiteral("secure storage is not available")};
}
} // namespace

void InMemorySecretStore::read(const QString &key, Callback done)
{
    if (!m_available)
        return done(unavailable());
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return done({SecretStatus::NotFound, {}, QStringLiteral("no key stored")});
    done({SecretStatus::Ok, *it, {}});
}

void InMemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    if (!m_available)
        return done(unavailable());
    m_values.insert(key, value);
    done({SecretStatus::Ok, {}, {}});
}

void InMemorySecretStore::remove(const QString &key, Callback done)
{
    if (!m_available)
        return done(unavailable());
    m_values.remove(key);
    done({SecretStatus::Ok, {}, {}});
}

} // namespace tokenwise
