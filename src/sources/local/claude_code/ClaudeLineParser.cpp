// Claude Code line parsing: only lines that can hold usage or a title reach the JSON parser.
#include "sources/local/claude_code/ClaudeLineParser.h"

#include "core/Iso8601.h"
#include "sources/local/ByteSearch.h"

#include <simdjson.h>

#include <cmath>
#include <cstring>

namespace tokenwise::claude {

using namespace simdjson;

namespace {

constexpr std::string_view kSynthetic = "<synthetic>";

// Token counts may be written as 100 or 100.0; anything else (or above kMaxTokenCount) counts as 0.
qint64 tokenCount(ondemand::value value)
{
    ondemand::number_type type;
    if (value.get_number_type().get(type) != SUCCESS)
        return 0;
    if (type == ondemand::number_type::floating_point_number) {
        double d = 0;
        if (value.get_double().get(d) != SUCCESS || !std::isfinite(d) || d < 0 || d != std::floor(d)
            || d > double(kMaxTokenCount))
            return 0;
        return static_cast<qint64>(d);
    }
    int64_t i = 0;
    if (value.get_int64().get(i) != SUCCESS || i < 0 || i > kMaxTokenCount)
        return 0;
    return i;
}

bool readString(ondemand::value value, std::string &out)
{
    std::string_view view;
    if (value.get_string().get(view) != SUCCESS)
        return false;
    out.assign(view);
    return true;
}

void readCacheCreation(ondemand::object object, qint64 &fiveMinutes, qint64 &oneHour, bool &present)
{
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key) != SUCCESS)
            continue;
        ondemand::value value;
        if (field.value().get(value) != SUCCESS)
            continue;
        if (key == "ephemeral_5m_input_tokens") {
            fiveMinutes = tokenCount(value);
            present = true;
        } else if (key == "ephemeral_1h_input_tokens") {
            oneHour = tokenCount(value);
            present = true;
        }
    }
}

error_code readUsage(ondemand::object object, ClaudeUsageLine &out)
{
    qint64 cacheCreationScalar = 0, fiveMinutes = 0, oneHour = 0;
    bool breakdown = false;
    for (auto field : object) {
        std::string_view key;
        SIMDJSON_TRY(field.unescaped_key().get(key));
        ondemand::value value;
        SIMDJSON_TRY(field.value().get(value));
        if (key == "input_tokens") {
            out.tokens.input = tokenCount(value);
        } else if (key == "output_tokens") {
            out.tokens.output = tokenCount(value);
        } else if (key == "cache_read_input_tokens") {
            out.tokens.cacheRead = tokenCount(value);
        } else if (key == "cache_creation_input_tokens") {
            cacheCreationScalar = tokenCount(value);
        } else if (key == "cache_creation") {
            ondemand::object breakdownObject;
            if (value.get_object().get(breakdownObject) == SUCCESS)
                readCacheCreation(breakdownObject, fiveMinutes, oneHour, breakdown);
        } else if (key == "speed") {
            std::string_view speed;
            if (value.get_string().get(speed) == SUCCESS)
                out.fast = speed == "fast";
        }
    }
    if (breakdown) {
        out.tokens.cacheWrite5m = fiveMinutes;
        out.tokens.cacheWrite1h = oneHour;
    } else {
        out.tokens.cacheWrite5m = cacheCreationScalar; // no TTL breakdown: priced at the 5-minute rate
    }
    return SUCCESS;
}

error_code readMessage(ondemand::object object, ClaudeUsageLine &out, bool &hasUsage)
{
    for (auto field : object) {
        std::string_view key;
        SIMDJSON_TRY(field.unescaped_key().get(key));
        ondemand::value value;
        SIMDJSON_TRY(field.value().get(value));
        if (key == "id") {
            readString(value, out.messageId);
        } else if (key == "model") {
            readString(value, out.model);
        } else if (key == "usage") {
            ondemand::object usage;
            if (value.get_object().get(usage) == SUCCESS) {
                SIMDJSON_TRY(readUsage(usage, out));
                hasUsage = true;
            }
        }
    }
    return SUCCESS;
}

bool contains(std::string_view haystack, std::string_view needle)
{
    const char *end = haystack.data() + haystack.size();
    return findBytes(haystack.data(), end, needle) != end;
}

} // namespace

struct ClaudeLineParser::Impl
{
    ondemand::parser parser;
    padded_string buffer;
};

ClaudeLineParser::ClaudeLineParser() : d(std::make_unique<Impl>()) { }

ClaudeLineParser::~ClaudeLineParser() = default;

ClaudeLineParser::Outcome ClaudeLineParser::parse(std::string_view line, ClaudeUsageLine &out,
                                                  std::string &title)
{
    if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0)
        line.remove_prefix(3);
    // Titles are written type-first by Claude Code; 48 bytes leaves room for spaces around ':'.
    const bool maybeTitle = contains(line.substr(0, 48), "\"summary\"");
    if (!maybeTitle && !contains(line, "\"usage\""))
        return Outcome::Ignored;

    if (d->buffer.size() < line.size())
        d->buffer = padded_string(line.size() * 2);
    std::memcpy(d->buffer.data(), line.data(), line.size());
    ondemand::document doc;
    if (d->parser.iterate(d->buffer.data(), line.size(), d->buffer.size() + SIMDJSON_PADDING).get(doc)
        != SUCCESS)
        return Outcome::Malformed;
    ondemand::object root;
    if (doc.get_object().get(root) != SUCCESS)
        return Outcome::Malformed;

    out = ClaudeUsageLine();
    std::string type, timestamp, summary;
    bool hasUsage = false, apiError = false;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key) != SUCCESS)
            return Outcome::Malformed;
        ondemand::value value;
        if (field.value().get(value) != SUCCESS)
            return Outcome::Malformed;
        if (key == "type") {
            readString(value, type);
        } else if (key == "timestamp") {
            readString(value, timestamp);
        } else if (key == "requestId") {
            readString(value, out.requestId);
        } else if (key == "isSidechain") {
            bool b = false;
            if (value.get_bool().get(b) == SUCCESS)
                out.sidechain = b;
        } else if (key == "isApiErrorMessage") {
            bool b = false;
            if (value.get_bool().get(b) == SUCCESS)
                apiError = b;
        } else if (key == "cwd") {
            readString(value, out.cwd);
        } else if (key == "gitBranch") {
            readString(value, out.gitBranch);
        } else if (key == "summary") {
            readString(value, summary);
        } else if (key == "message") {
            ondemand::object message;
            if (value.get_object().get(message) == SUCCESS && readMessage(message, out, hasUsage) != SUCCESS)
                return Outcome::Malformed;
        }
    }
    if (type == "summary") {
        if (summary.empty())
            return Outcome::Ignored;
        title = std::move(summary);
        return Outcome::Title;
    }
    if (type != "assistant" || !hasUsage)
        return Outcome::Ignored;
    const auto ms = parseIso8601Ms(timestamp);
    if (!ms)
        return Outcome::NoTimestamp;
    out.timestampMs = *ms;
    if (out.model == kSynthetic || (apiError && out.tokens.isZero())) {
        out.model.clear();
        out.tokens = TokenCounts();
    }
    return Outcome::Usage;
}

} // namespace tokenwise::claude
