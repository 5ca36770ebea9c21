// The daily spend chart's data, in one place for every renderer: stacked bars by source, a round axis.
#pragma once

#include "report/WeeklySummary.h"

#include <QColor>
#include <QLocale>

namespace tokenwise::report {

struct ChartSeries
{
    QString source;
    QString label;
    QColor color;
};

struct ChartBar
{
    QDate date;
    QString label; // short weekday
    QList<MicroUsd> values; // one per series
    MicroUsd total = 0;
    QString totalLabel; // the total as money in the document's locale
};

struct DailyChart
{
    QList<ChartSeries> series; // sources of the week, by source id; a last "Other sources" beyond four
    QStringList otherSources; // display names of the sources folded into "Other sources"
    QList<ChartBar> bars; // seven, Monday first
    MicroUsd axisMax = 0; // a whole number of round steps at or above the largest day
    QList<MicroUsd> ticks; // from 0 to axisMax inclusive
    QStringList tickLabels; // the ticks as money in the document's locale

    double fraction(MicroUsd value) const { return axisMax > 0 ? double(value) / double(axisMax) : 0.0; }
};

DailyChart dailyChart(const WeeklySummary &summary, const QLocale &locale);

// The smallest 1, 2, 2.5 or 5 × 10^k cents at or above `value`: a round axis step.
MicroUsd niceStep(MicroUsd value);

} // namespace tokenwise::report
