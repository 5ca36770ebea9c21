// The overview chart.
#include "gui/dashboard/SpendChart.h"

#include "gui/DisplayMoney.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QMap>
#include <QPercentBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tokenwise {

SpendChart::SpendChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setAccessibleName(tr("Daily spend chart"));
}

void SpendChart::setData(const UsageSnapshot &snapshot, int days, Stack stack)
{
    if (snapshot.days.isEmpty())
        return setData(snapshot, QDate(), QDate(), stack);
    const QDate last = snapshot.days.constLast().start;
    setData(snapshot, last.addDays(1 - days), last, stack);
}

void SpendChart::setData(const UsageSnapshot &snapshot, const QDate &from, const QDate &to, Stack stack)
{
    QList<PeriodRow> rows;
    for (const PeriodRow &row : snapshot.days)
        if (row.start >= from && row.start <= to)
            rows << row;
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 20, 4)); // room for the last day's label
    chart->setTitle(m_title);

    // Series keys: one bar set per provider or model (the biggest eight, the rest as "other").
    QStringList keys;
    if (stack != Stack::None) {
        QMap<QString, MicroUsd> weight;
        for (const PeriodRow &row : rows) {
            if (stack == Stack::Provider) {
                for (auto it = row.costBySource.cbegin(); it != row.costBySource.cend(); ++it)
                    weight[it.key()] += *it;
            } else {
                for (const ModelBreakdown &m : row.models)
                    weight[m.modelName] += m.cost;
            }
        }
        keys = weight.keys();
        std::sort(keys.begin(), keys.end(),
                  [&](const QString &a, const QString &b) { return weight[a] > weight[b]; });
        if (keys.size() > 8)
            keys = keys.mid(0, 8) << tr("other");
    } else {
        keys << tr("Spend");
    }
    QHash<QString, QBarSet *> sets;
    QAbstractBarSeries *bars
        = m_shares ? static_cast<QAbstractBarSeries *>(new QPercentBarSeries) : new QStackedBarSeries;
    for (const QString &key : keys) {
        auto *set = new QBarSet(key);
        sets.insert(key, set);
        bars->append(set);
    }
    QStringList categories;
    m_totals.clear();
    for (const PeriodRow &row : rows) {
        categories << QLocale().toString(row.start, QStringLiteral("d MMM"));
        m_totals << moneyValue(row.totals.cost);
        QHash<QString, double> parts;
        if (stack == Stack::None) {
            parts[keys.constFirst()] = moneyValue(row.totals.cost);
        } else if (stack == Stack::Model) {
            for (const ModelBreakdown &m : row.models)
                parts[sets.contains(m.modelName) ? m.modelName : keys.constLast()] += moneyValue(m.cost);
        } else {
            for (auto it = row.costBySource.cbegin(); it != row.costBySource.cend(); ++it)
                parts[sets.contains(it.key()) ? it.key() : keys.constLast()] += moneyValue(*it);
        }
        for (const QString &key : keys)
            sets[key]->append(parts.value(key));
    }
    chart->addSeries(bars);
    m_mean.clear();
    m_teamMedian.clear();
    m_teamP25.clear();
    m_teamP75.clear();
    m_publicReference = false;
    if (m_overlays)
        addOverlays(chart, snapshot, rows);
    finish(chart, categories, rows.size());
    describe(rows);
}

