// Headline card.
#include "gui/dashboard/SummaryCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tokenwise {

SummaryCard::SummaryCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_detail->setWordWrap(true);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void SummaryCard::setFigure(const QString &value, const QString &detail, const QString &basisToolTip)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setToolTip(basisToolTip);
    setAccessibleDescription(value + QStringLiteral(", ") + detail);
}

QString SummaryCard::value() const
{
    return m_value->text();
}

QString SummaryCard::detail() const
{
    return m_detail->text();
}

} // namespace tokenwise
