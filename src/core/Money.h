// Money is integer micro-dollars (1 USD = 1'000'000); conversions and display live here.
#pragma once

#include <QString>
#include <QtGlobal>

namespace tokenwise {

using MicroUsd = qint64;

constexpr MicroUsd kMicrosPerDollar = 1'000'000;

// Rounds half away from zero; used where a price per token (a double from a price table) meets a count.
MicroUsd microsFromDollars(double dollars);
double dollarsFromMicros(MicroUsd micros);

// "$12.34" with two decimals; amounts below one cent keep four ("$0.0042") so they never show as zero.
QString formatUsd(MicroUsd micros);
// Compact form for the tray: "$0", "<$1", "$7", "$12", "$1.2k", "$34k".
QString formatUsdShort(MicroUsd micros);

} // namespace tokenwise
