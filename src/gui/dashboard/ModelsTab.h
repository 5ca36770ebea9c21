// Models: where the money went by model, how well the cache worked, and what a cheaper sibling would cost.
#pragma once

#include "app/usage/UsageSnapshot.h"

#include <QWidget>

class QTableWidget;
class QLabel;

namespace tokenwise {

class SpendChart;

class ModelsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ModelsTab(QWidget *parent = nullptr);

    void setSnapshot(const UsageSnapshot &snapshot);
    QTableWidget *table() const { return m_table; }
    SpendChart *mixChart() const { return m_mix; }

private:
    SpendChart *m_mix;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace tokenwise
