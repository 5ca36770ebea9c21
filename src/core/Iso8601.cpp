// Fast ISO-8601 timestamp parsing.
#include "core/Iso8601.h"

namespace tokenwise {

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

} // namespace

qint64 daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

std::optional<qint64> parseIso8601Ms(std::string_view s)
{
    int year, month, day, hour, minute, second;
    if (!digits(s, 0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, hour) || s[13] != ':'
        || !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    size_t pos = 19;
    int millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        const size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    qint64 offsetMinutes = 0;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh, om;
        if (!digits(s, pos + 1, 2, oh))
            return std::nullopt;
        size_t mpos = pos + 3;
        if (mpos < s.size() && s[mpos] == ':')
            ++mpos;
        if (!digits(s, mpos, 2, om))
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
        pos = mpos + 2;
    } else {
        return std::nullopt; // a timestamp without a zone cannot be placed in time
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return secs * 1000 + millis;
}

} // namespace tokenwise
