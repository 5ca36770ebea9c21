// Reading Codex rollout lines: byte pre-filter, simdjson On-Demand field walk, ISO-8601 timestamps.
#include "sources/local/codex/CodexRolloutLine.h"

#include "core/UsageEvent.h"

#include <simdjson.h>

#include <cstring>
#include <utility>
#include <vector>

namespace tokenwise::codex {

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;
using simdjson::SUCCESS;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// A line can only matter if it holds "token_count", "turn_context" or "session_meta" as a JSON string.
// Searching for the quoted value alone keeps `"type" : "token_count"` (any whitespace) in, and escaped
// copies inside text (\"token_count\") out. Each needle has one '_', so one memchr pass finds them all;
// that is several times faster than three substring searches over lines of hundreds of KB.
bool mayMatter(std::string_view text)
{
    struct Needle
    {
        std::string_view head;
        std::string_view tail;
    };
    static constexpr Needle needles[]
        = {{"\"token", "count\""}, {"\"turn", "context\""}, {"\"session", "meta\""}};
    for (size_t pos = text.find('_'); pos != std::string_view::npos; pos = text.find('_', pos + 1)) {
        const std::string_view before = text.substr(0, pos);
        const std::string_view after = text.substr(pos + 1);
        for (const Needle &needle : needles) {
            if (before.ends_with(needle.head) && after.starts_with(needle.tail))
                return true;
        }
    }
    return false;
}

// On-Demand checks only what is read, so whatever the parser does not need is read here: a line with a
// syntax error anywhere is Malformed, not half-used. Only pre-filtered lines get here, so this is cheap.
error_code validate(od::value v)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    switch (type) {
    case od::json_type::object: {
        od::object object;
        if (auto e = v.get_object().get(object))
            return e;
        for (auto field : object) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return e;
            od::value value;
            if (auto e = field.value().get(value))
                return e;
            if (auto e = validate(value))
                return e;
        }
        return SUCCESS;
    }
    case od::json_type::array: {
        od::array array;
        if (auto e = v.get_array().get(array))
            return e;
        for (auto element : array) {
            od::value value;
            if (auto e = std::move(element).get(value))
                return e;
            if (auto e = validate(value))
                return e;
        }
        return SUCCESS;
    }
    case od::json_type::number: {
        od::number number;
        return v.get_number().get(number);
    }
    case od::json_type::string: {
        std::string_view string;
        return v.get_string().get(string);
    }
    case od::json_type::boolean: {
        bool boolean = false;
        return v.get_bool().get(boolean);
    }
    case od::json_type::null: {
        bool isNull = false;
        if (auto e = v.is_null().get(isNull))
            return e;
        return isNull ? SUCCESS : simdjson::N_ATOM_ERROR;
    }
    }
    return SUCCESS;
}

// A non-string value (null, number, …) leaves out untouched: the field is treated as absent.
error_code readString(od::value v, std::string_view &out)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type != od::json_type::string)
        return validate(v);
    return v.get_string().get(out);
}

template<typename Visitor> error_code forEachField(od::value v, bool &isObject, Visitor &&visit)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    isObject = type == od::json_type::object;
    if (!isObject)
        return validate(v);
    od::object object;
    if (auto e = v.get_object().get(object))
        return e;
    for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        od::value value;
        if (auto e = field.value().get(value))
            return e;
        if (auto e = visit(key, value))
            return e;
    }
    return SUCCESS;
}

template<typename Visitor> error_code forEachField(od::value v, Visitor &&visit)
{
    bool isObject = false;
    return forEachField(v, isObject, std::forward<Visitor>(visit));
}

// Token counts are i64 in codex-rs; 100.0 is accepted as 100. Anything else (negative, fractional, a
// string, null, above kMaxTokenCount) makes the whole usage object unusable rather than silently zero.
error_code readCount(od::value v, qint64 &out, bool &valid)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type != od::json_type::number) {
        valid = false;
        return validate(v);
    }
    od::number number;
    if (auto e = v.get_number().get(number))
        return e;
    switch (number.get_number_type()) {
    case od::number_type::signed_integer:
        out = number.get_int64();
        valid = valid && out >= 0 && out <= kMaxTokenCount;
        break;
    case od::number_type::unsigned_integer:
        valid = false;
        break;
    case od::number_type::floating_point_number: {
        const double d = number.get_double();
        if (d >= 0 && d <= double(kMaxTokenCount) && d == double(qint64(d)))
            out = qint64(d);
        else
            valid = false;
        break;
    }
    }
    return SUCCESS;
}

error_code readUsage(od::value v, std::optional<RolloutUsage> &out)
{
    RolloutUsage usage;
    bool valid = true;
    bool isObject = false;
    const error_code e = forEachField(v, isObject, [&](std::string_view key, od::value value) -> error_code {
        if (key == "input_tokens")
            return readCount(value, usage.input, valid);
        if (key == "cached_input_tokens")
            return readCount(value, usage.cached, valid);
        if (key == "output_tokens")
            return readCount(value, usage.output, valid);
        if (key == "reasoning_output_tokens")
            return readCount(value, usage.reasoning, valid);
        return validate(value);
    });
    if (e)
        return e;
    if (isObject && valid)
        out = usage;
    return SUCCESS;
}

error_code readMetadataModel(od::value v, std::string_view &out)
{
    return forEachField(v, [&](std::string_view key, od::value value) -> error_code {
        return key == "model" ? readString(value, out) : validate(value);
    });
}

