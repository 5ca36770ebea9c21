// libFuzzer target: one Claude Code transcript line through the ingest parser.
#include "sources/local/claude_code/ClaudeLineParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using tokenwise::claude::ClaudeLineParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ClaudeLineParser parser;
    tokenwise::claude::ClaudeUsageLine usage;
    std::string title;
    const std::string_view line(reinterpret_cast<const char *>(data), size);
    if (parser.parse(line, usage, title) == ClaudeLineParser::Outcome::Usage) {
        const auto &t = usage.tokens;
        if (t.input < 0 || t.output < 0 || t.cacheRead < 0 || t.cacheWrite5m < 0 || t.cacheWrite1h < 0
            || t.reasoning < 0)
            abort();
        // Ingest sums these into day and task totals: one line must never be able to overflow a sum.
        for (qint64 count : {t.input, t.output, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h, t.reasoning})
            if (count > tokenwise::kMaxTokenCount)
                abort();
        volatile qint64 total = t.total();
        (void)total;
    }
    return 0;
}
