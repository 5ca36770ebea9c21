// Sources: each source's state, what it read and what it skipped.
#pragma once

#include "app/usage/UsageSnapshot.h"

#include <QWidget>

class QTableWidget;

namespace tokenwise {

class SourcesTab : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesTab(QWidget *parent = nullptr);

    void setSnapshot(const UsageSnapshot &snapshot, const QString &lastError);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace tokenwise
