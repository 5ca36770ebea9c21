// Provider key lookup.
#include "secrets/ApiKeys.h"

namespace tokenwise {

QByteArray apiKeyEnvironmentVariable(const QString &source)
{
    return "TOKENWISE_" + source.toUpper().toLatin1() + "_KEY";
}

ApiKey lookupApiKey(SecretStore &store, const QString &source)
{
    ApiKey key;
    const QString fromEnvironment
        = qEnvironmentVariable(apiKeyEnvironmentVariable(source).constData()).trimmed();
    if (!fromEnvironment.isEmpty()) {
        key.value = fromEnvironment;
        key.origin = KeyOrigin::Environment;
        return key;
    }
    const SecretReply reply = store.readBlocking(source);
    key.keychain = reply.status;
    key.detail = reply.detail;
    if (reply.status == SecretStatus::Ok && !reply.value.trimmed().isEmpty()) {
        key.value = reply.value.trimmed();
        key.origin = KeyOrigin::Keychain;
    }
    return key;
}

} // namespace tokenwise
