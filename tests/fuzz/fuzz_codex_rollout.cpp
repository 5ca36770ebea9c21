// libFuzzer target: a Codex rollout file, line by line, with a save/restore of the parser state half-way.
#include "sources/local/codex/CodexRolloutParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using tokenwise::codex::CodexRolloutParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const QString name
        = QStringLiteral("rollout-2026-05-14T10-00-00-0196c6a2-7f3e-7a10-9c2e-4b8d1e6f5a21.jsonl");
    CodexRolloutParser parser(name);
    std::vector<tokenwise::UsageEvent> events;
    size_t pos = 0;
    size_t lineNo = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        parser.feedLine(text.substr(pos, end - pos), events);
        pos = end + 1;
        if (++lineNo == 2) {
            // What the ledger keeps between runs must bring back the same parser.
            const QByteArray state = parser.saveState();
            CodexRolloutParser resumed(name);
            if (!resumed.restoreState(state) || resumed.saveState() != state)
                abort();
            parser = resumed;
        }
    }
    for (const auto &event : events) {
        const auto &t = event.tokens;
        if (t.input < 0 || t.output < 0 || t.cacheRead < 0 || t.cacheWrite5m < 0 || t.cacheWrite1h < 0
            || t.reasoning < 0)
            abort();
        for (qint64 count : {t.input, t.output, t.cacheRead, t.cacheWrite5m, t.cacheWrite1h, t.reasoning})
            if (count > tokenwise::kMaxTokenCount)
                abort();
        volatile qint64 total = t.total();
        (void)total;
    }
    // A state blob from a damaged ledger must be refused or accepted, never crash.
    CodexRolloutParser fromBlob(name);
    fromBlob.restoreState(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
