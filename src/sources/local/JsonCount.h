// A token count read from an agent's JSON: absent or null is 0; negative, fractional junk beyond the limit or
// a non-number is no count at all (the record is malformed).
#pragma once

#include "core/UsageEvent.h"

#include <QJsonObject>

#include <optional>

namespace tokenwise {

inline std::optional<qint64> jsonTokenCount(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return qint64(0);
    if (!v.isDouble() || !(v.toDouble() >= 0) || v.toDouble() > double(kMaxTokenCount))
        return std::nullopt;
    return qint64(v.toDouble());
}

} // namespace tokenwise
