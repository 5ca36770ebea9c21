// Models tab.
#include "gui/dashboard/ModelsTab.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tokenwise {

ModelsTab::ModelsTab(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_summary(new QLabel(this))
{
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Cost"), tr("Share"), tr("Tokens"),
                                        tr("Cache read share"), tr("What if (estimate)"),
                                        tr("Difference (estimate)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Spend by model"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(
        tr("What if: the same tokens priced on the cheaper model of the same family. An estimate to "
           "think with, not a judgement: the cheaper model may need more turns."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
}

void ModelsTab::setSnapshot(const UsageSnapshot &snapshot)
{
    const QLocale locale;
    const MicroUsd total = snapshot.rangeTotals.cost;
    const TokenCounts &all = snapshot.rangeTotals.tokens;
    const double cacheShare = all.promptTotal() ? double(all.cacheRead) / double(all.promptTotal()) : 0.0;
    m_summary->setText(tr("%1 over the last %n day(s); %2 % of prompt tokens were read from cache.", nullptr,
                          int(snapshot.days.size()))
                           .arg(formatUsd(total))
                           .arg(std::llround(100 * cacheShare)));
    m_table->setRowCount(int(snapshot.models.size()));
    int row = 0;
    for (const ModelBreakdown &m : snapshot.models) {
        const qint64 prompt = m.tokens.promptTotal();
        const auto cell = [&](int column, const QString &text, bool right = true) {
            auto *item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        cell(0, m.modelName + (m.fallbackModel ? tr(" (no model in the log: priced as gpt-5)") : QString()),
             false);
        cell(1, m.unpriced ? tr("unpriced") : formatUsd(m.cost));
        cell(2,
             total ? QStringLiteral("%1 %").arg(std::llround(100.0 * double(m.cost) / double(total)))
                   : QStringLiteral("–"));
        cell(3, locale.toString(m.tokens.total()));
        cell(4,
             prompt ? QStringLiteral("%1 %").arg(
                 std::llround(100.0 * double(m.tokens.cacheRead) / double(prompt)))
                    : QStringLiteral("–"));
        const auto fit = snapshot.modelFit.constFind(m.modelName);
        if (fit != snapshot.modelFit.cend()) {
            cell(5, tr("%1 on %2").arg(formatUsd(fit->siblingCost), fit->sibling));
            const MicroUsd difference = fit->siblingCost - m.cost;
            cell(6, (difference > 0 ? QStringLiteral("+") : QString()) + formatUsd(difference));
        } else {
            cell(5, QStringLiteral("–"));
            cell(6, QStringLiteral("–"));
        }
        ++row;
    }
}

} // namespace tokenwise
