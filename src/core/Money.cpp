// Money conversions and display.
#include "core/Money.h"

#include <cmath>
#include <cstdlib>

namespace tokenwise {

MicroUsd microsFromDollars(double dollars)
{
    return static_cast<MicroUsd>(std::llround(dollars * static_cast<double>(kMicrosPerDollar)));
}

double dollarsFromMicros(MicroUsd micros)
{
    return static_cast<double>(micros) / static_cast<double>(kMicrosPerDollar);
}

QString formatUsd(MicroUsd micros)
{
    const QString sign = micros < 0 ? QStringLiteral("-") : QString();
    const qint64 absMicros = std::llabs(micros);
    if (absMicros != 0 && absMicros < 10'000)
        return sign + QStringLiteral("$") + QString::number(dollarsFromMicros(absMicros), 'f', 4);
    const qint64 cents = (absMicros + 5'000) / 10'000;
    return sign + QStringLiteral("$%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString formatUsdShort(MicroUsd micros)
{
    const double dollars = dollarsFromMicros(micros);
    const double absDollars = std::fabs(dollars);
    const QString sign = dollars < 0 ? QStringLiteral("-") : QString();
    // Some spend must never read "$0": under a dollar is "<$1" (the tooltip has the exact figure).
    if (micros > 0 && absDollars < 0.5)
        return QStringLiteral("<$1");
    if (absDollars < 999.5)
        return sign + QStringLiteral("$") + QString::number(std::llround(absDollars));
    const double thousands = absDollars / 1000.0;
    if (thousands < 9.95)
        return sign + QStringLiteral("$") + QString::number(thousands, 'f', 1) + QStringLiteral("k");
    return sign + QStringLiteral("$") + QString::number(std::llround(thousands)) + QStringLiteral("k");
}

} // namespace tokenwise
