// Chart data: series colours fixed per source so the same provider looks the same in every week and format.
#include "report/DailyChart.h"

#include "core/TrContext.h"
#include "core/UsageEvent.h"
#include "report/SummaryFormat.h"

TOKENWISE_TR_CONTEXT(WeeklySummary)

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

namespace {

// Four shades tell series apart on a monochrome page and four palette colours on screen: beyond four
// sources, the week's three most expensive keep their own series and the rest share "Other sources".
constexpr qsizetype kMaxSeries = 4;
const QString kOtherSeries = QStringLiteral("\nother");

QStringList chartedSources(const WeeklySummary &summary, QStringList *folded)
{
    QStringList sources;
    for (const DaySpend &day : summary.days) {
        for (const SourceSpend &s : day.bySource) {
            if (!sources.contains(s.source))
                sources << s.source;
        }
    }
    if (sources.size() > kMaxSeries) {
        QStringList kept;
        for (const SourceSpend &s : summary.bySource) { // most expensive first
            if (sources.contains(s.source) && kept.size() < kMaxSeries - 1)
                kept << s.source;
        }
        for (const QString &source : std::as_const(sources)) {
            if (!kept.contains(source))
                *folded << source;
        }
        sources = kept;
    }
    sources.sort();
    if (!folded->isEmpty())
        sources << kOtherSeries;
    return sources;
}

} // namespace

DailyChart dailyChart(const WeeklySummary &summary, const QLocale &locale)
{
    DailyChart chart;
    QStringList folded;
    const QStringList sources = chartedSources(summary, &folded);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString &source = sources.at(i);
        chart.series << (source == kOtherSeries
                             ? ChartSeries {QString(), summaryTr("Other sources"), QColor(0x9c, 0xa3, 0xaf)}
                             : ChartSeries {source, sourceDisplayName(source), colorFor(source, i)});
    }
    for (const QString &source : std::as_const(folded))
        chart.otherSources << sourceDisplayName(source);
    MicroUsd largest = 0;
    for (const DaySpend &day : summary.days) {
        ChartBar bar;
        bar.date = day.date;
        bar.label = locale.dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
        for (const QString &source : sources) {
            MicroUsd value = 0;
            for (const SourceSpend &s : day.bySource) {
                if (s.source == source || (source == kOtherSeries && folded.contains(s.source)))
                    value += s.cost;
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
