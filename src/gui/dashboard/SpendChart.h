// Daily spend over a range as bars (total, or stacked by provider or model), your rolling 7-day mean, and a
// reference line: the team median when a team feed exists, else the labelled public reference.
#pragma once

#include "app/usage/UsageSnapshot.h"

#include <QChartView>

namespace tokenwise {

class SpendChart : public QChartView
{
    Q_OBJECT
public:
    enum class Stack { None, Provider, Model };

    explicit SpendChart(QWidget *parent = nullptr);

    void setData(const UsageSnapshot &snapshot, int days, Stack stack);
    // The drawn figures, for tests and accessibility: bar totals in dollars, oldest first.
    QList<double> barTotals() const { return m_totals; }
    QList<double> rollingMean() const { return m_mean; }

    static constexpr double kPublicReferenceDollars = 13.0;

private:
    QList<double> m_totals;
    QList<double> m_mean;
};

} // namespace tokenwise
