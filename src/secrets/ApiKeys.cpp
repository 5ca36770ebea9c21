// Provider key lookup.
#include "secrets/ApiKeys.h"

#include <optional>

namespace tokenwise {

QByteArray apiKeyEnvironmentVariable(const QString &source)
{
    return "TOKENWISE_" + source.toUpper().toLatin1() + "_KEY";
}

namespace {

std::optional<ApiKey> environmentKey(const QString &source)
{
    const QString fromEnvironment
        = qEnvironmentVariable(apiKeyEnvironmentVariable(source).constData()).trimmed();
    if (fromEnvironment.isEmpty())
        return std::nullopt;
    ApiKey key;
    key.value = fromEnvironment;
    key.origin = KeyOrigin::Environment;
    return key;
}

ApiKey keychainKey(const SecretReply &reply)
{
    ApiKey key;
    key.keychain = reply.status;
    key.detail = reply.detail;
    if (reply.status == SecretStatus::Ok && !reply.value.trimmed().isEmpty()) {
        key.value = reply.value.trimmed();
        key.origin = KeyOrigin::Keychain;
    }
    return key;
}

} // namespace

ApiKey lookupApiKey(SecretStore &store, const QString &source)
{
    if (auto key = environmentKey(source))
        return *key;
    return keychainKey(store.readBlocking(source));
}

void lookupApiKey(SecretStore &store, const QString &source, std::function<void(const ApiKey &)> done)
{
    if (auto key = environmentKey(source)) {
        done(*key);
        return;
    }
    store.read(source, [done = std::move(done)](const SecretReply &reply) { done(keychainKey(reply)); });
}

} // namespace tokenwise
