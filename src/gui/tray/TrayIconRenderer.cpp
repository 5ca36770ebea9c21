// Tray icon drawing: a rounded tile, a fill rising with the level, the amount, and trouble marks.
#include "gui/tray/TrayIconRenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace tokenwise {

namespace {

void drawTile(QPainter &p, const TrayIconState &state, qreal size, const QColor &ink, bool mask)
{
    const QRectF tile(0, 0, size, size);
    const qreal radius = size * 0.2;
    QPainterPath rounded;
    rounded.addRoundedRect(tile, radius, radius);
    p.fillPath(rounded, mask ? QColor(0, 0, 0, 90) : QColor(0x1f, 0x29, 0x37));

    const double fill = levelFill(state.level);
    if (fill > 0) {
        const QRectF level(0, size * (1.0 - fill), size, size * fill);
        QPainterPath band;
        band.addRect(level);
        p.fillPath(rounded.intersected(band), mask ? QColor(0, 0, 0, 200) : levelColor(state.level));
    }
    if (state.level == SpendLevel::OverBudget) {
        // A notch at the top edge: "over budget" is a shape, readable without colour.
        QPainterPath notch;
        notch.moveTo(size * 0.35, 0);
        notch.lineTo(size * 0.65, 0);
        notch.lineTo(size * 0.5, size * 0.18);
        notch.closeSubpath();
        p.fillPath(notch, mask ? Qt::transparent : QColor(Qt::white));
    }

    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, int(size * 0.5)));
    QFontMetricsF metrics(font);
    // Shrink until the amount fits the tile with a small margin.
    while (font.pixelSize() > 5 && metrics.horizontalAdvance(state.amount) > size * 0.92) {
        font.setPixelSize(font.pixelSize() - 1);
        metrics = QFontMetricsF(font);
    }
    p.setFont(font);
    p.setPen(ink);
    p.drawText(tile, Qt::AlignCenter, state.amount);

    if (state.stale) {
        const qreal r = size * 0.16;
        p.setPen(QPen(mask ? QColor(Qt::black) : QColor(0xf5, 0x9e, 0x0b), size * 0.08));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(size - r - size * 0.04, r + size * 0.04), r, r);
    }
    if (state.demo) {
        QPen dashed(mask ? QColor(Qt::black) : QColor(0xfb, 0xbf, 0x24), size * 0.1);
        dashed.setDashPattern({1.5, 1.0});
        dashed.setCapStyle(Qt::FlatCap); // square caps would close the gaps
        p.setPen(dashed);
        p.setBrush(Qt::NoBrush);
        const qreal inset = size * 0.05;
        p.drawRoundedRect(tile.adjusted(inset, inset, -inset, -inset), radius, radius);
    }
    if (state.error) {
        QPainterPath corner;
        corner.moveTo(size, size * 0.55);
        corner.lineTo(size, size);
        corner.lineTo(size * 0.55, size);
        corner.closeSubpath();
        p.fillPath(corner.intersected(rounded), mask ? QColor(Qt::black) : QColor(0xdc, 0x26, 0x26));
    }
}

QImage render(const TrayIconState &state, int logicalSize, qreal dpr, bool mask)
{
    const int physical = qRound(logicalSize * dpr);
    QImage image(physical, physical, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (state.amount.isEmpty() && !mask) {
            QSvgRenderer svg(QStringLiteral(":/icons/tokenwise.svg"));
            svg.render(&p, QRectF(0, 0, physical, physical));
        } else {
            drawTile(p, state, physical, mask ? QColor(Qt::black) : QColor(Qt::white), mask);
        }
    }
    image.setDevicePixelRatio(dpr);
    return image;
}

} // namespace

double levelFill(SpendLevel level)
{
    switch (level) {
    case SpendLevel::Quiet:
        return 0.0;
    case SpendLevel::Normal:
        return 0.3;
    case SpendLevel::Elevated:
        return 0.55;
    case SpendLevel::High:
        return 0.8;
    case SpendLevel::OverBudget:
        return 1.0;
    }
    return 0.0;
}

QColor levelColor(SpendLevel level)
{
    switch (level) {
    case SpendLevel::Quiet:
    case SpendLevel::Normal:
        return QColor(0x15, 0x80, 0x3d);
    case SpendLevel::Elevated:
        return QColor(0xb4, 0x53, 0x09);
    case SpendLevel::High:
        return QColor(0xc2, 0x41, 0x0c);
    case SpendLevel::OverBudget:
        return QColor(0xb9, 0x1c, 0x1c);
    }
    return {};
}

QImage renderTrayIcon(const TrayIconState &state, int logicalSize, qreal devicePixelRatio)
{
    return render(state, logicalSize, devicePixelRatio, false);
}

QImage renderTrayMask(const TrayIconState &state, int logicalSize, qreal devicePixelRatio)
{
    return render(state, logicalSize, devicePixelRatio, true);
}

} // namespace tokenwise
