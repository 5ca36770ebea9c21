// Chart data: series colours fixed per source so the same provider looks the same in every week and format.
#include "report/DailyChart.h"

#include "core/UsageEvent.h"
#include "report/SummaryFormat.h"

namespace tokenwise::report {

namespace {

QColor colorFor(const QString &source, qsizetype index)
{
    if (source == QLatin1String(source::claudeCode))
        return QColor(0xd9, 0x77, 0x57);
    if (source == QLatin1String(source::codex))
        return QColor(0x10, 0xa3, 0x7f);
    static const QColor palette[] = {QColor(0x4c, 0x78, 0xa8), QColor(0xb2, 0x79, 0xa2),
                                     QColor(0x72, 0xb7, 0xb2), QColor(0xe4, 0xb4, 0x2d)};
    return palette[index % qsizetype(std::size(palette))];
}

} // namespace

MicroUsd niceStep(MicroUsd value)
{
    if (value <= 0)
        return 0;
    MicroUsd decade = 10'000; // one cent
    while (true) {
        for (const MicroUsd tenths : {10, 20, 25, 50}) {
            if (value <= decade * tenths / 10)
                return decade * tenths / 10;
        }
        decade *= 10;
    }
}

DailyChart dailyChart(const WeeklySummary &summary, const QLocale &locale)
{
    DailyChart chart;
    QStringList sources;
    for (const DaySpend &day : summary.days) {
        for (const SourceSpend &s : day.bySource) {
            if (!sources.contains(s.source))
                sources << s.source;
        }
    }
    sources.sort();
    for (qsizetype i = 0; i < sources.size(); ++i)
        chart.series << ChartSeries {sources.at(i), sourceDisplayName(sources.at(i)),
                                     colorFor(sources.at(i), i)};
    MicroUsd largest = 0;
    for (const DaySpend &day : summary.days) {
        ChartBar bar;
        bar.date = day.date;
        bar.label = locale.dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
        for (const QString &source : std::as_const(sources)) {
            MicroUsd value = 0;
            for (const SourceSpend &s : day.bySource) {
                if (s.source == source)
                    value = s.cost;
            }
            bar.values << value;
        }
        bar.total = day.cost;
        bar.totalLabel = formatMoney(day.cost, locale);
        largest = std::max(largest, day.cost);
        chart.bars << bar;
    }
    // About five steps: enough gridlines to read a bar against, few enough to stay quiet.
    const MicroUsd step = niceStep((largest + 4) / 5);
    if (step > 0) {
        const MicroUsd steps = (largest + step - 1) / step;
        chart.axisMax = steps * step;
        for (MicroUsd i = 0; i <= steps; ++i) {
            chart.ticks << i * step;
            chart.tickLabels << formatMoney(i * step, locale);
        }
    }
    return chart;
}

} // namespace tokenwise::report
