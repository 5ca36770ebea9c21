// Task timeline chart.
#include "gui/dashboard/TaskTimelineChart.h"

#include "gui/DisplayMoney.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tokenwise {

namespace {
constexpr int kModelSets = 4; // the rest of the models as "other"
} // namespace

TaskTimelineChart::TaskTimelineChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setAccessibleName(tr("Task cost over time"));
}

void TaskTimelineChart::setTimeline(const TaskTimeline &timeline, const QTimeZone &zone)
{
    m_timeline = timeline;
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setTitle(timeline.hourly ? tr("Cost per hour") : tr("Cost per day"));
    auto *bars = new QStackedBarSeries;
    QList<QBarSet *> sets;
    for (qsizetype m = 0; m < timeline.models.size(); ++m) {
        if (m == kModelSets) {
            sets << new QBarSet(tr("other"));
            bars->append(sets.constLast());
        } else if (m < kModelSets) {
            sets << new QBarSet(timeline.models.at(m));
            bars->append(sets.constLast());
        }
    }
    for (qsizetype b = 0; b < timeline.bucketStartMs.size(); ++b) {
        QList<double> values(sets.size(), 0.0);
        for (qsizetype m = 0; m < timeline.models.size(); ++m)
            values[std::min<qsizetype>(m, kModelSets)] += moneyValue(timeline.costByModel.at(m).at(b));
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets.at(i)->append(values.at(i));
    }
    chart->addSeries(bars);
    // A category axis labels every few buckets, so that a long task's labels stay readable.
    QStringList categories;
    double top = 0;
    for (qsizetype b = 0; b < timeline.bucketStartMs.size(); ++b) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(timeline.bucketStartMs.at(b), zone);
        categories << (timeline.hourly ? at.toString(QStringLiteral("HH:00"))
                                       : QLocale().toString(at.date(), QStringLiteral("d MMM")));
        top = std::max(top, moneyValue(timeline.totals.at(b)));
    }
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(categories.size()) - 0.5);
    const qsizetype step = std::max<qsizetype>(1, (categories.size() + 3) / 4);
    QStringList used; // the axis needs unique labels; an hour can recur on a task's second day
    for (qsizetype b = 0; b < categories.size(); b += step) {
        if (!used.contains(categories.at(b)))
            x->append(categories.at(b), double(b));
        used << categories.at(b);
    }
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setLabelFormat(moneyAxisFormat(2));
    y->setRange(0, top > 0 ? top * 1.1 : 1.0);
    y->setTickCount(4);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    QStringList description;
    for (qsizetype b = 0; b < categories.size(); ++b)
        description << categories.at(b) + QStringLiteral(" ") + formatMoney(timeline.totals.at(b));
    setAccessibleDescription(description.join(QStringLiteral(", ")));
}

} // namespace tokenwise
