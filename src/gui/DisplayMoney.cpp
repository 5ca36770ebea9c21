// Display currency.
#include "gui/DisplayMoney.h"

#include <QCoreApplication>
#include <QHash>

namespace tokenwise {

namespace {

DisplayCurrency &current()
{
    static DisplayCurrency currency;
    return currency;
}

bool isUsd()
{
    return current().code == QLatin1String("USD");
}

QString symbol()
{
    static const QHash<QString, QString> symbols {
        {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")}, {QStringLiteral("CNY"), QStringLiteral("CN¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")}, {QStringLiteral("KRW"), QStringLiteral("₩")},
    };
    return symbols.value(current().code, current().code + QLatin1Char(' '));
}

MicroUsd converted(MicroUsd micros)
{
    return isUsd() ? micros : MicroUsd(std::llround(double(micros) * current().perUsd));
}

QString relabel(QString usd)
{
    return isUsd() ? usd : usd.replace(QLatin1Char('$'), symbol());
}

} // namespace

void setDisplayCurrency(const DisplayCurrency &currency)
{
    current() = currency;
}

const DisplayCurrency &displayCurrency()
{
    return current();
}

QString formatMoney(MicroUsd micros)
{
    return relabel(formatUsd(converted(micros)));
}

QString formatMoneyShort(MicroUsd micros)
{
    return relabel(formatUsdShort(converted(micros)));
}

double moneyValue(MicroUsd micros)
{
    return dollarsFromMicros(converted(micros));
}

QString moneyAxisFormat(int decimals)
{
    return relabel(QStringLiteral("$%.") + QString::number(decimals) + QLatin1Char('f'));
}

QString conversionNote()
{
    if (isUsd())
        return {};
    return QCoreApplication::translate("DisplayMoney",
                                       "Converted from US dollars at your fixed rate of %1 %2 per dollar.")
        .arg(QString::number(current().perUsd, 'g', 6), current().code);
}

QString basisToolTip(const QStringList &bases, const QString &priceVersion)
{
    QStringList lines;
    for (const QString &basis : bases) {
        if (basis == QLatin1String("demo"))
            lines << QCoreApplication::translate("DisplayMoney",
                                                 "Demo: built-in example history, not your usage.");
        else if (basis == QLatin1String("reported"))
            lines << QCoreApplication::translate("DisplayMoney", "Reported: the provider's own figure.");
        else if (basis == QLatin1String("unpriced"))
            lines << QCoreApplication::translate(
                "DisplayMoney",
                "Unpriced: models missing from the price table; their cost is unknown, not zero.");
        else if (basis == QLatin1String("priced"))
            lines << QCoreApplication::translate("DisplayMoney", "Priced: tokens × the %1 price table.")
                         .arg(priceVersion.isEmpty() ? QStringLiteral("LiteLLM") : priceVersion);
        else
            lines << QCoreApplication::translate("DisplayMoney", "Basis: %1.").arg(basis);
    }
    if (lines.isEmpty())
        lines << QCoreApplication::translate("DisplayMoney", "No spend recorded.");
    if (const QString note = conversionNote(); !note.isEmpty())
        lines << note;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tokenwise
