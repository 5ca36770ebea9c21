// A flowing page canvas over QPdfWriter: a cursor that breaks pages, with the header, footer and demo
// mark repeated on every page. Units are points (1/72 in) whatever the writer's resolution; fonts are
// described in points too and only turned into device pixels to measure and draw text.
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>

namespace tokenwise::report {

class PdfCanvas
{
public:
    struct Page
    {
        QString footer;
        QString demoMark; // empty: not demo
    };

    PdfCanvas(QPdfWriter &writer, Page page);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas &) = delete;
    PdfCanvas &operator=(const PdfCanvas &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }

    double width() const { return m_width; }
    double y() const { return m_y; }
    void advance(double points) { m_y += points; }
    // Starts a new page unless `points` still fit below the cursor.
    void ensureSpace(double points);
    void newPage();
    void finish();

    QFont font(double pointSize, bool bold = false) const;
    double lineHeight(const QFont &font) const;
    double textWidth(const QFont &font, const QString &text) const;
    // Word-wrapped into at most `maxLines` lines of `width`; the last line elided if text is left over.
    QStringList wrapped(const QString &text, const QFont &font, double width, int maxLines) const;
    // Wrapped text across the full width; returns the height used.
    double paragraph(const QString &text, const QFont &font, const QColor &color);
    // One line of text in `rect`, elided to fit.
    void text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
              Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);

    // Device units per point: the painter is scaled by this so every coordinate is in points.
    double scale() const { return m_scale; }

private:
    void decoratePage();
    // The same font at the writer's pixel size: text is laid out and measured at the size it is drawn,
    // so wrapping and right alignment match the PDF exactly.
    QFont deviceFont(const QFont &font) const;

    QPdfWriter &m_writer;
    QPainter m_painter;
    Page m_page;
    double m_scale = 1.0;
    double m_width = 0;
    double m_height = 0;
    double m_top = 0; // where content starts below the page header
    double m_bottom = 0; // where content must end above the footer
    double m_y = 0;
    int m_pageNumber = 1;
};

} // namespace tokenwise::report
