#include "core/TimeAgo.h"

#include "core/TrContext.h"

#include <QCoreApplication>

TOKENWISE_TR_CONTEXT(TimeAgo)

namespace tokenwise {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TimeAgo", text, nullptr, n);
}

} // namespace

QString timeAgo(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never");
    const qint64 minutes = (nowMs - thenMs) / 60'000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n h ago", int(hours));
    return tr("%n days ago", int(hours / 24));
}

} // namespace tokenwise
