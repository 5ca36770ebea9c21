// Overview: headline cards and daily spend against your own habit and a labelled reference.
#pragma once

#include "app/usage/UsageSnapshot.h"
#include "gui/dashboard/SpendChart.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace tokenwise {

class SummaryCard;

class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void setSnapshot(const UsageSnapshot &snapshot);
    int rangeDays() const; // 0: the custom range
    void setCustomRange(const QDate &from, const QDate &to);
    SpendChart *chart() const { return m_chart; }
    SummaryCard *todayCard() const { return m_today; }
    SummaryCard *weekCard() const { return m_week; }
    SummaryCard *monthCard() const { return m_month; }
    SummaryCard *teamCard() const { return m_team; }

private:
    void redraw();

    UsageSnapshot m_snapshot;
    SummaryCard *m_today;
    SummaryCard *m_week;
    SummaryCard *m_month;
    SummaryCard *m_team;
    QComboBox *m_range;
    QComboBox *m_stack;
    QDateEdit *m_from;
    QDateEdit *m_to;
    SpendChart *m_chart;
};

} // namespace tokenwise
