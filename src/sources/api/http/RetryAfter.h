// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, turned into a point in time.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace tokenwise::api {

// When the server asks to be called again; nullopt for an absent or unreadable header. A date in the past
// means "now".
std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace tokenwise::api
