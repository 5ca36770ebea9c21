// Locale-aware formatting shared by the Markdown, HTML and PDF renderers (CSV stays locale-free).
#pragma once

#include "core/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace tokenwise::report {

// Translated text of the weekly summary (one translation context for the model's renderers).
QString summaryTr(const char *text, int n = -1);

// "$1,234.50" in en_US, "1.234,50 $" in de_DE; below one cent keeps four decimals so it never shows as 0.
QString formatMoney(MicroUsd micros, const QLocale &locale);
QString formatSignedMoney(MicroUsd micros, const QLocale &locale); // "+$1.00", "−$1.00"
QString formatCount(qint64 count, const QLocale &locale);
QString formatShare(double fraction, const QLocale &locale); // "87.5%"
QString formatChange(double fraction, const QLocale &locale); // "+12.5%", "−3.0%"
QString formatDay(const QDate &date, const QLocale &locale); // "Mon 3/16/26"
QString formatLongDate(const QDate &date, const QLocale &locale);
QString formatDateTime(qint64 utcMs, const QTimeZone &zone, const QLocale &locale);
// "—" for unknown values, so a reader never mistakes unknown for zero.
QString unknownValue();

// Display name of a source id ("claude-code" → "Claude Code").
QString sourceDisplayName(const QString &source);

// US and Canadian readers print on Letter, everyone else on A4.
bool usesLetterPaper(const QLocale &locale);

} // namespace tokenwise::report
