// An Amp thread document (threads/T-<uuid>.json, rewritten whole) → usage events.
#pragma once

#include "core/IngestRecords.h"

#include <QByteArrayView>
#include <QList>

namespace tokenwise::amp {

inline constexpr char sourceId[] = "amp";

struct AmpThread
{
    bool valid = false;
    QList<UsageEvent> events;
    TaskInfo task;
    // Amp bills in credits, not dollars: summed as recorded, shown apart, never taken for a cost.
    double credits = 0;
};

// The usage ledger (one event per billed inference, titles and summaries included) when the thread has one,
// with cache counts from the message each event produced; else the assistant messages' usage.
AmpThread parseThread(QByteArrayView json);

} // namespace tokenwise::amp
