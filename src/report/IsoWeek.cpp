// ISO weeks from QDate's own week numbering, so year ends follow the same rule everywhere.
#include "report/IsoWeek.h"

#include <QRegularExpression>

namespace tokenwise::report {

IsoWeek::IsoWeek(int year, int week)
{
    if (year < 1 || year > 9999 || week < 1 || week > weeksInYear(year))
        return;
    m_year = year;
    m_week = week;
}

IsoWeek IsoWeek::containing(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek(year, week);
}

std::optional<IsoWeek> IsoWeek::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?[Ww](\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const IsoWeek week(match.captured(1).toInt(), match.captured(2).toInt());
    if (!week.isValid())
        return std::nullopt;
    return week;
}

int IsoWeek::weeksInYear(int year)
{
    return QDate(year, 12, 28).weekNumber();
}

QDate IsoWeek::monday() const
{
    if (!isValid())
        return {};
    // 4 January is always in week 1.
    const QDate fourth(m_year, 1, 4);
    return fourth.addDays(1 - fourth.dayOfWeek() + qint64(m_week - 1) * 7);
}

QString IsoWeek::label() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-W%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10, QLatin1Char('0'));
}

} // namespace tokenwise::report
