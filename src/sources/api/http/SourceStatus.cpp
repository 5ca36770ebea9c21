// Names and descriptions of source states.
#include "sources/api/http/SourceStatus.h"

#include "core/TrContext.h"

#include <QCoreApplication>

TOKENWISE_TR_CONTEXT(SourceStatus)

namespace tokenwise::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SourceStatus", text);
}

struct Named
{
    SourceState state;
    const char *name;
};

constexpr Named kNames[] = {
    {SourceState::Ok, "ok"},
    {SourceState::Stale, "stale"},
    {SourceState::AuthFailed, "auth-failed"},
    {SourceState::RateLimited, "rate-limited"},
    {SourceState::Offline, "offline"},
    {SourceState::BadResponse, "bad-response"},
};

} // namespace

QString sourceStateName(SourceState state)
{
    for (const Named &n : kNames) {
        if (n.state == state)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("bad-response");
}

SourceState sourceStateFromName(const QString &name)
{
    for (const Named &n : kNames) {
        if (name == QLatin1String(n.name))
            return n.state;
    }
    return SourceState::Stale;
}

QString describeSourceState(SourceState state, const QDateTime &retryAt)
{
    switch (state) {
    case SourceState::Ok:
        return tr("ok");
    case SourceState::Stale:
        return tr("stale");
    case SourceState::AuthFailed:
        return tr("key rejected");
    case SourceState::RateLimited:
        return retryAt.isValid() ? tr("rate-limited until %1").arg(retryAt.toUTC().toString(Qt::ISODate))
                                 : tr("rate-limited");
    case SourceState::Offline:
        return tr("offline");
    case SourceState::BadResponse:
        return tr("unusable reply");
    }
    return {};
}

} // namespace tokenwise::api
