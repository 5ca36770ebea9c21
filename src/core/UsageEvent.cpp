// Names of cost bases as they appear in JSON and on hover.
#include "core/UsageEvent.h"

namespace tokenwise {

QString costBasisName(CostBasis basis)
{
    switch (basis) {
    case CostBasis::Priced:
        return QStringLiteral("priced");
    case CostBasis::Reported:
        return QStringLiteral("reported");
    case CostBasis::Recorded:
        return QStringLiteral("recorded");
    case CostBasis::Demo:
        return QStringLiteral("demo");
    case CostBasis::Unpriced:
        return QStringLiteral("unpriced");
    }
    return {};
}

CostBasis costBasisFromName(QStringView name, CostBasis unknown)
{
    for (CostBasis basis : {CostBasis::Priced, CostBasis::Reported, CostBasis::Recorded, CostBasis::Demo,
                            CostBasis::Unpriced}) {
        if (name == costBasisName(basis))
            return basis;
    }
    return unknown;
}

} // namespace tokenwise
