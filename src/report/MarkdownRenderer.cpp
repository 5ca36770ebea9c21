// Markdown output: UTF-8, LF line ends, cells escaped so a task title can never break a table.
#include "report/MarkdownRenderer.h"

#include "report/SummaryFormat.h"

namespace tokenwise::report {

namespace {

constexpr int kBarWidth = 32; // characters for the largest axis value

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += QLatin1Char(' ');
            continue;
        }
        if (QStringView(u"\\`*_[]<>|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString tableText(const DocTable &t)
{
    auto line = [](const QStringList &cells) {
        QString text = QStringLiteral("| ");
        text += cells.join(QStringLiteral(" | "));
        text += QStringLiteral(" |\n");
        return text;
    };
    QStringList header;
    QStringList rule;
    for (qsizetype i = 0; i < t.headers.size(); ++i) {
        header << escaped(t.headers.at(i));
        rule << (t.numeric.value(i) ? QStringLiteral("--:") : QStringLiteral("---"));
    }
    QString text = line(header);
    text += QLatin1Char('|') + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const bool total = t.lastRowIsTotal && r == t.rows.size() - 1;
        QStringList cells;
        for (const QString &cell : t.rows.at(r)) {
            const QString e = escaped(cell);
            cells << (total && !e.isEmpty() ? QStringLiteral("**") + e + QStringLiteral("**") : e);
        }
        text += line(cells);
    }
    return text;
}

// One row per day: each series drawn with its own shade, so the stack survives a monochrome page.
QString chartText(const SummaryDocument &doc)
{
    static const QString shades[]
        = {QStringLiteral("█"), QStringLiteral("▓"), QStringLiteral("▒"), QStringLiteral("░")};
    const DailyChart &chart = doc.chart;
    qsizetype labelWidth = 0;
    for (const ChartBar &bar : chart.bars)
        labelWidth = std::max(labelWidth, bar.label.size());
    QString text = QStringLiteral("```text\n");
    for (const ChartBar &bar : chart.bars) {
        QString row = bar.label.leftJustified(labelWidth) + QLatin1Char(' ');
        // Cumulative rounding keeps the stacked length equal to the rounded total.
        MicroUsd running = 0;
        qint64 drawn = 0;
        for (qsizetype i = 0; i < bar.values.size(); ++i) {
            running += bar.values.at(i);
            const qint64 upTo = qint64(chart.fraction(running) * kBarWidth + 0.5);
            row += shades[i % 4].repeated(upTo - drawn);
            drawn = upTo;
        }
        if (bar.total > 0 && drawn == 0)
            row += QStringLiteral("▏");
        text += row.trimmed() + QLatin1Char('\n');
    }
    QStringList legend;
    for (qsizetype i = 0; i < chart.series.size(); ++i)
        legend << shades[i % 4] + QLatin1Char(' ') + chart.series.at(i).label;
    text += legend.join(QStringLiteral("   ")) + QStringLiteral("\n```\n");
    return text;
}

} // namespace

QByteArray renderMarkdown(const SummaryDocument &doc)
{
    QString text = QStringLiteral("# ") + escaped(doc.title) + QStringLiteral("\n\n");
    if (doc.demo)
        text += QStringLiteral("> **") + escaped(doc.demoBanner) + QStringLiteral("**\n\n");
    text += escaped(doc.subtitle) + QStringLiteral("\n");
    for (const DocSection &section : doc.sections) {
        text += QStringLiteral("\n## ") + escaped(section.title) + QLatin1Char('\n');
        for (const DocBlock &block : section.blocks) {
            text += QLatin1Char('\n');
            switch (block.kind) {
            case DocBlock::Kind::Paragraph:
                text += escaped(block.text) + QLatin1Char('\n');
                break;
            case DocBlock::Kind::Note:
                text += QLatin1Char('_') + escaped(block.text) + QStringLiteral("_\n");
                break;
            case DocBlock::Kind::Table:
                text += tableText(block.table);
                break;
            case DocBlock::Kind::Chart:
                text += chartText(doc);
                break;
            }
        }
    }
    text += QStringLiteral("\n---\n\n");
    if (doc.demo)
        text += QStringLiteral("**") + escaped(doc.demoBanner) + QStringLiteral("** · ");
    text += escaped(doc.footer) + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace tokenwise::report
