// Number, money and date formatting through QLocale, with a minus sign instead of accounting brackets.
#include "report/SummaryFormat.h"

#include "core/TrContext.h"
#include "core/UsageEvent.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <cstdlib>

TOKENWISE_TR_CONTEXT(WeeklySummary)

namespace tokenwise::report {

namespace {

const QString kMinus = QStringLiteral("\u2212");

} // namespace

QString summaryTr(const char *text, int n)
{
    return QCoreApplication::translate("WeeklySummary", text, nullptr, n);
}

QString formatMoney(MicroUsd micros, const QLocale &locale)
{
    const qint64 absMicros = std::llabs(micros);
    const int decimals = absMicros != 0 && absMicros < 10'000 ? 4 : 2;
    const double dollars = dollarsFromMicros(absMicros);
    // en_US writes negative currency in brackets; a minus sign reads better in a summary.
    const QString sign = micros < 0 ? kMinus : QString();
    if (locale.language() == QLocale::C)
        return sign + QStringLiteral("$") + locale.toString(dollars, 'f', decimals);
    return sign + locale.toCurrencyString(dollars, QStringLiteral("$"), decimals);
}

QString formatSignedMoney(MicroUsd micros, const QLocale &locale)
{
    return micros > 0 ? locale.positiveSign() + formatMoney(micros, locale) : formatMoney(micros, locale);
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return locale.toString(count);
}

QString formatShare(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', 1) + locale.percent();
}

QString formatChange(double fraction, const QLocale &locale)
{
    const double percent = fraction * 100.0;
    const QString magnitude = locale.toString(std::abs(percent), 'f', 1) + locale.percent();
    if (std::abs(percent) < 0.05) // shows as 0.0: no sign
        return magnitude;
    return (percent < 0 ? kMinus : locale.positiveSign()) + magnitude;
}

QString formatDay(const QDate &date, const QLocale &locale)
{
    return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(date, QLocale::ShortFormat);
}

QString formatLongDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::LongFormat);
}

QString formatDateTime(qint64 utcMs, const QTimeZone &zone, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs, zone), QLocale::ShortFormat);
}

QString unknownValue()
{
    return QStringLiteral("\u2014");
}

QString sourceDisplayName(const QString &source)
{
    if (const LocalSource *local = findLocalSource(source))
        return local->displayName();
    if (source == QLatin1String(source::demo))
        return summaryTr("Demo");
    static const std::pair<const char *, const char *> providers[] = {
        {"anthropic", QT_TRANSLATE_NOOP("WeeklySummary", "Anthropic")},
        {"openai", QT_TRANSLATE_NOOP("WeeklySummary", "OpenAI")},
        {"cursor", QT_TRANSLATE_NOOP("WeeklySummary", "Cursor")},
        {"openrouter", QT_TRANSLATE_NOOP("WeeklySummary", "OpenRouter")},
    };
    for (const auto &[id, name] : providers) {
        if (source == QLatin1String(id))
            return summaryTr(name);
    }
    return source;
}

bool usesLetterPaper(const QLocale &locale)
{
    return locale.territory() == QLocale::UnitedStates || locale.territory() == QLocale::Canada;
}

} // namespace tokenwise::report