void SpendChart::describe(const QList<PeriodRow> &rows)
{
    if (rows.isEmpty()) {
        setAccessibleDescription(tr("No days in the range."));
        return;
    }
    MicroUsd total = 0;
    const PeriodRow *top = &rows.constFirst();
    for (const PeriodRow &row : rows) {
        total += row.totals.cost;
        if (row.totals.cost > top->totals.cost)
            top = &row;
    }
    QStringList parts;
    parts << tr("%n day(s) from %1 to %2, %3 in total", nullptr, int(rows.size()))
                 .arg(QLocale().toString(rows.constFirst().start, QLocale::ShortFormat),
                      QLocale().toString(rows.constLast().start, QLocale::ShortFormat), formatMoney(total));
    parts << tr("highest %1 on %2")
                 .arg(formatMoney(top->totals.cost), QLocale().toString(top->start, QLocale::ShortFormat));
    if (m_overlays) {
        if (!m_mean.isEmpty())
            parts << tr("your 7-day mean is now %1").arg(QLocale().toString(m_mean.constLast(), 'f', 2));
        parts << (m_publicReference
                      ? tr("dashed line: public reference of about %1 per active day, not your team")
                            .arg(formatMoneyShort(kPublicReferenceMicros))
                      : tr("team median per day %1, p25–p75 band %2 to %3")
                            .arg(QLocale().toString(m_teamMedian.constLast(), 'f', 2),
                                 QLocale().toString(m_teamP25.constLast(), 'f', 2),
                                 QLocale().toString(m_teamP75.constLast(), 'f', 2)));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

void SpendChart::addOverlays(QChart *chart, const UsageSnapshot &snapshot, const QList<PeriodRow> &rows)
{
    auto *mean = new QLineSeries;
    mean->setName(tr("Your 7-day mean"));
    // The snapshot's per-day mean: the same figure for a day whatever range is shown (none before the first
    // log).
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto day = snapshot.trailingMean7.constFind(rows.at(i).start);
        if (day == snapshot.trailingMean7.cend())
            continue;
        m_mean << moneyValue(*day);
        mean->append(double(i), m_mean.constLast());
    }
    chart->addSeries(mean);
    auto *median = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *upper = new QLineSeries;
    int members = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto band = snapshot.teamBand.constFind(rows.at(i).start);
        if (band == snapshot.teamBand.cend())
            continue;
        m_teamMedian << moneyValue(band->p50);
        m_teamP25 << moneyValue(band->p25);
        m_teamP75 << moneyValue(band->p75);
        median->append(double(i), m_teamMedian.constLast());
        lower->append(double(i), m_teamP25.constLast());
        upper->append(double(i), m_teamP75.constLast());
        members = std::max(members, band->members);
    }
    m_publicReference = m_teamMedian.isEmpty();
    if (m_publicReference) {
        delete median;
        delete lower;
        delete upper;
        auto *reference = new QLineSeries;
        reference->setName(tr("Public reference ≈ %1 per active day (not your team)")
                               .arg(formatMoneyShort(kPublicReferenceMicros)));
        QPen dashed(QColor(0x64, 0x74, 0x8b));
        dashed.setStyle(Qt::DashLine);
        reference->setPen(dashed);
        reference->append(0, moneyValue(kPublicReferenceMicros));
        reference->append(double(std::max<qsizetype>(1, rows.size() - 1)),
                          moneyValue(kPublicReferenceMicros));
        chart->addSeries(reference);
    } else {
        auto *band = new QAreaSeries(upper, lower);
        // An area series draws its edges but does not own them (found by LeakSanitizer).
        upper->setParent(band);
        lower->setParent(band);
        band->setName(snapshot.demo ? tr("Demo team p25–p75 per day (made up)")
                                    : tr("Team p25–p75 per day (team of %n)", nullptr, members));
        band->setColor(QColor(0x0d, 0x94, 0x88, 0x40));
        band->setBorderColor(QColor(0x0d, 0x94, 0x88, 0x80));
        chart->addSeries(band);
        median->setName(tr("Team median per day"));
        QPen dashed(QColor(0x0f, 0x76, 0x6e));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(2);
        median->setPen(dashed);
        chart->addSeries(median);
    }
}

void SpendChart::finish(QChart *chart, const QStringList &categories, qsizetype count)
{
    // Labels at a readable step (every day for a week, weekly for longer ranges) instead of one per bar.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(count) - 0.5);
    const int step = count <= 10 ? 1 : 7;
    // Counted back from today so that today is labelled; appended in ascending order, as the axis requires.
    QList<qsizetype> labelled;
    for (qsizetype i = count - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (qsizetype i : std::as_const(labelled))
        x->append(categories.at(i), double(i));
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setLabelFormat(m_shares ? QStringLiteral("%.0f %%") : moneyAxisFormat());
    y->setMin(0);
    double top = m_overlays ? moneyValue(kPublicReferenceMicros) * 1.2 : 1.0;
    for (const QList<double> &values : {m_totals, m_teamP75})
        for (double v : values)
            top = std::max(top, v * 1.1);
    if (m_shares) {
        y->setMax(100);
    } else {
        y->setMax(top);
        y->applyNiceNumbers();
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace tokenwise
