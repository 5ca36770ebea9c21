// One Codex rollout line read into the few fields usage needs; internal to the Codex parser.
#pragma once

#include <QtGlobal>

#include <array>
#include <optional>
#include <string_view>

namespace tokenwise::codex {

// A TokenUsage object of codex-rs: input includes cached, output includes reasoning.
struct RolloutUsage
{
    qint64 input = 0;
    qint64 cached = 0;
    qint64 output = 0;
    qint64 reasoning = 0;

    bool isZero() const { return input == 0 && cached == 0 && output == 0 && reasoning == 0; }
    friend bool operator==(const RolloutUsage &, const RolloutUsage &) = default;
};

// The views point into a per-thread buffer that the next readRolloutLine() on the same thread reuses.
struct RolloutLine
{
    std::string_view type;
    std::optional<std::string_view> timestamp; // only when it is a JSON string
    std::string_view payloadType;
    std::string_view id;
    std::string_view cwd;
    std::string_view gitBranch;
    bool subagentSpawn = false; // source = {"subagent":{"thread_spawn":…}}
    bool forked = false; // forked_from_id is set
    bool infoPresent = false; // info is an object (not null)
    std::optional<RolloutUsage> total;
    std::optional<RolloutUsage> last;
    // payload.model, payload.model_name, payload.metadata.model, then the same under info.
    std::array<std::string_view, 6> models;
};

enum class LineRead {
    Skipped, // cannot be session_meta, turn_context or token_count: not parsed at all
    Parsed,
    Malformed, // passed the pre-filter but is not one well-formed JSON object
};

// Strips a leading UTF-8 BOM, pre-filters on bytes, then parses with simdjson On-Demand in one pass.
LineRead readRolloutLine(std::string_view text, RolloutLine &line);

// YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh[:]mm) → UTC milliseconds since the epoch.
bool parseTimestampMs(std::string_view text, qint64 &ms);

} // namespace tokenwise::codex
