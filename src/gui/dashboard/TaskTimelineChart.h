// A task's cost over time in the task detail pane: stacked bars per hour or day, one set per model.
#pragma once

#include "app/usage/TaskTimeline.h"

#include <QChartView>

namespace tokenwise {

class TaskTimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit TaskTimelineChart(QWidget *parent = nullptr);

    void setTimeline(const TaskTimeline &timeline, const QTimeZone &zone);
    const TaskTimeline &timeline() const { return m_timeline; }

private:
    TaskTimeline m_timeline;
};

} // namespace tokenwise
