// Page flow for the PDF: fonts are sized in device pixels of the scaled painter, so text metrics and
// geometry share one unit (points) and glyphs stay real, selectable text.
#include "report/PdfCanvas.h"

#include "core/TrContext.h"
#include "report/SummaryFormat.h"

#include <QFontMetricsF>

TOKENWISE_TR_CONTEXT(WeeklySummary)

namespace tokenwise::report {

namespace {

const QColor kMuted(0x57, 0x60, 0x6a);
const QColor kDemoFill(0xff, 0xf4, 0xce);
const QColor kDemoText(0x7d, 0x4e, 0x00);
constexpr double kFooterSpace = 22;
constexpr double kDemoSpace = 24;

} // namespace

PdfCanvas::PdfCanvas(QPdfWriter &writer, Page page) : m_writer(writer), m_page(std::move(page))
{
    if (!m_painter.begin(&m_writer))
        return;
    m_scale = double(m_writer.resolution()) / 72.0;
    m_painter.scale(m_scale, m_scale);
    m_painter.setRenderHint(QPainter::Antialiasing);
    const QRectF paint = m_writer.pageLayout().paintRect(QPageLayout::Point);
    m_width = paint.width();
    m_height = paint.height();
    decoratePage();
}

PdfCanvas::~PdfCanvas()
{
    finish();
}

void PdfCanvas::finish()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont PdfCanvas::font(double pointSize, bool bold) const
{
    QFont f;
    f.setStyleHint(QFont::SansSerif);
    f.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QFont PdfCanvas::deviceFont(const QFont &f) const
{
    QFont d(f);
    d.setPixelSize(qMax(1, qRound(f.pointSizeF() * m_scale)));
    d.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing makes Qt shape without ligatures: copied text then reads "fi", not U+FB01.
    d.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return d;
}

double PdfCanvas::lineHeight(const QFont &f) const
{
    return QFontMetricsF(deviceFont(f)).height() / m_scale;
}

double PdfCanvas::textWidth(const QFont &f, const QString &text) const
{
    return QFontMetricsF(deviceFont(f)).horizontalAdvance(text) / m_scale;
}

QStringList PdfCanvas::wrapped(const QString &text, const QFont &f, double width, int maxLines) const
{
    const QFontMetricsF metrics(deviceFont(f));
    const double deviceWidth = width * m_scale;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words.at(i) : line + QLatin1Char(' ') + words.at(i);
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= deviceWidth) {
            line = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines)
            break;
        lines << line;
        line = words.at(i);
    }
    if (i < words.size()) // text left over: the last line takes it, elided
        line = QStringList(words.mid(i)).join(QLatin1Char(' ')).prepend(line + QLatin1Char(' '));
    lines << line;
    for (QString &l : lines)
        l = metrics.elidedText(l, Qt::ElideRight, deviceWidth);
    return lines;
}

void PdfCanvas::ensureSpace(double points)
{
    if (m_y + points > m_bottom)
        newPage();
}

void PdfCanvas::newPage()
{
    m_writer.newPage();
    ++m_pageNumber;
    decoratePage();
}

double PdfCanvas::paragraph(const QString &text, const QFont &f, const QColor &color)
{
    const QStringList lines = wrapped(text, f, m_width, 1000);
    const double line = lineHeight(f);
    ensureSpace(line * double(lines.size()));
    for (const QString &l : lines) {
        ensureSpace(line);
        this->text(QRectF(0, m_y, m_width, line), l, f, color);
        m_y += line;
    }
    return line * double(lines.size());
}

void PdfCanvas::text(const QRectF &rect, const QString &text, const QFont &f, const QColor &color,
                     Qt::Alignment alignment)
{
    const QFont device = deviceFont(f);
    const QRectF deviceRect(rect.x() * m_scale, rect.y() * m_scale, rect.width() * m_scale,
                            rect.height() * m_scale);
    m_painter.save();
    m_painter.resetTransform();
    m_painter.setFont(device);
    m_painter.setPen(color);
    const QString fitted = QFontMetricsF(device).elidedText(text, Qt::ElideRight, deviceRect.width());
    m_painter.drawText(deviceRect, int(alignment) | Qt::TextSingleLine | Qt::TextDontClip, fitted);
    m_painter.restore();
}

void PdfCanvas::decoratePage()
{
    m_top = 0;
    if (!m_page.demoMark.isEmpty()) {
        const QRectF band(0, 0, m_width, kDemoSpace - 8);
        m_painter.fillRect(band, kDemoFill);
        text(band.adjusted(8, 0, -8, 0), m_page.demoMark, font(9, true), kDemoText, Qt::AlignCenter);
        m_top = kDemoSpace;
    }
    const QFont small = font(7.5);
    const double footerY = m_height - lineHeight(small);
    m_painter.setPen(QPen(QColor(0xd0, 0xd7, 0xde), 0.5));
    m_painter.drawLine(QPointF(0, footerY - 4), QPointF(m_width, footerY - 4));
    QString left = m_page.footer;
    if (!m_page.demoMark.isEmpty())
        left = summaryTr("DEMO DATA") + QStringLiteral(" · ") + left;
    const QString right = summaryTr("Page %1").arg(m_pageNumber);
    text(QRectF(0, footerY, m_width, lineHeight(small)), left, small, kMuted);
    text(QRectF(0, footerY, m_width, lineHeight(small)), right, small, kMuted,
         Qt::AlignRight | Qt::AlignVCenter);
    m_bottom = m_height - kFooterSpace;
    m_y = m_top;
}

} // namespace tokenwise::report
