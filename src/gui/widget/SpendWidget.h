// The 15-minute widget: a small always-on-top window with today's spend and your pace.
#pragma once

#include "app/usage/UsageSnapshot.h"
#include "core/Clock.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QSettings;

namespace tokenwise {

class Sparkline;

class SpendWidget : public QWidget
{
    Q_OBJECT
public:
    // `placement` remembers where the widget sat on each screen (it may be null in tests).
    explicit SpendWidget(QSettings *placement, const Clock &clock = SystemClock::instance(),
                         QWidget *parent = nullptr);

    void setSnapshot(const UsageSnapshot &snapshot);
    // 5–60 minutes; the widget asks for fresh data on this cadence while it is shown, never while hidden.
    void setRefreshMinutes(int minutes);
    int refreshMinutes() const { return int(m_timer.interval() / 60'000); }
    bool isRefreshScheduled() const { return m_timer.isActive(); }

    QString todayText() const;
    QString weekText() const;
    QString teamText() const; // empty when no team band covers this week
    QString updatedText() const;
    Sparkline *sparkline() const { return m_sparkline; }

signals:
    void refreshRequested();
    void openDashboardRequested();
    void closedByUser();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QString placementKey() const;
    void restorePlacement();
    void savePlacement();

    QSettings *m_placement;
    const Clock &m_clock;
    QTimer m_timer;
    QLabel *m_demo;
    QLabel *m_today;
    QLabel *m_week;
    QLabel *m_team;
    Sparkline *m_sparkline;
    QLabel *m_updated;
    QPoint m_dragOffset;
    bool m_dragging = false;
    bool m_moved = false;
};

} // namespace tokenwise
