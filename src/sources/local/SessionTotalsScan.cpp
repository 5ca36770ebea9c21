// Shared by the session-total readers, so the cursor rules stay one.
#include "sources/local/SessionTotalsScan.h"

namespace tokenwise {

FileScanResult finishSessionTotalsScan(DatabaseScan &scan, const QList<SessionTotal> &totals,
                                       const FileCursor *previous)
{
    FileScanResult &result = scan.result;
    SessionGrowth growth
        = growthSince(previous ? previous->parserState : QByteArray(), totals, result.cursor.source);
    for (UsageEvent &e : growth.events)
        e.originPath = scan.path;
    result.events = std::move(growth.events);
    result.cursor.parserState = growth.state;
    result.cursor.events += result.events.size();
    result.cursor.noTimestamp += result.noTimestamp;
    scan.finish();
    return std::move(scan.result);
}

} // namespace tokenwise
