// Sparkline drawing.
#include "gui/widget/Sparkline.h"

#include "gui/DisplayMoney.h"

#include <QPainter>
#include <QPainterPath>

namespace tokenwise {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Spend over the last 24 hours"));
    setMinimumHeight(28);
}

void Sparkline::setValues(const QList<MicroUsd> &values)
{
    m_values = values;
    MicroUsd total = 0;
    for (MicroUsd v : values)
        total += v;
    setAccessibleDescription(tr("%1 in the last 24 hours").arg(formatMoney(total)));
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.size() < 2)
        return;
    const MicroUsd top = std::max<MicroUsd>(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    QPainterPath line;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QPointF point(area.left() + area.width() * double(i) / double(m_values.size() - 1),
                            area.bottom() - area.height() * double(m_values.at(i)) / double(top));
        i ? line.lineTo(point) : line.moveTo(point);
    }
    QPainterPath fill = line;
    fill.lineTo(area.bottomRight());
    fill.lineTo(area.bottomLeft());
    QColor accent = palette().color(QPalette::Highlight);
    accent.setAlpha(60);
    p.fillPath(fill, accent);
    accent.setAlpha(255);
    p.setPen(QPen(accent, 1.5));
    p.drawPath(line);
}

} // namespace tokenwise
