// Alert rules.
#include "app/alerts/AlertEngine.h"

#include "core/TrContext.h"
#include "report/SummaryFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

TOKENWISE_TR_CONTEXT(AlertEngine)

namespace tokenwise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertEngine", text);
}

struct PeriodSpend
{
    MicroUsd today = 0, week = 0, month = 0;
};

PeriodSpend spendFor(const UsageSnapshot &s, const QString &source)
{
    if (source.isEmpty())
        return {s.today, s.weekToDate, s.monthToDate};
    PeriodSpend p;
    if (s.days.isEmpty())
        return p;
    const QDate today = s.days.constLast().start;
    const QDate monday = periodStart(today, ReportPeriod::Week);
    for (const PeriodRow &d : s.days) {
        const MicroUsd cost = d.costBySource.value(source);
        if (d.start == today)
            p.today += cost;
        if (d.start >= monday)
            p.week += cost;
        if (d.start.year() == today.year() && d.start.month() == today.month())
            p.month += cost;
    }
    return p;
}

} // namespace

AlertEngine::AlertEngine(const Clock &clock) : m_clock(clock) { }

void AlertEngine::pauseFor(int minutes)
{
    m_pausedUntil = m_clock.nowUtc().addSecs(qint64(minutes) * 60);
}

void AlertEngine::pauseUntilTomorrow(const QTimeZone &zone)
{
    m_pausedUntil = m_clock.nowUtc().toTimeZone(zone).date().addDays(1).startOfDay(zone).toUTC();
}

void AlertEngine::pauseUntil(const QDateTime &utc)
{
    m_pausedUntil = utc.isValid() ? utc.toUTC() : QDateTime();
}

QStringList AlertEngine::firedIds() const
{
    QStringList ids(m_fired.cbegin(), m_fired.cend());
    ids.sort();
    // Budget ids carry their period's start date: the newest 200 are more than any set of budgets needs.
    if (ids.size() > 200)
        ids = ids.mid(ids.size() - 200);
    if (m_surgeOpen)
        ids << QStringLiteral("surge:open");
    return ids;
}

void AlertEngine::restoreFired(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (id == QLatin1String("surge:open"))
            m_surgeOpen = true;
        else if (!id.isEmpty())
            m_fired.insert(id);
    }
}

void AlertEngine::resume()
{
    m_pausedUntil = {};
}

bool AlertEngine::isPaused() const
{
    return m_pausedUntil.isValid() && m_clock.nowUtc() < m_pausedUntil;
}

bool AlertEngine::silenced(const QTimeZone &zone, const AlertSettings &settings) const
{
    if (isPaused())
        return true;
    if (!settings.quietHours || settings.quietFrom == settings.quietUntil)
        return false;
    const int hour = m_clock.nowUtc().toTimeZone(zone).time().hour();
    return settings.quietFrom < settings.quietUntil
        ? hour >= settings.quietFrom && hour < settings.quietUntil
        : hour >= settings.quietFrom || hour < settings.quietUntil;
}

void AlertEngine::checkBudgets(const UsageSnapshot &snapshot, const QString &scope, const QString &scopeName,
                               const Budget &budget, QList<Alert> &alerts)
{
    if (snapshot.days.isEmpty())
        return;
    const QDate today = snapshot.days.constLast().start;
    const PeriodSpend spend = spendFor(snapshot, scope);
    const struct
    {
        const char *period;
        MicroUsd limit;
        MicroUsd spent;
        QDate start;
        QString label;
    } checks[]
        = {{"day", budget.daily, spend.today, today, tr("daily")},
           {"week", budget.weekly, spend.week, periodStart(today, ReportPeriod::Week), tr("weekly")},
           {"month", budget.monthly, spend.month, periodStart(today, ReportPeriod::Month), tr("monthly")}};
    for (const auto &check : checks) {
        if (check.limit <= 0)
            continue;
        // Only the highest threshold crossed is announced; the lower ones are marked as done with it.
        for (int percent : {100, 80, 50}) {
            if (check.spent * 100 < check.limit * percent)
                continue;
            const QString id = QStringLiteral("budget:%1:%2:%3:%4")
                                   .arg(scope.isEmpty() ? QStringLiteral("all") : scope,
                                        QString::fromLatin1(check.period), check.start.toString(Qt::ISODate))
                                   .arg(percent);
            if (m_fired.contains(id))
                break;
            for (int lower : {100, 80, 50}) {
                if (lower <= percent)
                    m_fired.insert(QString(id).replace(QRegularExpression(QStringLiteral(":\\d+$")),
                                                       QStringLiteral(":%1").arg(lower)));
            }
            Alert alert;
            alert.kind = Alert::Kind::Budget;
            alert.id = id;
            alert.urgent = percent == 100;
            alert.title = percent == 100
                ? tr("%1 %2 budget reached").arg(scopeName, check.label)
                : tr("%1 % of your %2 %3 budget").arg(percent).arg(scopeName, check.label);
            alert.message = tr("%1 of %2 spent.").arg(formatUsd(check.spent), formatUsd(check.limit));
            alerts << alert;
            break;
        }
    }
}

QList<Alert> AlertEngine::evaluate(const UsageSnapshot &snapshot, const AlertSettings &settings)
{
    QList<Alert> alerts;
    if (snapshot.demo || silenced(snapshot.zone, settings))
        return alerts; // nothing is marked as shown: it fires when the silence ends, if still true
    checkBudgets(snapshot, QString(), tr("Overall"), settings.overall, alerts);
    for (auto it = settings.bySource.cbegin(); it != settings.bySource.cend(); ++it)
        checkBudgets(snapshot, it.key(), report::sourceDisplayName(it.key()), *it, alerts);

    if (snapshot.surge.surging && !m_surgeOpen) {
        m_surgeOpen = true;
        Alert alert;
        alert.kind = Alert::Kind::Surge;
        alert.id = QStringLiteral("surge:") + snapshot.takenAtUtc.toString(Qt::ISODate);
        alert.urgent = true;
        alert.taskKey = snapshot.surgeTaskKey;
        alert.title = tr("Spending fast — runaway agent?");
        alert.message
            = tr("%1 in the last hour, above your usual %2 per hour. Most of it: %3.")
                  .arg(formatUsd(snapshot.surge.lastHour), formatUsd(snapshot.surge.hourlyP95),
                       snapshot.surgeTaskLabel.isEmpty() ? tr("an unnamed task") : snapshot.surgeTaskLabel);
        alerts << alert;
    } else if (!snapshot.surge.surging) {
        m_surgeOpen = false; // the episode is over; the next surge is a new one
    }
    return alerts;
}

} // namespace tokenwise
