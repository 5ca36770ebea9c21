// The built-in demo history: 90 made-up, deterministic days of agent sessions, shown when no source has data.
#pragma once

#include "core/IngestRecords.h"
#include "core/PriceBook.h"
#include "core/UsageEvent.h"

#include <QDate>
#include <QList>

namespace tokenwise::demo {

struct DemoHistory
{
    QList<UsageEvent> events; // sorted by timestamp; every one has CostBasis::Demo
    QList<TaskInfo> tasks; // one per sessionId, in order of first activity
};

// `days` calendar days ending with todayUtc (inclusive). The same date and price book always give the same
// history, and a given calendar day looks the same whichever later day it is viewed from, except for the
// one runaway-agent surge, which sits about three weeks before todayUtc.
DemoHistory generateDemoHistory(const QDate &todayUtc, const PriceBook &prices, int days = 90);

} // namespace tokenwise::demo
