// Parses one Claude Code transcript line into a usage record (simdjson On-Demand, the ingest hot path).
#pragma once

#include "core/UsageEvent.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>

namespace tokenwise::claude {

struct ClaudeUsageLine
{
    std::string messageId; // empty: the line cannot be de-duplicated and counts once
    std::string requestId;
    qint64 timestampMs = 0;
    std::string model; // "<synthetic>" lines are reported with no model and zero tokens
    bool fast = false;
    bool sidechain = false;
    TokenCounts tokens;
    std::string cwd;
    std::string gitBranch;
};

class ClaudeLineParser
{
public:
    enum class Outcome {
        Ignored, // not a usage line (user, summary, progress echo, housekeeping)
        Usage, // `usage` is filled in
        Title, // a `summary` line: `title` is filled in
        Malformed, // not valid JSON
        NoTimestamp, // a usage line with no valid timestamp: cannot be placed in time
    };

    ClaudeLineParser();
    ~ClaudeLineParser();

    Outcome parse(std::string_view line, ClaudeUsageLine &usage, std::string &title);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tokenwise::claude
