// What the poll, keys and team commands share: the keychain, network policy and a signed-request context.
#pragma once

#include "sources/api/http/ApiHttpClient.h"

#include <QNetworkAccessManager>

#include <memory>

namespace tokenwise {

class SecretStore;

// The OS keychain under service "tokenwise", with the app's own timeout on every job.
std::unique_ptr<SecretStore> openKeychain();

// The production policy; TOKENWISE_HTTP_TIMEOUT_MS and TOKENWISE_HTTP_BACKOFF_MS shorten it for tests.
api::RetryPolicy defaultRetryPolicy();

} // namespace tokenwise
