// The built-in demo as one in-memory ledger: its history, its tasks and its made-up team band, the same for
// the dashboard, the tray, the CLI and the weekly summary (one demo, so an export never contradicts a view).
#pragma once

#include "core/PriceBook.h"
#include "core/Result.h"
#include "store/MemoryLedger.h"

#include <QDate>

#include <memory>

namespace tokenwise {

Result<std::unique_ptr<MemoryLedger>> buildDemoLedger(const QDate &todayUtc, const PriceBook &prices);

} // namespace tokenwise
