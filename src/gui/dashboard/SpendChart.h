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
    // The snapshot's days in [from, to] (clamped to what the snapshot holds).
    void setData(const UsageSnapshot &snapshot, const QDate &from, const QDate &to, Stack stack);
    // The drawn figures, for tests and accessibility: bar totals in dollars, oldest first.
    QList<double> barTotals() const { return m_totals; }
    QList<double> rollingMean() const { return m_mean; }
    // The team band as drawn, in dollars, for the shown days that one covers (empty: the public reference).
    QList<double> teamMedian() const { return m_teamMedian; }
    QList<double> teamP25() const { return m_teamP25; }
    QList<double> teamP75() const { return m_teamP75; }
    bool showsPublicReference() const { return m_publicReference; }

    // Without overlays only the bars are drawn (no mean, no team band, no reference): the Models tab's mix.
    void setOverlays(bool on) { m_overlays = on; }
    // Each day's bar as shares of 100 % instead of money.
    void setShares(bool on) { m_shares = on; }
    void setTitle(const QString &title) { m_title = title; }

    static constexpr MicroUsd kPublicReferenceMicros = 13 * kMicrosPerDollar;

private:
    void addOverlays(QChart *chart, const UsageSnapshot &snapshot, const QList<PeriodRow> &rows);
    void finish(QChart *chart, const QStringList &categories, qsizetype count);
    void describe(const QList<PeriodRow> &rows);

    QList<double> m_totals;
    QList<double> m_mean;
    QList<double> m_teamMedian;
    QList<double> m_teamP25;
    QList<double> m_teamP75;
    bool m_publicReference = false;
    bool m_overlays = true;
    bool m_shares = false;
    QString m_title;
};

} // namespace tokenwise
