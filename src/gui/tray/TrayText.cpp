// Tray icon state and tooltip text.
#include "gui/tray/TrayText.h"

#include "core/TrContext.h"

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

TrayIconState trayIconState(const UsageSnapshot &snapshot, const TrayContext &context)
{
    TrayIconState state;
    state.amount = formatUsdShort(snapshot.today);
    state.level = spendLevel(snapshot.today, snapshot.typicalDay, context.dailyBudget);
    state.stale = context.stale;
    state.error = !context.sourceProblems.isEmpty();
    return state;
}

QString trayToolTip(const UsageSnapshot &snapshot, const TrayContext &context)
{
    QStringList lines;
    if (snapshot.demo)
        lines << tr("Demo data — not your usage");
    lines << tr("Today: %1 (typical day %2)").arg(formatUsd(snapshot.today), formatUsd(snapshot.typicalDay));
    lines << tr("This week: %1, %2")
                 .arg(formatUsd(snapshot.weekToDate),
                      paceWords(snapshot.weekToDate, snapshot.typicalWeekToDate));
    lines << tr("Team band: no team feed configured");
    if (snapshot.surge.surging)
        lines << tr("Spending fast: %1 in the last hour (%2)")
                     .arg(formatUsd(snapshot.surge.lastHour), snapshot.surgeTaskLabel);
    if (snapshot.takenAtUtc.isValid())
        lines << tr("Updated %1").arg(snapshot.takenAtUtc.toLocalTime().toString(QStringLiteral("HH:mm")));
    for (const QString &problem : context.sourceProblems)
        lines << problem;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tokenwise
