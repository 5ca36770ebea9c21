// Retry-After parsing.
#include "sources/api/http/RetryAfter.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace tokenwise::api {

std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(nowUtc.addSecs(seconds));
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" or the obsolete RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT";
    // the weekday is redundant and ignored, and Qt's RFC 2822 parser refuses the "GMT" zone name.
    static const QRegularExpression httpDate(QStringLiteral(
        "^[A-Za-z]+, (\\d{1,2})[ -]([A-Za-z]{3})[ -](\\d{2,4}) (\\d\\d):(\\d\\d):(\\d\\d) GMT$"));
    const QRegularExpressionMatch m = httpDate.match(QString::fromLatin1(trimmed));
    if (!m.hasMatch())
        return std::nullopt;
    static const QStringList months {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                     QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                     QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                     QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 70 ? 2000 : 1900;
    const QDate day(year, int(months.indexOf(m.captured(2))) + 1, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    const QDateTime date(day, time, QTimeZone::utc());
    if (!date.isValid())
        return std::nullopt;
    return date < nowUtc ? nowUtc : date.toUTC();
}

} // namespace tokenwise::api
