#include "core/CostOrigins.h"

#include "core/TrContext.h"
#include "core/UsageEvent.h"

#include <QCoreApplication>

TOKENWISE_TR_CONTEXT(CostOrigins)

namespace tokenwise {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("CostOrigins", text, disambiguation);
}

} // namespace

QString costOrigins(const QStringList &bases, const QString &priceVersion)
{
    const auto has = [&](CostBasis basis) { return bases.contains(costBasisName(basis)); };
    QStringList origins;
    if (has(CostBasis::Priced) || bases.isEmpty())
        origins << tr("tokens × %1 prices").arg(priceVersion);
    if (has(CostBasis::Recorded))
        origins << tr("the costs the agents recorded");
    if (has(CostBasis::Reported))
        origins << tr("the costs the providers reported");
    if (has(CostBasis::Demo))
        origins << tr("made-up demo prices");
    if (origins.isEmpty()) // only unpriced tokens
        origins << tr("tokens × %1 prices").arg(priceVersion);
    QString joined = origins.takeFirst();
    for (const QString &origin : std::as_const(origins))
        joined = tr("%1 and %2", "joins the origins of the costs").arg(joined, origin);
    return joined;
}

} // namespace tokenwise
