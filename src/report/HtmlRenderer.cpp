// HTML output: XML-escaped text only, no scripts, no external fonts or images, an SVG chart drawn inline.
#include "report/HtmlRenderer.h"

namespace tokenwise::report {

namespace {

// Text and attribute values: XML-escaped, and characters XML 1.0 forbids dropped.
QString esc(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n')
            clean += c;
    }
    return clean.toHtmlEscaped();
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

QString style(bool letter)
{
    return QStringLiteral(R"(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1f2328;
  max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
.subtitle { color: #57606a; margin: 0 0 1rem; }
.demo { background: #fff4ce; border: 1px solid #d4a72c; padding: .5rem .8rem; font-weight: 600; margin: .8rem 0; }
.demo-mark { display: none; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-size: .9rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 600; border-top: 2px solid #8c959f; }
p { margin: .4rem 0; }
.note { color: #57606a; font-size: .85rem; }
figure { margin: .4rem 0; }
svg { max-width: 100%; height: auto; }
.legend { font-size: .85rem; color: #57606a; }
.legend span { margin-right: 1.2rem; white-space: nowrap; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; vertical-align: -.05em; }
#tasks td:nth-child(2) { min-width: 11em; }
footer { margin-top: 2rem; color: #57606a; font-size: .8rem; border-top: 1px solid #d0d7de; padding-top: .5rem; }
@page { size: %1; margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-inside: avoid; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  #tasks table { font-size: 8.5pt; }
  .demo-mark { display: block; position: fixed; top: 0; right: 0; font-weight: 700; color: #9a6700; font-size: 8pt; }
}
)")
        .arg(letter ? QStringLiteral("letter") : QStringLiteral("A4"));
}

QString svgChart(const SummaryDocument &doc)
{
    const DailyChart &chart = doc.chart;
    constexpr double width = 640, height = 240, left = 64, right = 8, top = 18, bottom = 26;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    const double slot = plotWidth / double(std::max<qsizetype>(1, chart.bars.size()));
    const double barWidth = slot * 0.6;
    QString svg
        = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
                         "height=\"%2\" role=\"img\" aria-label=\"%3\" font-size=\"11\">\n")
              .arg(num(width), num(height), esc(doc.chartDescription));
    svg += QStringLiteral("<title>%1</title>\n").arg(esc(doc.chartDescription));
    for (qsizetype i = 0; i < chart.ticks.size(); ++i) {
        const double y = top + plotHeight * (1.0 - chart.fraction(chart.ticks.at(i)));
        svg += QStringLiteral(
                   "<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"1\"/>\n")
                   .arg(num(left), num(y), num(width - right),
                        i == 0 ? QStringLiteral("#8c959f") : QStringLiteral("#e1e4e8"));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#57606a\">%3</text>\n")
                   .arg(num(left - 6), num(y + 4), esc(chart.tickLabels.value(i)));
    }
    for (qsizetype d = 0; d < chart.bars.size(); ++d) {
        const ChartBar &bar = chart.bars.at(d);
        const double x = left + slot * double(d) + (slot - barWidth) / 2;
        double base = top + plotHeight;
        for (qsizetype i = 0; i < bar.values.size(); ++i) {
            const double h = plotHeight * chart.fraction(bar.values.at(i));
            if (h <= 0)
                continue;
            base -= h;
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6: "
                                  "%7</title></rect>\n")
                       .arg(num(x), num(base), num(barWidth), num(h), chart.series.at(i).color.name(),
                            esc(chart.series.at(i).label), esc(bar.label));
        }
        if (bar.total > 0) {
            svg += QStringLiteral(
                       "<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#1f2328\">%3</text>\n")
                       .arg(num(x + barWidth / 2), num(base - 4), esc(bar.totalLabel));
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#57606a\">%3</text>\n")
                   .arg(num(x + barWidth / 2), num(height - 8), esc(bar.label));
    }
    svg += QStringLiteral("</svg>\n");
    QString legend = QStringLiteral("<figcaption class=\"legend\">");
    for (const ChartSeries &series : chart.series) {
        legend += QStringLiteral("<span><span class=\"swatch\" style=\"background:%1\"></span>%2</span>")
                      .arg(series.color.name(), esc(series.label));
    }
    legend += QStringLiteral("</figcaption>\n");
    return QStringLiteral("<figure>\n") + svg + legend + QStringLiteral("</figure>\n");
}

QString tableHtml(const DocTable &t)
{
    auto cls = [&](qsizetype column) {
        return t.numeric.value(column) ? QStringLiteral(" class=\"num\"") : QString();
    };
    QString html = QStringLiteral("<table>\n<thead><tr>");
    for (qsizetype i = 0; i < t.headers.size(); ++i)
        html += QStringLiteral("<th%1>%2</th>").arg(cls(i), esc(t.headers.at(i)));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const bool total = t.lastRowIsTotal && r == t.rows.size() - 1;
        html += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        const QStringList &row = t.rows.at(r);
        for (qsizetype i = 0; i < row.size(); ++i)
            html += QStringLiteral("<td%1>%2</td>").arg(cls(i), esc(row.at(i)));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody>\n</table>\n");
}

} // namespace

QByteArray renderHtml(const SummaryDocument &doc)
{
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n"
                         "<head>\n<meta charset=\"utf-8\"/>\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                         "<meta name=\"generator\" content=\"Tokenwise %2\"/>\n<title>%3</title>\n"
                         "<style>%4</style>\n</head>\n<body>\n")
              .arg(esc(doc.languageTag), QStringLiteral(TOKENWISE_VERSION), esc(doc.title),
                   style(doc.letterPaper));
    if (doc.demo) {
        html += QStringLiteral("<div class=\"demo-mark\" aria-hidden=\"true\">%1</div>\n")
                    .arg(esc(doc.demoBanner));
        html += QStringLiteral("<p class=\"demo\" role=\"note\">%1</p>\n").arg(esc(doc.demoBanner));
    }
    html += QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n</header>\n")
                .arg(esc(doc.title), esc(doc.subtitle));
    for (const DocSection &section : doc.sections) {
        html += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n").arg(esc(section.id), esc(section.title));
        for (const DocBlock &block : section.blocks) {
            switch (block.kind) {
            case DocBlock::Kind::Paragraph:
                html += QStringLiteral("<p>%1</p>\n").arg(esc(block.text));
                break;
            case DocBlock::Kind::Note:
                html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(block.text));
                break;
            case DocBlock::Kind::Table:
                html += tableHtml(block.table);
                break;
            case DocBlock::Kind::Chart:
                html += svgChart(doc);
                break;
            }
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n").arg(esc(doc.footer));
    return html.toUtf8();
}

} // namespace tokenwise::report
