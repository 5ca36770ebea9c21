// Overview tab.
#include "gui/dashboard/OverviewTab.h"

#include "gui/DisplayMoney.h"
#include "gui/dashboard/SummaryCard.h"
#include "gui/tray/TrayText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tokenwise {

namespace {
QString originWords(const TeamComparison &team)
{
    if (team.origin == QLatin1String("feed"))
        return OverviewTab::tr("From the team feed, team of %n.", nullptr, team.members);
    if (team.origin == QLatin1String("demo"))
        return OverviewTab::tr("Demo team band: made up, like the rest of the demo data.");
    return OverviewTab::tr("Computed from your organisation's usage, team of %n.", nullptr, team.members);
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
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
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
    m_range->addItem(tr("Custom…"), 0);
    m_range->setCurrentIndex(1);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->hide();
        connect(edit, &QDateEdit::dateChanged, this, &OverviewTab::redraw);
    }
    m_from->setAccessibleName(tr("Range from"));
    m_to->setAccessibleName(tr("Range until"));
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
    controls->addWidget(m_from);
    controls->addWidget(m_to);
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

void OverviewTab::setCustomRange(const QDate &from, const QDate &to)
{
    m_range->setCurrentIndex(m_range->findData(0));
    m_from->setDate(from);
    m_to->setDate(to);
    redraw();
}

void OverviewTab::setSnapshot(const UsageSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot.days.isEmpty()) {
        // The custom range can reach back as far as the snapshot does.
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        const bool unset = m_from->date() < snapshot.days.constFirst().start
            || m_to->date() > snapshot.days.constLast().start;
        for (QDateEdit *edit : {m_from, m_to})
            edit->setDateRange(snapshot.days.constFirst().start, snapshot.days.constLast().start);
        if (unset) {
            m_from->setDate(snapshot.days.constLast().start.addDays(-13));
            m_to->setDate(snapshot.days.constLast().start);
        }
    }
    const QString basis = basisToolTip(snapshot.rangeTotals.bases, snapshot.priceVersion);
    const auto versus = [](MicroUsd actual, MicroUsd typical) {
        if (typical <= 0)
            return tr("no typical figure yet");
        const long long percent = std::llround(100.0 * double(actual) / double(typical));
        return tr("%1 % of your typical %2").arg(percent).arg(formatMoney(typical));
    };
    m_today->setFigure(formatMoney(snapshot.today), versus(snapshot.today, snapshot.typicalDay),
                       snapshot.days.isEmpty() || snapshot.days.constLast().totals.bases.isEmpty()
                           ? basis
                           : basisToolTip(snapshot.days.constLast().totals.bases, snapshot.priceVersion));
    // "typical week $0.00" beside "no typical week yet" would contradict itself: the figure only once known.
    QString weekWords = paceWords(snapshot.weekToDate, snapshot.typicalWeekToDate);
    if (snapshot.typicalWeekToDate > 0 && snapshot.typicalWeek > 0)
        weekWords += QStringLiteral(" · ") + tr("typical week %1").arg(formatMoney(snapshot.typicalWeek));
    m_week->setFigure(formatMoney(snapshot.weekToDate), weekWords, basis);
    m_month->setFigure(formatMoney(snapshot.monthToDate),
                       snapshot.monthPerActiveDay > 0
                           ? tr("%1 per active day this month").arg(formatMoney(snapshot.monthPerActiveDay))
                           : tr("no usage this month yet"),
                       basis);
    const TeamComparison &team = snapshot.teamWeekToDate;
    const QString privacy
        = tr("A team band needs an aggregate of at least 5 people; no names or ranks are ever shown.");
    if (team.position != TeamPosition::Unknown) {
        m_team->setFigure(
            teamPositionShort(team.position),
            tr("This week %1, %2: team p25–p75 %3–%4 (median %5) for the same %n day(s).", nullptr, team.days)
                .arg(formatMoney(team.yours), teamPositionWords(team.position), formatMoney(team.p25),
                     formatMoney(team.p75), formatMoney(team.p50)),
            originWords(team) + QLatin1Char(' ') + privacy);
    } else if (!snapshot.teamBand.isEmpty()) {
        m_team->setFigure(
            tr("—"), tr("No team band covers this week yet; the chart shows the days one covers."), privacy);
    } else {
        m_team->setFigure(
            tr("—"),
            tr("No team feed configured. The chart's dashed line is a public reference of about %1 per "
               "active day, not your team.")
                .arg(formatMoneyShort(SpendChart::kPublicReferenceMicros)),
            privacy);
    }
    redraw();
}

void OverviewTab::redraw()
{
    const bool custom = rangeDays() == 0;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!m_snapshot.takenAtUtc.isValid())
        return;
    const auto stack = SpendChart::Stack(m_stack->currentData().toInt());
    if (custom)
        m_chart->setData(m_snapshot, m_from->date(), std::max(m_from->date(), m_to->date()), stack);
    else
        m_chart->setData(m_snapshot, rangeDays(), stack);
}

} // namespace tokenwise
