// A token split in words, for tooltips and detail panes: "1,200 input, 300 output (120 of it reasoning), …".
#pragma once

#include "core/UsageEvent.h"

#include <QString>

namespace tokenwise {

QString tokenBreakdownText(const TokenCounts &tokens);

} // namespace tokenwise
