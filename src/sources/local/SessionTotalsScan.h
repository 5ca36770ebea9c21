// The end of a database read for agents that keep session totals (Crush, Goose): the growth since the last
// read becomes the events, the totals reached become the cursor's state.
#pragma once

#include "sources/local/DatabaseScan.h"
#include "sources/local/SessionTotals.h"

namespace tokenwise {

FileScanResult finishSessionTotalsScan(DatabaseScan &scan, const QList<SessionTotal> &totals,
                                       const FileCursor *previous);

} // namespace tokenwise
