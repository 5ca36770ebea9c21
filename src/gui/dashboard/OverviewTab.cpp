// Overview tab.
#include "gui/dashboard/OverviewTab.h"

#include "gui/dashboard/SummaryCard.h"
#include "gui/tray/TrayText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tokenwise {

namespace {
QString basisOf(const UsageSnapshot &s)
{
    if (s.demo)
        return QCoreApplication::translate("OverviewTab",
                                           "Demo data: built-in example history, not your usage.");
    return QCoreApplication::translate("OverviewTab", "Priced: tokens × %1 prices (%2).")
        .arg(s.priceVersion.isEmpty() ? QStringLiteral("LiteLLM") : s.priceVersion,
             s.rangeTotals.bases.join(QStringLiteral(", ")));
}
} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
    , m_today(new SummaryCard(tr("Today"), this))
    , m_week(new SummaryCard(tr("This week"), this))
    , m_month(new SummaryCard(tr("This month"), this))
    , m_team(new SummaryCard(tr("Team band"), this))
    , m_range(new QComboBox(this))
    , m_stack(new QComboBox(this))
    , m_chart(new SpendChart(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *cards = new QHBoxLayout;
    for (SummaryCard *card : {m_today, m_week, m_month, m_team})
        cards->addWidget(card);
    layout->addLayout(cards);

    auto *controls = new QHBoxLayout;
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Range"));
    m_stack->addItem(tr("Total"), int(SpendChart::Stack::None));
    m_stack->addItem(tr("By provider"), int(SpendChart::Stack::Provider));
    m_stack->addItem(tr("By model"), int(SpendChart::Stack::Model));
    m_stack->setAccessibleName(tr("Stack bars"));
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    auto *stackLabel = new QLabel(tr("&Show:"), this);
    stackLabel->setBuddy(m_stack);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addSpacing(16);
    controls->addWidget(stackLabel);
    controls->addWidget(m_stack);
    controls->addStretch();
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &OverviewTab::redraw);
    connect(m_stack, &QComboBox::currentIndexChanged, this, &OverviewTab::redraw);
}

int OverviewTab::rangeDays() const
{
    return m_range->currentData().toInt();
}

void OverviewTab::setSnapshot(const UsageSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const QString basis = basisOf(snapshot);
    const auto versus = [](MicroUsd actual, MicroUsd typical) {
        if (typical <= 0)
            return tr("no typical figure yet");
        const long long percent = std::llround(100.0 * double(actual) / double(typical));
        return tr("%1 % of your typical %2").arg(percent).arg(formatUsd(typical));
    };
    m_today->setFigure(formatUsd(snapshot.today), versus(snapshot.today, snapshot.typicalDay), basis);
    m_week->setFigure(formatUsd(snapshot.weekToDate),
                      paceWords(snapshot.weekToDate, snapshot.typicalWeekToDate) + QStringLiteral(" · ")
                          + tr("typical week %1").arg(formatUsd(snapshot.typicalWeek)),
                      basis);
    m_month->setFigure(formatUsd(snapshot.monthToDate),
                       tr("%1 per active day on average").arg(formatUsd(snapshot.averageActiveDay())), basis);
    m_team->setFigure(
        tr("—"),
        tr("No team feed configured. The chart's dashed line is a public reference of about $13 per "
           "active day, not your team."),
        tr("A team band needs an aggregate of at least 5 people; no names or ranks are ever shown."));
    redraw();
}

void OverviewTab::redraw()
{
    if (!m_snapshot.takenAtUtc.isValid())
        return;
    m_chart->setData(m_snapshot, rangeDays(), SpendChart::Stack(m_stack->currentData().toInt()));
}

} // namespace tokenwise
