// Where a provider key comes from: TOKENWISE_<SOURCE>_KEY (read, never written), else the OS keychain.
#pragma once

#include "secrets/SecretStore.h"

#include <functional>

namespace tokenwise {

enum class KeyOrigin { None, Environment, Keychain };

struct ApiKey
{
    QString value;
    KeyOrigin origin = KeyOrigin::None;
    SecretStatus keychain = SecretStatus::NotFound; // what the keychain said (when it was asked)
    QString detail; // the keychain's reason when it could not answer; never contains a key

    bool found() const { return origin != KeyOrigin::None; }
};

// "TOKENWISE_ANTHROPIC_KEY" for "anthropic".
QByteArray apiKeyEnvironmentVariable(const QString &source);

// The environment wins, so a headless run can use a key without any keychain; the keychain entry is the
// service's entry named after the source.
ApiKey lookupApiKey(SecretStore &store, const QString &source);
// The same without blocking: `done` runs once, from the store's thread (at once for an environment key).
void lookupApiKey(SecretStore &store, const QString &source, std::function<void(const ApiKey &)> done);

// True when the keychain answer means "no secure storage here" (as opposed to "no key stored").
inline bool secureStorageMissing(SecretStatus status)
{
    return status == SecretStatus::Unavailable || status == SecretStatus::TimedOut;
}

} // namespace tokenwise
