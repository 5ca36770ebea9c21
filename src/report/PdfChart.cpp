// Vector chart: QPainter rectangles and lines end up as PDF path operators, so it prints sharp at any size.
#include "report/PdfChart.h"

namespace tokenwise::report {

namespace {

constexpr double kHeight = 150;
constexpr double kAxisWidth = 52;
constexpr double kLabelHeight = 14;
constexpr double kTopRoom = 12;
constexpr double kLegendHeight = 16;
const QColor kGrid(0xe1, 0xe4, 0xe8);
const QColor kAxis(0x8c, 0x95, 0x9f);
const QColor kMuted(0x57, 0x60, 0x6a);
const QColor kInk(0x1f, 0x23, 0x28);

} // namespace

void drawDailyChart(PdfCanvas &canvas, const DailyChart &chart)
{
    canvas.ensureSpace(kHeight + kLegendHeight + 6);
    QPainter &p = canvas.painter();
    const double top = canvas.y() + kTopRoom;
    const double plotLeft = kAxisWidth;
    const double plotWidth = canvas.width() - kAxisWidth;
    const double plotHeight = kHeight - kTopRoom - kLabelHeight;
    const double bottom = top + plotHeight;
    const QFont small = canvas.font(7);

    for (qsizetype i = 0; i < chart.ticks.size(); ++i) {
        const double y = bottom - plotHeight * chart.fraction(chart.ticks.at(i));
        p.setPen(QPen(i == 0 ? kAxis : kGrid, i == 0 ? 0.8 : 0.5));
        p.drawLine(QPointF(plotLeft, y), QPointF(plotLeft + plotWidth, y));
        canvas.text(QRectF(0, y - 6, kAxisWidth - 5, 12), chart.tickLabels.value(i), small, kMuted,
                    Qt::AlignRight | Qt::AlignVCenter);
    }
    const double slot = plotWidth / double(std::max<qsizetype>(1, chart.bars.size()));
    const double barWidth = slot * 0.56;
    for (qsizetype d = 0; d < chart.bars.size(); ++d) {
        const ChartBar &bar = chart.bars.at(d);
        const double x = plotLeft + slot * double(d) + (slot - barWidth) / 2;
        double base = bottom;
        for (qsizetype i = 0; i < bar.values.size(); ++i) {
            const double h = plotHeight * chart.fraction(bar.values.at(i));
            if (h <= 0)
                continue;
            base -= h;
            p.fillRect(QRectF(x, base, barWidth, h), chart.series.at(i).color);
        }
        if (bar.total > 0)
            canvas.text(QRectF(x - slot / 2, base - 12, barWidth + slot, 11), bar.totalLabel, small, kInk,
                        Qt::AlignHCenter | Qt::AlignBottom);
        canvas.text(QRectF(x - slot / 4, bottom + 2, barWidth + slot / 2, kLabelHeight - 2), bar.label, small,
                    kMuted, Qt::AlignHCenter | Qt::AlignTop);
    }
    canvas.advance(kHeight);

    const QFont legendFont = canvas.font(8);
    double x = plotLeft;
    const double y = canvas.y() + 2;
    for (const ChartSeries &series : chart.series) {
        p.fillRect(QRectF(x, y + 3, 8, 8), series.color);
        const double w = canvas.textWidth(legendFont, series.label);
        canvas.text(QRectF(x + 12, y, w + 2, 14), series.label, legendFont, kMuted);
        x += 12 + w + 18;
    }
    canvas.advance(kLegendHeight + 6);
}

} // namespace tokenwise::report
