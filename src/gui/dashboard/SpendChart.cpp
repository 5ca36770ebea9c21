// The overview chart.
#include "gui/dashboard/SpendChart.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QMap>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tokenwise {

SpendChart::SpendChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setAccessibleName(tr("Daily spend chart"));
}

void SpendChart::setData(const UsageSnapshot &snapshot, int days, Stack stack)
{
    const QList<PeriodRow> rows = snapshot.days.mid(std::max<qsizetype>(0, snapshot.days.size() - days));
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    // Series keys: one bar set per provider or model (the biggest eight, the rest as "other").
    QStringList keys;
    if (stack != Stack::None) {
        QMap<QString, MicroUsd> weight;
        for (const PeriodRow &row : rows) {
            if (stack == Stack::Provider) {
                for (auto it = row.costBySource.cbegin(); it != row.costBySource.cend(); ++it)
                    weight[it.key()] += *it;
            } else {
                for (const ModelBreakdown &m : row.models)
                    weight[m.modelName] += m.cost;
            }
        }
        keys = weight.keys();
        std::sort(keys.begin(), keys.end(),
                  [&](const QString &a, const QString &b) { return weight[a] > weight[b]; });
        if (keys.size() > 8)
            keys = keys.mid(0, 8) << tr("other");
    } else {
        keys << tr("Spend");
    }
    QHash<QString, QBarSet *> sets;
    auto *bars = new QStackedBarSeries;
    for (const QString &key : keys) {
        auto *set = new QBarSet(key);
        sets.insert(key, set);
        bars->append(set);
    }
    QStringList categories;
    m_totals.clear();
    for (const PeriodRow &row : rows) {
        categories << QLocale().toString(row.start, QStringLiteral("d MMM"));
        m_totals << dollarsFromMicros(row.totals.cost);
        QHash<QString, double> parts;
        if (stack == Stack::None) {
            parts[keys.constFirst()] = dollarsFromMicros(row.totals.cost);
        } else if (stack == Stack::Model) {
            for (const ModelBreakdown &m : row.models)
                parts[sets.contains(m.modelName) ? m.modelName : keys.constLast()]
                    += dollarsFromMicros(m.cost);
        } else {
            for (auto it = row.costBySource.cbegin(); it != row.costBySource.cend(); ++it)
                parts[sets.contains(it.key()) ? it.key() : keys.constLast()] += dollarsFromMicros(*it);
        }
        for (const QString &key : keys)
            sets[key]->append(parts.value(key));
    }
    chart->addSeries(bars);

    auto *mean = new QLineSeries;
    mean->setName(tr("Your 7-day mean"));
    m_mean.clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        double sum = 0;
        const qsizetype from = std::max<qsizetype>(0, i - 6);
        for (qsizetype j = from; j <= i; ++j)
            sum += m_totals.at(j);
        m_mean << sum / double(i - from + 1);
        mean->append(double(i), m_mean.constLast());
    }
    chart->addSeries(mean);
    auto *reference = new QLineSeries;
    reference->setName(tr("Public reference ≈ $13 per active day (not your team)"));
    QPen dashed(QColor(0x64, 0x74, 0x8b));
    dashed.setStyle(Qt::DashLine);
    reference->setPen(dashed);
    reference->append(0, kPublicReferenceDollars);
    reference->append(double(std::max<qsizetype>(1, rows.size() - 1)), kPublicReferenceDollars);
    chart->addSeries(reference);

    // Labels at a readable step (every day for a week, weekly for longer ranges) instead of one per bar.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(rows.size()) - 0.5);
    const int step = rows.size() <= 10 ? 1 : 7;
    // Counted back from today so that today is labelled; appended in ascending order, as the axis requires.
    QList<qsizetype> labelled;
    for (qsizetype i = rows.size() - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (qsizetype i : std::as_const(labelled))
        x->append(categories.at(i), double(i));
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("$%.0f"));
    y->setMin(0);
    double top = kPublicReferenceDollars * 1.2;
    for (double v : std::as_const(m_totals))
        top = std::max(top, v * 1.1);
    y->setMax(top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace tokenwise
