// Task timeline buckets.
#include "app/usage/TaskTimeline.h"

#include <QDateTime>
#include <QHash>

namespace tokenwise {

namespace {
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kHourlyUpToMs = 48 * kHourMs;

qint64 hourStart(qint64 ms)
{
    return ms - ((ms % kHourMs) + kHourMs) % kHourMs;
}
} // namespace

TaskTimeline buildTaskTimeline(const QList<UsageSlice> &slices, const QTimeZone &zone)
{
    TaskTimeline t;
    if (slices.isEmpty())
        return t;
    qint64 first = slices.constFirst().bucketMs, last = first;
    QHash<QString, MicroUsd> modelCost;
    for (const UsageSlice &s : slices) {
        first = std::min(first, s.bucketMs);
        last = std::max(last, s.bucketMs);
        modelCost[s.reportedModel()] += s.cost;
    }
    t.models = modelCost.keys();
    std::sort(t.models.begin(), t.models.end(), [&](const QString &a, const QString &b) {
        return modelCost[a] != modelCost[b] ? modelCost[a] > modelCost[b] : a < b;
    });
    t.hourly = last - first < kHourlyUpToMs;
    const auto dayOf = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone).date(); };
    if (t.hourly) {
        for (qint64 h = hourStart(first); h <= last; h += kHourMs)
            t.bucketStartMs << h;
    } else {
        for (QDate d = dayOf(first); d <= dayOf(last); d = d.addDays(1))
            t.bucketStartMs << d.startOfDay(zone).toMSecsSinceEpoch();
    }
    t.totals = QList<MicroUsd>(t.bucketStartMs.size(), 0);
    t.costByModel = QList<QList<MicroUsd>>(t.models.size(), t.totals);
    const qint64 firstBucket = t.bucketStartMs.constFirst();
    const QDate firstDay = dayOf(firstBucket);
    for (const UsageSlice &s : slices) {
        const qsizetype bucket
            = t.hourly ? (hourStart(s.bucketMs) - firstBucket) / kHourMs : firstDay.daysTo(dayOf(s.bucketMs));
        t.costByModel[t.models.indexOf(s.reportedModel())][bucket] += s.cost;
        t.totals[bucket] += s.cost;
    }
    return t;
}

} // namespace tokenwise
