// A plain-text table with aligned columns for terminal output (numbers right-aligned).
#pragma once

#include <QList>
#include <QStringList>

namespace tokenwise::cli {

class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    void addSeparator();
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows; // an empty row is a separator
};

} // namespace tokenwise::cli
