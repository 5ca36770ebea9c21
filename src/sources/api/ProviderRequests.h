// How each provider wants a request signed, and the one cheap request that tells whether a key works.
#pragma once

#include "sources/api/http/ApiHttpClient.h"

#include <QUrlQuery>

namespace tokenwise::api {

// A request to `base` + `path` carrying `key` the way `source` expects it (x-api-key, Bearer, Basic).
ApiRequest signedRequest(const QString &source, const QString &key, const QUrl &base, const QString &path,
                         const QUrlQuery &query = {}, const QByteArray &method = QByteArrayLiteral("GET"),
                         const QByteArray &jsonBody = {});

enum class KeyVerdict {
    Accepted, // the provider answered the cheap request
    Rejected, // 401/403: the key is wrong, revoked or lacks admin rights
    Unverified, // rate-limited, offline or some other trouble: the key may still be fine
};

struct KeyCheck
{
    KeyVerdict verdict = KeyVerdict::Unverified;
    ApiReply reply;
};

// One cheap request per provider (one page of one day, the key's own info, the member list).
KeyCheck verifyKey(ApiHttpClient &client, const QString &source, const QString &key, const QUrl &base,
                   const QDateTime &nowUtc);

} // namespace tokenwise::api
