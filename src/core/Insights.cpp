// Insight rules.
#include "core/Insights.h"

#include <algorithm>
#include <cmath>

namespace tokenwise {

MicroUsd medianOfActive(const QList<MicroUsd> &values, int window)
{
    QList<MicroUsd> active;
    for (qsizetype i = values.size() - 1; i >= 0 && active.size() < window; --i) {
        if (values.at(i) > 0)
            active << values.at(i);
    }
    if (active.isEmpty())
        return 0;
    std::sort(active.begin(), active.end());
    const qsizetype n = active.size();
    return n % 2 ? active.at(n / 2) : (active.at(n / 2 - 1) + active.at(n / 2)) / 2;
}

MicroUsd percentile(QList<MicroUsd> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

SurgeCheck checkSurge(const QList<MicroUsd> &hourly, MicroUsd lastHour, const SurgeRule &rule)
{
    SurgeCheck check;
    check.lastHour = lastHour;
    check.hourlyP95 = percentile(hourly, 95.0);
    check.threshold = std::max(MicroUsd(std::llround(rule.factor * double(check.hourlyP95))), rule.floor);
    check.surging = lastHour > check.threshold;
    return check;
}

SpendLevel spendLevel(MicroUsd today, MicroUsd typicalDay, std::optional<MicroUsd> dailyBudget)
{
    if (dailyBudget && *dailyBudget > 0 && today >= *dailyBudget)
        return SpendLevel::OverBudget;
    if (today <= 0)
        return SpendLevel::Quiet;
    if (typicalDay > 0 && today > 2 * typicalDay)
        return SpendLevel::High;
    if ((typicalDay > 0 && today > typicalDay)
        || (dailyBudget && *dailyBudget > 0 && today * 5 >= *dailyBudget * 4))
        return SpendLevel::Elevated;
    return SpendLevel::Normal;
}

QString spendLevelName(SpendLevel level)
{
    switch (level) {
    case SpendLevel::Quiet:
        return QStringLiteral("quiet");
    case SpendLevel::Normal:
        return QStringLiteral("normal");
    case SpendLevel::Elevated:
        return QStringLiteral("elevated");
    case SpendLevel::High:
        return QStringLiteral("high");
    case SpendLevel::OverBudget:
        return QStringLiteral("over budget");
    }
    return {};
}

} // namespace tokenwise
