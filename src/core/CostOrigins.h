// Where a total's dollars came from, in words: "tokens × <table> prices and the costs the agents recorded".
#pragma once

#include <QString>
#include <QStringList>

namespace tokenwise {

// `bases` are costBasisName()s present in the total; none reads as priced (nothing to say otherwise).
QString costOrigins(const QStringList &bases, const QString &priceVersion);

} // namespace tokenwise
