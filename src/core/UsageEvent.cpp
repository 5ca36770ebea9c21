// Names of cost bases as they appear in JSON and on hover.
#include "core/UsageEvent.h"

namespace tokenwise {

QString costBasisName(CostBasis basis)
{
    switch (basis) {
    case CostBasis::Priced: return QStringLiteral("priced");
    case CostBasis::Reported: return QStringLiteral("reported");
    case CostBasis::Demo: return QStringLiteral("demo");
    case CostBasis::Unpriced: return QStringLiteral("unpriced");
    }
    return {};
}

} // namespace tokenwise
