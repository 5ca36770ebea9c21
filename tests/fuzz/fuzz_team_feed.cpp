// libFuzzer target: a team feed document as fetched from a URL or a file.
#include "sources/team/TeamFeed.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = tokenwise::team::parseFeed(json, 1'770'000'000'000);
    if (!parsed.ok())
        return 0;
    for (const auto &d : parsed.value()) {
        // The documented guarantees: five members or more, ordered quantiles, a real period.
        if (d.members < tokenwise::TeamDistribution::kMinimumMembers || d.p25 > d.p50 || d.p50 > d.p75
            || d.p75 > d.p90 || d.p25 < 0 || !d.start.isValid() || !d.end.isValid() || d.end < d.start)
            abort();
    }
    return 0;
}
