// Runs a fuzz target without libFuzzer (GCC builds, ctest): every seed and regression input as is, then
// deterministic mutations of them for a few seconds. Crashes found by `make fuzz` live on here as tests.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Bytes = std::vector<uint8_t>;

Bytes readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct Rng
{
    uint64_t state;
    uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    size_t below(size_t n) { return n == 0 ? 0 : size_t(next() % n); }
};

// Tokens that JSON parsers and number readers trip over.
const char *const kInteresting[] = {"\"",
                                    "{",
                                    "}",
                                    "[",
                                    "]",
                                    ",",
                                    ":",
                                    "\\",
                                    "\\u0000",
                                    "\\ud800",
                                    "\xff",
                                    "\xc3",
                                    "\n",
                                    "null",
                                    "true",
                                    "-1",
                                    "0.5",
                                    "1e308",
                                    "-1e308",
                                    "NaN",
                                    "9223372036854775807",
                                    "18446744073709551616",
                                    "99999999999999999999",
                                    "\"2026-02-30T25:61:61Z\"",
                                    "\"+99999-01-01T00:00:00Z\""};

void mutate(Bytes &b, Rng &rng)
{
    const int steps = 1 + int(rng.below(4));
    for (int i = 0; i < steps; ++i) {
        switch (rng.below(6)) {
        case 0: // flip a byte
            if (!b.empty())
                b[rng.below(b.size())] ^= uint8_t(1u << rng.below(8));
            break;
        case 1: // cut the tail
            b.resize(rng.below(b.size() + 1));
            break;
        case 2: { // drop a span
            if (b.empty())
                break;
            const size_t from = rng.below(b.size());
            const size_t len = rng.below(b.size() - from + 1);
            b.erase(b.begin() + long(from), b.begin() + long(from + len));
            break;
        }
        case 3: { // insert an interesting token
            const char *token = kInteresting[rng.below(std::size(kInteresting))];
            b.insert(b.begin() + long(rng.below(b.size() + 1)), token, token + std::strlen(token));
            break;
        }
        case 4: { // duplicate a span
            if (b.empty() || b.size() > (1u << 20))
                break;
            const size_t from = rng.below(b.size());
            const size_t len = rng.below(std::min<size_t>(b.size() - from, 256) + 1);
            const Bytes span(b.begin() + long(from), b.begin() + long(from + len));
            b.insert(b.begin() + long(rng.below(b.size() + 1)), span.begin(), span.end());
            break;
        }
        case 5: // overwrite a digit with another
            for (size_t tries = 0; tries < 16 && !b.empty(); ++tries) {
                uint8_t &c = b[rng.below(b.size())];
                if (c >= '0' && c <= '9') {
                    c = uint8_t('0' + rng.below(10));
                    break;
                }
            }
            break;
        }
    }
}

} // namespace

// usage: fuzz_replay_X [--seconds S] DIR|FILE…   (S = 0: only the inputs themselves)
int main(int argc, char **argv)
{
    double seconds = 0;
    std::vector<Bytes> inputs;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
            continue;
        }
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            std::vector<std::filesystem::path> files;
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            for (const auto &file : files)
                inputs.push_back(readFile(file));
        } else if (std::filesystem::is_regular_file(path)) {
            inputs.push_back(readFile(path));
        } else {
            std::fprintf(stderr, "fuzz replay: no such input %s\n", argv[i]);
            return 2;
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "fuzz replay: no inputs\n");
        return 2;
    }
    for (const Bytes &input : inputs)
        LLVMFuzzerTestOneInput(input.data(), input.size());

    Rng rng {0x9E3779B97F4A7C15ull};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    long runs = 0;
    while (seconds > 0 && std::chrono::steady_clock::now() < deadline) {
        Bytes b = inputs[rng.below(inputs.size())];
        mutate(b, rng);
        LLVMFuzzerTestOneInput(b.data(), b.size());
        ++runs;
    }
    std::printf("fuzz replay: %zu inputs, %ld mutated runs\n", inputs.size(), runs);
    return 0;
}
