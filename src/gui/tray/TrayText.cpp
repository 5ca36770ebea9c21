// Tray icon state and tooltip text.
#include "gui/tray/TrayText.h"

#include "core/TrContext.h"
#include "gui/DisplayMoney.h"

#include <QCoreApplication>

TOKENWISE_TR_CONTEXT(TrayText)

namespace tokenwise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TrayText", text);
}
} // namespace

QString paceWords(MicroUsd actual, MicroUsd typical)
{
    if (typical <= 0)
        return tr("no typical week yet");
    const double ratio = double(actual) / double(typical);
    if (ratio < 0.9)
        return tr("below your typical pace");
    if (ratio <= 1.1)
        return tr("about your typical pace");
    return tr("above your typical pace");
}

QString teamPositionWords(TeamPosition position)
{
    switch (position) {
    case TeamPosition::BelowP25:
        return tr("below the team p25");
    case TeamPosition::BelowMedian:
        return tr("below the team median");
    case TeamPosition::MedianToP75:
        return tr("between the team median and p75");
    case TeamPosition::AboveP75:
        return tr("above the team p75");
    case TeamPosition::Unknown:
        break;
    }
    return tr("no team band for this week");
}

QString teamPositionShort(TeamPosition position)
{
    switch (position) {
    case TeamPosition::BelowP25:
        return tr("below p25");
    case TeamPosition::BelowMedian:
        return tr("p25–median");
    case TeamPosition::MedianToP75:
        return tr("median–p75");
    case TeamPosition::AboveP75:
        return tr("above p75");
    case TeamPosition::Unknown:
        break;
    }
    return tr("—");
}

QString teamBandLine(const UsageSnapshot &snapshot)
{
    const TeamComparison &c = snapshot.teamWeekToDate;
    if (c.position == TeamPosition::Unknown)
        return snapshot.teamBand.isEmpty() ? tr("Team band: no team feed configured")
                                           : tr("Team band: none covers this week");
    return QCoreApplication::translate("TrayText", "Team band: this week %1 (team of %n)", nullptr, c.members)
        .arg(teamPositionWords(c.position));
}

TrayIconState trayIconState(const UsageSnapshot &snapshot, const TrayContext &context)
{
    TrayIconState state;
    state.amount = formatMoneyShort(snapshot.today);
    state.level = spendLevel(snapshot.today, snapshot.typicalDay, context.dailyBudget);
    state.stale = context.stale;
    state.error = !context.sourceProblems.isEmpty();
    state.demo = snapshot.demo;
    return state;
}

QString trayToolTip(const UsageSnapshot &snapshot, const TrayContext &context)
{
    QStringList lines;
    if (snapshot.demo)
        lines << tr("Demo data — not your usage");
    lines << tr("Today: %1 (typical day %2)")
                 .arg(formatMoney(snapshot.today), formatMoney(snapshot.typicalDay));
    lines << tr("This week: %1, %2")
                 .arg(formatMoney(snapshot.weekToDate),
                      paceWords(snapshot.weekToDate, snapshot.typicalWeekToDate));
    lines << teamBandLine(snapshot);
    if (snapshot.surge.surging)
        lines << tr("Spending fast: %1 in the last hour (%2)")
                     .arg(formatMoney(snapshot.surge.lastHour), snapshot.surgeTaskLabel);
    if (snapshot.takenAtUtc.isValid())
        lines << tr("Updated %1").arg(snapshot.takenAtUtc.toLocalTime().toString(QStringLiteral("HH:mm")));
    for (const QString &problem : context.sourceProblems)
        lines << problem;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tokenwise
