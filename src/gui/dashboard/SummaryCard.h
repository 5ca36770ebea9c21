// A headline figure with its title and a line of context ("vs typical"), readable by screen readers.
#pragma once

#include <QFrame>

class QLabel;

namespace tokenwise {

class SummaryCard : public QFrame
{
    Q_OBJECT
public:
    explicit SummaryCard(const QString &title, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &detail, const QString &basisToolTip);
    QString value() const;
    QString detail() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace tokenwise
