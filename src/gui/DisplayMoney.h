// Money on screen: US dollars, or another currency at the user's fixed rate. Only the GUI converts; the
// ledger, reports and exports stay in micro-dollars.
#pragma once

#include "core/Money.h"

#include <QStringList>

namespace tokenwise {

struct DisplayCurrency
{
    QString code = QStringLiteral("USD");
    double perUsd = 1.0; // ignored for USD
};

void setDisplayCurrency(const DisplayCurrency &currency);
const DisplayCurrency &displayCurrency();

QString formatMoney(MicroUsd micros); // "$12.34", or "€11.35" at the fixed rate
QString formatMoneyShort(MicroUsd micros); // the tray's compact form
double moneyValue(MicroUsd micros); // for charts, in the display currency
QString moneyAxisFormat(int decimals = 0); // a QValueAxis label format
// "" for USD, else "Converted from US dollars at your fixed rate of 0.92 EUR per dollar."
QString conversionNote();

// What a money figure rests on, for its tooltip: one sentence per basis ("priced", "reported", "demo", …)
// plus the conversion note.
QString basisToolTip(const QStringList &bases, const QString &priceVersion = {});

} // namespace tokenwise
