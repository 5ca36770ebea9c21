// Plain-text table rendering.
#include "cli/TextTable.h"

namespace tokenwise::cli {

namespace {

bool looksNumeric(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.at(0);
    return first.isDigit() || first == QLatin1Char('$') || first == QLatin1Char('-')
        || cell == QStringLiteral("–");
}

} // namespace

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) { }

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells;
}

void TextTable::addSeparator()
{
    m_rows << QStringList();
}

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            padded << (looksNumeric(cell) ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]));
        }
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString rule;
    for (qsizetype i = 0; i < widths.size(); ++i)
        rule += QString(widths[i], QLatin1Char('-'))
            + (i + 1 < widths.size() ? QStringLiteral("  ") : QString());
    QString text = line(m_headers) + rule + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        text += row.isEmpty() ? rule + QLatin1Char('\n') : line(row);
    return text;
}

} // namespace tokenwise::cli
