// Exact decimal parsing for provider amounts.
#include "sources/api/ApiMoney.h"

#include <QLocale>

namespace tokenwise::api {

std::optional<MicroUsd> microsFromDecimal(QStringView text, MoneyUnit unit)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    QByteArray digits; // significant digits, without leading zeros
    qsizetype fractionDigits = 0;
    bool seenPoint = false, seenDigit = false;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            seenDigit = true;
            if (seenPoint)
                ++fractionDigits;
            if (!digits.isEmpty() || c != u'0')
                digits.append(char(c.unicode()));
            else if (seenPoint)
                digits.append('0'); // keeps the fraction's place value; stripped below
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    qint64 exponent = 0;
    if (i < text.size()) {
        if (text.at(i) != u'e' && text.at(i) != u'E')
            return std::nullopt;
        bool ok = false;
        exponent = text.mid(i + 1).toLongLong(&ok);
        if (!ok || exponent > 40 || exponent < -40)
            return std::nullopt;
    }
    while (digits.size() > 1 && digits.front() == '0')
        digits.remove(0, 1);
    // value = digits × 10^(exponent − fractionDigits) units; one unit is 10^6 or 10^4 micro-dollars.
    const qint64 unitPower = unit == MoneyUnit::Dollars ? 6 : 4;
    qint64 power = exponent - fractionDigits + unitPower;
    if (power < 0) {
        const qsizetype drop = qsizetype(-power);
        if (drop > digits.size())
            return MicroUsd(0);
        const bool roundUp = digits.at(digits.size() - drop) >= '5';
        digits.chop(drop);
        power = 0;
        qint64 value = 0;
        for (const char d : std::as_const(digits)) {
            if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, d - '0', &value))
                return std::nullopt;
        }
        if (roundUp && __builtin_add_overflow(value, 1, &value))
            return std::nullopt;
        return negative ? -value : value;
    }
    qint64 value = 0;
    for (const char d : std::as_const(digits)) {
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, d - '0', &value))
            return std::nullopt;
    }
    for (qint64 p = 0; p < power && value != 0; ++p) {
        if (__builtin_mul_overflow(value, 10, &value))
            return std::nullopt;
    }
    return negative ? -value : value;
}

std::optional<MicroUsd> microsFromJson(const QJsonValue &value, MoneyUnit unit)
{
    if (value.isString())
        return microsFromDecimal(value.toString(), unit);
    if (value.isDouble())
        return microsFromDecimal(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest),
                                 unit);
    return std::nullopt;
}

} // namespace tokenwise::api
