// PDF layout: title, sections of paragraphs and tables that break across pages with their headers repeated.
#include "report/PdfRenderer.h"

#include "core/TrContext.h"
#include "report/PdfCanvas.h"
#include "report/PdfChart.h"
#include "report/SummaryFormat.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>

TOKENWISE_TR_CONTEXT(WeeklySummary)

namespace tokenwise::report {

namespace {

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x57, 0x60, 0x6a);
const QColor kRule(0xd0, 0xd7, 0xde);
const QColor kHeaderFill(0xf6, 0xf8, 0xfa);
constexpr double kCellPad = 4;
constexpr double kRowPad = 3;
constexpr double kTableFont = 8;

QList<double> columnWidths(PdfCanvas &canvas, const DocTable &t, const QFont &bold)
{
    const qsizetype n = t.headers.size();
    QList<double> natural(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        natural[i] = canvas.textWidth(bold, t.headers.at(i));
        for (const QStringList &row : t.rows)
            natural[i] = std::max(natural[i], canvas.textWidth(bold, row.value(i)));
        // A point of slack: a cell measured exactly to its text's advance is elided by rounding ("$8.…").
        natural[i] += 2 * kCellPad + 1;
    }
    // Numbers keep their natural width; text columns share what is left (and are elided if need be).
    double fixed = 0;
    double flexible = 0;
    for (qsizetype i = 0; i < n; ++i)
        (t.numeric.value(i) ? fixed : flexible) += natural[i];
    const double room = canvas.width() - fixed;
    QList<double> widths = natural;
    if (flexible <= 0)
        return widths;
    if (flexible <= room) {
        // Spare width goes to the text columns, so every table spans the page.
        for (qsizetype i = 0; i < n; ++i) {
            if (!t.numeric.value(i))
                widths[i] = natural[i] * room / flexible;
        }
        return widths;
    }
    // Too wide: cap the widest text columns at one width, as high as still fits (titles keep the most).
    QList<double> text;
    for (qsizetype i = 0; i < n; ++i) {
        if (!t.numeric.value(i))
            text << natural[i];
    }
    std::sort(text.begin(), text.end());
    double cap = room / double(text.size());
    double below = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const double candidate = (room - below) / double(text.size() - k);
        if (text.at(k) > candidate) {
            cap = candidate;
            break;
        }
        below += text.at(k);
        cap = text.at(k);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!t.numeric.value(i))
            widths[i] = std::min(natural[i], cap);
    }
    return widths;
}

// Text cells wrap onto a second line before they are elided; numbers stay on the first line.
void drawRow(PdfCanvas &canvas, const QStringList &cells, const DocTable &t, const QList<double> &widths,
             const QFont &font, const QColor &fill)
{
    const double line = canvas.lineHeight(font);
    QList<QStringList> lines;
    qsizetype rowLines = 1;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const double inner = widths.at(i) - 2 * kCellPad;
        lines << (t.numeric.value(i) ? QStringList {cells.value(i)}
                                     : canvas.wrapped(cells.value(i), font, inner, 2));
        rowLines = std::max(rowLines, lines.constLast().size());
    }
    const double height = line * double(rowLines) + 2 * kRowPad;
    const double before = canvas.y();
    canvas.ensureSpace(height);
    if (canvas.y() < before && &cells != &t.headers) // continued on a new page: repeat the header
        drawRow(canvas, t.headers, t, widths, canvas.font(font.pointSizeF(), true), kHeaderFill);
    QPainter &p = canvas.painter();
    if (fill.isValid())
        p.fillRect(QRectF(0, canvas.y(), canvas.width(), height), fill);
    double x = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const Qt::Alignment align = (t.numeric.value(i) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        double y = canvas.y() + kRowPad;
        for (const QString &text : lines.at(i)) {
            canvas.text(QRectF(x + kCellPad, y, widths.at(i) - 2 * kCellPad, line), text, font, kInk, align);
            y += line;
        }
        x += widths.at(i);
    }
    p.setPen(QPen(kRule, 0.5));
    p.drawLine(QPointF(0, canvas.y() + height), QPointF(canvas.width(), canvas.y() + height));
    canvas.advance(height);
}

void drawTable(PdfCanvas &canvas, const DocTable &t)
{
    // Wide tables (the top tasks) get a size smaller type so titles keep room.
    const double size = t.headers.size() > 8 ? kTableFont - 1 : kTableFont;
    const QFont body = canvas.font(size);
    const QFont bold = canvas.font(size, true);
    const QList<double> widths = columnWidths(canvas, t, bold);
    // The header and the first rows stay together.
    const double row = canvas.lineHeight(body) + 2 * kRowPad;
    canvas.ensureSpace(row * double(std::min<qsizetype>(3, t.rows.size() + 1)));
    drawRow(canvas, t.headers, t, widths, bold, kHeaderFill);
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const bool total = t.lastRowIsTotal && r == t.rows.size() - 1;
        if (total) {
            canvas.ensureSpace(row);
            canvas.painter().setPen(QPen(QColor(0x8c, 0x95, 0x9f), 1));
            canvas.painter().drawLine(QPointF(0, canvas.y()), QPointF(canvas.width(), canvas.y()));
        }
        drawRow(canvas, t.rows.at(r), t, widths, total ? bold : body, QColor());
    }
    canvas.advance(6);
}

void drawSection(PdfCanvas &canvas, const DocSection &section, const SummaryDocument &doc)
{
    const QFont heading = canvas.font(12, true);
    // A heading never ends a page on its own.
    canvas.ensureSpace(canvas.lineHeight(heading) + 60);
    canvas.advance(8);
    canvas.paragraph(section.title, heading, kInk);
    canvas.painter().setPen(QPen(kRule, 0.8));
    canvas.painter().drawLine(QPointF(0, canvas.y() + 1), QPointF(canvas.width(), canvas.y() + 1));
    canvas.advance(5);
    for (const DocBlock &block : section.blocks) {
        switch (block.kind) {
        case DocBlock::Kind::Paragraph:
            canvas.paragraph(block.text, canvas.font(9), kInk);
            canvas.advance(3);
            break;
        case DocBlock::Kind::Note:
            canvas.paragraph(block.text, canvas.font(7), kMuted);
            canvas.advance(3);
            break;
        case DocBlock::Kind::Table:
            drawTable(canvas, block.table);
            break;
        case DocBlock::Kind::Chart:
            drawDailyChart(canvas, doc.chart);
            break;
        }
    }
}

} // namespace

Result<QByteArray> renderPdf(const SummaryDocument &doc)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            summaryTr("PDF export needs the Qt GUI module to be initialised."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("Tokenwise ") + QStringLiteral(TOKENWISE_VERSION));
        writer.setPageLayout(QPageLayout(QPageSize(doc.letterPaper ? QPageSize::Letter : QPageSize::A4),
                                         QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                                         QPageLayout::Millimeter));
        PdfCanvas canvas(writer, {doc.footer, doc.demo ? doc.demoBanner : QString()});
        if (!canvas.isActive())
            return Result<QByteArray>::failure(summaryTr("Could not start the PDF writer."));
        canvas.paragraph(doc.title, canvas.font(18, true), kInk);
        canvas.advance(2);
        canvas.paragraph(doc.subtitle, canvas.font(9), kMuted);
        canvas.advance(4);
        for (const DocSection &section : doc.sections)
            drawSection(canvas, section, doc);
        canvas.finish();
    }
    return bytes;
}

} // namespace tokenwise::report
