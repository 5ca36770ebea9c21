// Models tab.
#include "gui/dashboard/ModelsTab.h"

#include "gui/DisplayMoney.h"
#include "gui/dashboard/SpendChart.h"
#include "gui/dashboard/TokenBreakdown.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace tokenwise {

ModelsTab::ModelsTab(QWidget *parent)
    : QWidget(parent)
    , m_mix(new SpendChart(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    m_mix->setOverlays(false);
    m_mix->setShares(true);
    m_mix->setTitle(tr("Model mix per day (share of the day's spend)"));
    m_mix->setMinimumHeight(200);
    m_mix->setAccessibleName(tr("Model mix per day"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Cost"), tr("Share"), tr("Tokens"),
                                        tr("Cache read share"), tr("What if (estimate)"),
                                        tr("Difference (estimate)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Spend by model"));
    m_table->setSortingEnabled(true); // a click on a header sorts by it (D24)
    m_table->sortByColumn(1, Qt::DescendingOrder);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_mix);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto *note = new QLabel(
        tr("What if: the same tokens priced on the cheaper model of the same family. An estimate to "
           "think with, not a judgement: the cheaper model may need more turns."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
}

namespace {

// Sorts by a number kept under kSortRole (money, shares, counts), not by the formatted text.
class SortableItem : public QTableWidgetItem
{
public:
    static constexpr int kSortRole = Qt::UserRole + 1;
    using QTableWidgetItem::QTableWidgetItem;

    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(kSortRole), b = other.data(kSortRole);
        return a.isValid() && b.isValid() ? a.toDouble() < b.toDouble() : QTableWidgetItem::operator<(other);
    }
};

} // namespace

void ModelsTab::setSnapshot(const UsageSnapshot &snapshot)
{
    const QLocale locale;
    const MicroUsd total = snapshot.rangeTotals.cost;
    const TokenCounts &all = snapshot.rangeTotals.tokens;
    const double cacheShare = all.promptTotal() ? double(all.cacheRead) / double(all.promptTotal()) : 0.0;
    m_summary->setText(tr("%1 over the last %n day(s); %2 % of prompt tokens were read from cache.", nullptr,
                          int(snapshot.days.size()))
                           .arg(formatMoney(total))
                           .arg(std::llround(100 * cacheShare)));
    m_mix->setData(snapshot, int(snapshot.days.size()), SpendChart::Stack::Model);
    m_table->setSortingEnabled(false); // while filling: rows would move under the loop
    m_table->setRowCount(int(snapshot.models.size()));
    int row = 0;
    for (const ModelBreakdown &m : snapshot.models) {
        const qint64 prompt = m.tokens.promptTotal();
        const auto cell = [&](int column, const QString &text, std::optional<double> sortKey = 0.0) {
            auto *item = new SortableItem(text);
            if (sortKey) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setData(SortableItem::kSortRole, *sortKey);
            }
            m_table->setItem(row, column, item);
        };
        cell(0, m.modelName + (m.fallbackModel ? tr(" (no model in the log: priced as gpt-5)") : QString()),
             std::nullopt);
        cell(1, m.unpriced ? tr("unpriced") : formatMoney(m.cost), double(m.unpriced ? -1 : m.cost));
        m_table->item(row, 1)->setToolTip(
            basisToolTip(m.unpriced ? QStringList {QStringLiteral("unpriced")} : snapshot.rangeTotals.bases,
                         snapshot.priceVersion));
        const double share = total ? 100.0 * double(m.cost) / double(total) : 0.0;
        // A model that cost something is never "0 %" (D24).
        cell(2,
             !total ? QStringLiteral("–")
                    : (m.cost > 0 && share < 0.5 ? tr("< 1 %")
                                                 : QStringLiteral("%1 %").arg(std::llround(share))),
             share);
        cell(3, locale.toString(m.tokens.total()), double(m.tokens.total()));
        m_table->item(row, 3)->setToolTip(tokenBreakdownText(m.tokens));
        const double cacheRead = prompt ? 100.0 * double(m.tokens.cacheRead) / double(prompt) : -1.0;
        cell(4, prompt ? QStringLiteral("%1 %").arg(std::llround(cacheRead)) : QStringLiteral("–"),
             cacheRead);
        const auto fit = snapshot.modelFit.constFind(m.modelName);
        if (fit != snapshot.modelFit.cend()) {
            cell(5, tr("%1 on %2").arg(formatMoney(fit->siblingCost), fit->sibling),
                 double(fit->siblingCost));
            m_table->item(row, 5)->setToolTip(
                tr("An estimate: the same tokens priced on %1.").arg(fit->sibling) + QLatin1Char(' ')
                + conversionNote());
            const MicroUsd difference = fit->siblingCost - m.cost;
            cell(6, (difference > 0 ? QStringLiteral("+") : QString()) + formatMoney(difference),
                 double(difference));
        } else {
            cell(5, QStringLiteral("–"), -1e18);
            cell(6, QStringLiteral("–"), 1e18);
        }
        ++row;
    }
    m_table->setSortingEnabled(true); // keeps the column the user sorted by, else cost, highest first
}

} // namespace tokenwise
