// Token split wording; reasoning is named only when an agent reported it (it is a part of output).
#include "gui/dashboard/TokenBreakdown.h"

#include <QCoreApplication>
#include <QLocale>

namespace tokenwise {

QString tokenBreakdownText(const TokenCounts &tokens)
{
    const QLocale locale;
    if (tokens.reasoning == 0)
        return QCoreApplication::translate("TokenBreakdown",
                                           "%1 input, %2 output, %3 cache write, %4 cache read")
            .arg(locale.toString(tokens.input), locale.toString(tokens.output),
                 locale.toString(tokens.cacheWrite()), locale.toString(tokens.cacheRead));
    return QCoreApplication::translate(
               "TokenBreakdown", "%1 input, %2 output (%3 of it reasoning), %4 cache write, %5 cache read")
        .arg(locale.toString(tokens.input), locale.toString(tokens.output), locale.toString(tokens.reasoning),
             locale.toString(tokens.cacheWrite()), locale.toString(tokens.cacheRead));
}

} // namespace tokenwise