error_code readInfo(od::value v, RolloutLine &line)
{
    return forEachField(v, line.infoPresent, [&](std::string_view key, od::value value) -> error_code {
        if (key == "total_token_usage")
            return readUsage(value, line.total);
        if (key == "last_token_usage")
            return readUsage(value, line.last);
        if (key == "model")
            return readString(value, line.models[3]);
        if (key == "model_name")
            return readString(value, line.models[4]);
        if (key == "metadata")
            return readMetadataModel(value, line.models[5]);
        return validate(value);
    });
}

error_code readSource(od::value v, RolloutLine &line)
{
    return forEachField(v, [&](std::string_view key, od::value value) -> error_code {
        if (key != "subagent")
            return validate(value);
        return forEachField(value, [&](std::string_view kind, od::value spawn) -> error_code {
            line.subagentSpawn = line.subagentSpawn || kind == "thread_spawn";
            return validate(spawn);
        });
    });
}

error_code readPayload(od::value v, RolloutLine &line)
{
    return forEachField(v, [&](std::string_view key, od::value value) -> error_code {
        if (key == "type")
            return readString(value, line.payloadType);
        if (key == "info")
            return readInfo(value, line);
        if (key == "model")
            return readString(value, line.models[0]);
        if (key == "model_name")
            return readString(value, line.models[1]);
        if (key == "metadata")
            return readMetadataModel(value, line.models[2]);
        if (key == "id")
            return readString(value, line.id);
        if (key == "cwd")
            return readString(value, line.cwd);
        if (key == "git") {
            return forEachField(value, [&](std::string_view gitKey, od::value gitValue) -> error_code {
                return gitKey == "branch" ? readString(gitValue, line.gitBranch) : validate(gitValue);
            });
        }
        if (key == "source")
            return readSource(value, line);
        if (key == "forked_from_id") {
            std::string_view parent;
            const error_code e = readString(value, parent);
            line.forked = line.forked || !parent.empty();
            return e;
        }
        return validate(value);
    });
}

error_code readRoot(od::document &doc, RolloutLine &line)
{
    od::object root;
    if (auto e = doc.get_object().get(root))
        return e;
    for (auto field : root) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        od::value value;
        if (auto e = field.value().get(value))
            return e;
        error_code e = SUCCESS;
        if (key == "type") {
            e = readString(value, line.type);
        } else if (key == "timestamp") {
            std::string_view timestamp;
            od::json_type type;
            e = value.type().get(type);
            if (!e && type == od::json_type::string) {
                e = value.get_string().get(timestamp);
                line.timestamp = timestamp;
            } else if (!e) {
                e = validate(value);
            }
        } else if (key == "payload") {
            e = readPayload(value, line);
        } else {
            e = validate(value);
        }
        if (e)
            return e;
    }
    // Only the end of the input is out of bounds once the root object is closed.
    return doc.current_location().error() == simdjson::OUT_OF_BOUNDS ? SUCCESS : simdjson::TRAILING_CONTENT;
}

// One parser and padded buffer per thread: files are read one after another, so both are reused.
struct JsonScratch
{
    od::parser parser;
    std::vector<char> buffer;
};

JsonScratch &jsonScratch()
{
    thread_local JsonScratch scratch;
    return scratch;
}

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

} // namespace

LineRead readRolloutLine(std::string_view text, RolloutLine &line)
{
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    if (!mayMatter(text))
        return LineRead::Skipped;

    // Lines come straight from the file and are not padded: copy into a buffer that is.
    JsonScratch &scratch = jsonScratch();
    if (scratch.buffer.size() < text.size() + simdjson::SIMDJSON_PADDING)
        scratch.buffer.resize(text.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(scratch.buffer.data(), text.data(), text.size());
    od::document doc;
    line = RolloutLine();
    if (scratch.parser.iterate(scratch.buffer.data(), text.size(), scratch.buffer.size()).get(doc))
        return LineRead::Malformed;
    return readRoot(doc, line) == SUCCESS ? LineRead::Parsed : LineRead::Malformed;
}

// A zone is required: a bare local time cannot be placed on the UTC axis without knowing the machine
// that wrote it.
bool parseTimestampMs(std::string_view s, qint64 &ms)
{
    const auto digits = [&s](size_t pos, size_t n, int &out) {
        if (pos + n > s.size())
            return false;
        int v = 0;
        for (size_t i = pos; i < pos + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            v = v * 10 + (s[i] - '0');
        }
        out = v;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (s.size() < 20 || !digits(0, 4, year) || s[4] != '-' || !digits(5, 2, month) || s[7] != '-'
        || !digits(8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(11, 2, hour)
        || s[13] != ':' || !digits(14, 2, minute) || s[16] != ':' || !digits(17, 2, second))
        return false;
    size_t pos = 19;
    int millis = 0;
    if (s[pos] == '.' || s[pos] == ',') {
        const size_t start = ++pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return false;
    }
    if (pos >= s.size())
        return false;
    int offsetMinutes = 0;
    const char zone = s[pos];
    if (zone == 'Z' || zone == 'z') {
        ++pos;
    } else if (zone == '+' || zone == '-') {
        int oh = 0, om = 0;
        if (!digits(pos + 1, 2, oh))
            return false;
        pos += 3;
        if (pos < s.size()) {
            if (s[pos] == ':')
                ++pos;
            if (!digits(pos, 2, om))
                return false;
            pos += 2;
        }
        if (oh > 23 || om > 59)
            return false;
        offsetMinutes = (oh * 60 + om) * (zone == '-' ? -1 : 1);
    } else {
        return false;
    }
    if (pos != s.size() || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 60)
        return false;
    const qint64 minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes;
    ms = minutes * 60'000 + second * 1'000 + millis;
    return true;
}

} // namespace tokenwise::codex
