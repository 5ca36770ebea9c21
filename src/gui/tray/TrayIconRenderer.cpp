// Tray icon rendering from the bundled SVG.
#include "gui/tray/TrayIconRenderer.h"

#include <QPainter>
#include <QSvgRenderer>

namespace tokenwise {

QImage renderTrayIcon(const TrayIconState &state, int logicalSize, qreal devicePixelRatio)
{
    const int physical = qRound(logicalSize * devicePixelRatio);
    QImage image(physical, physical, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer svg(QStringLiteral(":/icons/tokenwise.svg"));
        svg.render(&painter, QRectF(0, 0, physical, physical));
        if (state.stale) {
            const qreal r = physical * 0.22;
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xf5, 0x9e, 0x0b));
            painter.drawEllipse(QPointF(physical - r, r), r, r);
        }
    }
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

} // namespace tokenwise
