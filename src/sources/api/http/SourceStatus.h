// How a polled source is doing: one state per source, shown in the tray and by `tokenwise poll`.
#pragma once

#include <QDateTime>
#include <QString>

namespace tokenwise::api {

enum class SourceState {
    Ok, // the last poll succeeded
    Stale, // the provider failed (5xx) or the data is older than it should be
    AuthFailed, // 401/403: the key is wrong, revoked or not an admin key
    RateLimited, // 429: wait until retryAt
    Offline, // no answer: network down, DNS, refused, timed out
    BadResponse, // an answer we cannot use: not JSON, cut off, wrong shape, looping pages
};

// Stable names for the ledger and JSON: "ok", "stale", "auth-failed", "rate-limited", "offline",
// "bad-response".
QString sourceStateName(SourceState state);
SourceState sourceStateFromName(const QString &name);
// A translated phrase for people ("rate-limited until 14:05").
QString describeSourceState(SourceState state, const QDateTime &retryAt = {});

} // namespace tokenwise::api
