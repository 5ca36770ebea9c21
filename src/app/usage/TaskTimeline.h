// One task's cost over time, per hour (tasks up to two days long) or per local day, split by model.
#pragma once

#include "core/Money.h"
#include "core/UsageSlice.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace tokenwise {

struct TaskTimeline
{
    bool hourly = true;
    QList<qint64> bucketStartMs; // UTC starts of the hours or local days, oldest first, idle ones included
    QStringList models; // most expensive first
    QList<QList<MicroUsd>> costByModel; // [model][bucket]
    QList<MicroUsd> totals; // per bucket

    bool isEmpty() const { return bucketStartMs.isEmpty(); }
};

// `slices` are one task's quarter-hour slices (Ledger::usageSlices with the task's source and session).
TaskTimeline buildTaskTimeline(const QList<UsageSlice> &slices, const QTimeZone &zone);

} // namespace tokenwise
