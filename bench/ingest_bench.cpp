// In-process ingest figures on a corpus: cold, warm refresh with nothing new, and the cost of appending.
#include "app/ingest/Ingestor.h"
#include "core/PriceBook.h"
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tokenwise;

namespace {

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

template<typename Run> double timeMs(Run run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Appends about `bytes` of whole lines taken from the middle of `donor` to `target`.
qint64 appendLines(const QString &donor, const QString &target, qint64 bytes)
{
    QFile in(donor);
    if (!in.open(QIODevice::ReadOnly))
        return 0;
    QByteArray data = in.readAll();
    const qsizetype start = data.indexOf('\n', data.size() / 4) + 1;
    QByteArray lines = data.mid(start, bytes);
    lines.truncate(lines.lastIndexOf('\n') + 1);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return 0;
    return out.write(lines);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: tokenwise_bench CLAUDE_CONFIG_DIR [warm-runs]\n");
        return 2;
    }
    const QString corpus = QString::fromLocal8Bit(argv[1]);
    const int warmRuns = argc > 2 ? std::max(1, atoi(argv[2])) : 15;
    qputenv("CLAUDE_CONFIG_DIR", corpus.toLocal8Bit());
    QTemporaryDir scratch;
    qputenv("CODEX_HOME", scratch.filePath(QStringLiteral("no-codex")).toLocal8Bit());
    auto prices = PriceBook::load();
    if (!prices) {
        std::fprintf(stderr, "%s\n", qPrintable(prices.error()));
        return 1;
    }
    const QStringList claudeOnly {QString::fromLatin1(source::claudeCode)};

    MemoryLedger memory;
    Ingestor oneShot(memory, *prices);
    const double coldMemory = timeMs([&] { (void)oneShot.ingestLocal(claudeOnly); });

    auto opened = SqliteLedger::open(scratch.filePath(QStringLiteral("ledger.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    SqliteLedger &ledger = **opened;
    Ingestor ingestor(ledger, *prices);
    qint64 coldBytes = 0;
    const double coldSqlite = timeMs([&] { coldBytes = ingestor.ingestLocal(claudeOnly)->bytesRead(); });

    std::vector<double> warm;
    qint64 warmBytes = 0;
    for (int i = 0; i < warmRuns; ++i)
        warm.push_back(timeMs([&] { warmBytes += ingestor.ingestLocal(claudeOnly)->bytesRead(); }));

    // Append about 1 MB of lines to one transcript and refresh.
    const QString projects = corpus + QStringLiteral("/projects");
    const QStringList dirs = QDir(projects).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const QString dir = projects + QLatin1Char('/') + dirs.value(0);
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Size);
    const QString target = dir + QLatin1Char('/') + files.value(0);
    const qint64 appended = appendLines(target, target, 1 << 20);
    qint64 appendRead = 0;
    const double appendMs = timeMs([&] { appendRead = ingestor.ingestLocal(claudeOnly)->bytesRead(); });

    std::printf("corpus_bytes %lld\n", static_cast<long long>(coldBytes));
    std::printf("events %lld\n", static_cast<long long>(ledger.eventCount()));
    std::printf("cold_memory_ms %.1f\n", coldMemory);
    std::printf("cold_sqlite_ms %.1f\n", coldSqlite);
    std::printf("warm_refresh_ms_median %.1f\n", medianMs(warm));
    std::printf("warm_bytes_read %lld\n", static_cast<long long>(warmBytes));
    std::printf("append_bytes %lld\n", static_cast<long long>(appended));
    std::printf("append_bytes_read %lld\n", static_cast<long long>(appendRead));
    std::printf("append_refresh_ms %.1f\n", appendMs);
    return 0;
}
