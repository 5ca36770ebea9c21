// The 15-minute widget.
#include "gui/widget/SpendWidget.h"

#include "gui/DisplayMoney.h"
#include "gui/tray/TrayText.h"
#include "gui/widget/Sparkline.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QVBoxLayout>

namespace tokenwise {

SpendWidget::SpendWidget(QSettings *placement, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_placement(placement)
    , m_clock(clock)
    , m_demo(new QLabel(tr("DEMO DATA"), this))
    , m_today(new QLabel(this))
    , m_week(new QLabel(this))
    , m_team(new QLabel(this))
    , m_sparkline(new Sparkline(this))
    , m_updated(new QLabel(this))
{
    setObjectName(QStringLiteral("SpendWidget"));
    setWindowTitle(tr("Tokenwise — today"));
    setAccessibleName(tr("Tokenwise spend widget"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setToolTip(tr("Click to refresh, double-click for the dashboard, drag to move, Esc to hide"));
    QFont big = m_today->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_today->setFont(big);
    m_demo->setStyleSheet(QStringLiteral("color:#92400e;font-weight:bold;"));
    m_demo->hide();
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_week->setWordWrap(true);
    m_team->setWordWrap(true);
    m_team->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_demo);
    layout->addWidget(m_today);
    layout->addWidget(m_week);
    layout->addWidget(m_team);
    layout->addWidget(m_sparkline);
    layout->addWidget(m_updated);
    setFixedWidth(250);

    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_timer.setInterval(15 * 60'000);
    connect(&m_timer, &QTimer::timeout, this, &SpendWidget::refreshRequested);
}

void SpendWidget::setSnapshot(const UsageSnapshot &snapshot)
{
    m_demo->setVisible(snapshot.demo);
    m_today->setText(tr("Today %1").arg(formatMoney(snapshot.today)));
    const QStringList bases
        = snapshot.days.isEmpty() ? snapshot.rangeTotals.bases : snapshot.days.constLast().totals.bases;
    m_today->setToolTip(basisToolTip(bases, snapshot.priceVersion));
    m_week->setToolTip(basisToolTip(snapshot.rangeTotals.bases, snapshot.priceVersion));
    m_week->setText(tr("Week %1 · %2")
                        .arg(formatMoney(snapshot.weekToDate),
                             paceWords(snapshot.weekToDate, snapshot.typicalWeekToDate)));
    const TeamPosition team = snapshot.teamWeekToDate.position;
    m_team->setText(team == TeamPosition::Unknown ? QString() : tr("Team: %1").arg(teamPositionWords(team)));
    m_team->setVisible(team != TeamPosition::Unknown);
    m_sparkline->setValues(snapshot.last24Hours);
    m_updated->setText(
        tr("updated %1").arg(m_clock.nowUtc().toTimeZone(snapshot.zone).toString(QStringLiteral("HH:mm"))));
    QStringList description {m_today->text(), m_week->text()};
    if (!m_team->text().isEmpty())
        description << m_team->text();
    description << m_updated->text();
    setAccessibleDescription(description.join(QStringLiteral(", ")));
}

void SpendWidget::setRefreshMinutes(int minutes)
{
    m_timer.setInterval(std::clamp(minutes, 5, 60) * 60'000);
}

QString SpendWidget::todayText() const
{
    return m_today->text();
}

QString SpendWidget::weekText() const
{
    return m_week->text();
}

QString SpendWidget::teamText() const
{
    return m_team->text();
}

QString SpendWidget::updatedText() const
{
    return m_updated->text();
}

QString SpendWidget::placementKey() const
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    return QStringLiteral("widget/position/") + (screen ? screen->name() : QStringLiteral("default"));
}

void SpendWidget::restorePlacement()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QPoint position
        = screen ? screen->availableGeometry().topRight() + QPoint(-width() - 24, 24) : QPoint(40, 40);
    if (m_placement && m_placement->contains(placementKey()))
        position = m_placement->value(placementKey()).toPoint();
    move(position);
}

void SpendWidget::savePlacement()
{
    if (m_placement)
        m_placement->setValue(placementKey(), pos());
}

void SpendWidget::showEvent(QShowEvent *event)
{
    restorePlacement();
    m_timer.start();
    QWidget::showEvent(event);
}

void SpendWidget::hideEvent(QHideEvent *event)
{
    m_timer.stop(); // hidden: no wake-ups
    QWidget::hideEvent(event);
}

void SpendWidget::closeEvent(QCloseEvent *event)
{
    savePlacement();
    hide(); // closes to the tray
    event->ignore();
    emit closedByUser();
}

void SpendWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit refreshRequested();
        return;
    case Qt::Key_D:
        emit openDashboardRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void SpendWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_moved = false;
        m_dragOffset = event->globalPosition().toPoint() - frameGeometry().topLeft();
    }
}

void SpendWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        move(event->globalPosition().toPoint() - m_dragOffset);
        m_moved = true;
    }
}

void SpendWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    if (m_moved)
        savePlacement();
    else
        emit refreshRequested(); // a click without a drag refreshes
}

void SpendWidget::mouseDoubleClickEvent(QMouseEvent *)
{
    emit openDashboardRequested();
}

} // namespace tokenwise
