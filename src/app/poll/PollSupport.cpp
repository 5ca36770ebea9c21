// Shared poll plumbing.
#include "app/poll/PollSupport.h"

#include "secrets/KeychainSecretStore.h"

namespace tokenwise {

std::unique_ptr<SecretStore> openKeychain()
{
    return std::make_unique<KeychainSecretStore>(QStringLiteral("tokenwise"), 10'000);
}

api::RetryPolicy defaultRetryPolicy()
{
    api::RetryPolicy policy;
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("TOKENWISE_HTTP_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        policy.timeoutMs = timeout;
    const int backoff = qEnvironmentVariableIntValue("TOKENWISE_HTTP_BACKOFF_MS", &ok);
    if (ok && backoff >= 0) {
        policy.backoffBaseMs = backoff;
        policy.backoffMaxMs = std::max(backoff * 8, 1);
    }
    return policy;
}

} // namespace tokenwise
