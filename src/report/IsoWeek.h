// An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday): parsing, labels, neighbours.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tokenwise::report {

class IsoWeek
{
public:
    IsoWeek() = default; // invalid
    // Invalid unless `week` exists in ISO year `year` (1..52, or 53 in long years).
    IsoWeek(int year, int week);

    static IsoWeek containing(const QDate &date);
    // "2026-W47" (also "2026W47" and "2026-w47"); nullopt when malformed or the week does not exist.
    static std::optional<IsoWeek> parse(const QString &text);
    // 52 or 53: a year is long when its 28 December falls in week 53.
    static int weeksInYear(int year);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek previous() const { return containing(monday().addDays(-7)); }
    IsoWeek next() const { return containing(monday().addDays(7)); }
    IsoWeek addWeeks(int weeks) const { return containing(monday().addDays(qint64(weeks) * 7)); }
    QString label() const; // "2026-W47"

    friend bool operator==(const IsoWeek &, const IsoWeek &) = default;
    friend auto operator<=>(const IsoWeek &, const IsoWeek &) = default;

private:
    int m_year = 0;
    int m_week = 0;
};

} // namespace tokenwise::report
