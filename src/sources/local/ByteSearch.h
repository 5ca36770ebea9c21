// Substring search for the ingest hot path: faster than glibc's memmem on JSON, where quotes are everywhere.
#pragma once

#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tokenwise {

// First occurrence of `needle` (at least 2 bytes) in [from, end), or `end`.
inline const char *findBytes(const char *from, const char *end, std::string_view needle)
{
    const size_t n = needle.size();
    if (from >= end || size_t(end - from) < n)
        return end;
#if defined(__SSE2__)
    // Compare two interior bytes at their fixed distance 16 positions at a time (W. Muła's "generic SIMD"):
    // for a quoted key like "usage" these are letters, so candidates are rare and each is checked with
    // memcmp.
    const size_t a = n > 2 ? 1 : 0;
    const size_t b = n > 2 ? n - 2 : n - 1;
    const __m128i first = _mm_set1_epi8(needle[a]);
    const __m128i second = _mm_set1_epi8(needle[b]);
    const char *last = end - n; // the last position a match can start at
    const char *p = from;
    for (; p + 15 <= last; p += 16) {
        const __m128i blockA = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + a));
        const __m128i blockB = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + b));
        unsigned mask = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(blockA, first), _mm_cmpeq_epi8(blockB, second))));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(p + bit, needle.data(), n) == 0)
                return p + bit;
            mask &= mask - 1;
        }
    }
    for (; p <= last; ++p) {
        if (std::memcmp(p, needle.data(), n) == 0)
            return p;
    }
    return end;
#else
    const void *hit = memmem(from, size_t(end - from), needle.data(), n);
    return hit ? static_cast<const char *>(hit) : end;
#endif
}

} // namespace tokenwise
