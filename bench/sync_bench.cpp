// Sync-folder figures: reading another machine's 100,000-event file into this ledger, then the cost of a
// refresh when no file changed. The peer ccusage has no multi-machine totals, so it has no column to compare.
// Usage: build/bench/tokenwise_sync_bench [--events N] [--runs R]
#include "app/poll/ApiSettings.h"
#include "app/sync/SyncRun.h"
#include "store/SqliteLedger.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tokenwise;

namespace {

constexpr qint64 kDec1 = 1796083200000;

bool configure(const QString &config, const QString &folder, const QString &name)
{
    ApiSettings settings(config);
    return settings.setValue(QStringLiteral("sync.folder"), folder).ok()
        && settings.setValue(QStringLiteral("sync.machine-name"), name).ok();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int events = option("--events", 100'000);
    const int runs = option("--runs", 5);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Sync"));
    QDir().mkpath(folder);

    // The other machine: its ledger and its file, written once.
    const QString remoteConfig = dir.filePath(QStringLiteral("remote/config"));
    if (!configure(remoteConfig, folder, QStringLiteral("desktop")))
        return 1;
    auto remote = SqliteLedger::open(dir.filePath(QStringLiteral("remote/ledger.sqlite")));
    if (!remote)
        return 1;
    for (int start = 0; start < events; start += 10'000) {
        IngestBatch batch;
        for (int i = start; i < std::min(events, start + 10'000); ++i) {
            UsageEvent e;
            e.source = QStringLiteral("claude-code");
            e.setResponseKey(QByteArray("msg_").append(QByteArray::number(i)), "req");
            e.timestampMs = kDec1 + qint64(i) * 1'000;
            e.model = QStringLiteral("claude-sonnet-4-5");
            e.tokens.input = 1'000 + i % 97;
            e.tokens.output = 200;
            e.tokens.cacheRead = 5'000;
            e.cost = 9'000 + i % 13;
            e.sessionId = QStringLiteral("s%1").arg(i / 50);
            batch.events << e;
        }
        if (!(*remote)->commit(batch).ok())
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport written = sync::runSync(**remote, remoteConfig, kDec1);
    const qint64 exportMs = timer.elapsed();
    const qint64 fileBytes = QFileInfo(written.exported.file).size();

    QList<double> readMs, idleMs;
    for (int run = 0; run < runs; ++run) {
        const QString local = dir.filePath(QStringLiteral("local-%1").arg(run));
        if (!configure(local + QStringLiteral("/config"), folder, QStringLiteral("laptop")))
            return 1;
        auto ledger = SqliteLedger::open(local + QStringLiteral("/ledger.sqlite"));
        if (!ledger)
            return 1;
        timer.restart();
        const sync::SyncReport first = sync::runSync(**ledger, local + QStringLiteral("/config"), kDec1);
        readMs << double(timer.nsecsElapsed()) / 1e6;
        if (!first.errors.isEmpty() || (*ledger)->eventCount() != events) {
            std::fprintf(stderr, "sync_bench: read %lld of %d events: %s\n",
                         (long long)(*ledger)->eventCount(), events,
                         qPrintable(first.errors.join(QStringLiteral("; "))));
            return 1;
        }
        timer.restart();
        sync::runSync(**ledger, local + QStringLiteral("/config"), kDec1);
        idleMs << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("sync folder, %d events (%.1f MB file, written in %lld ms), median of %d runs\n", events,
                double(fileBytes) / 1e6, (long long)exportMs, runs);
    std::printf("%-44s %12s %12s\n", "", "tokenwise", "ccusage");
    std::printf("%-44s %10.1f ms %12s\n", "read another machine's file (first sync)", median(readMs), "n/a");
    std::printf("%-44s %10.2f ms %12s\n", "sync with nothing changed", median(idleMs), "n/a");
    std::printf("(ccusage 20.0.24 has no multi-machine totals: nothing to run side by side)\n");
    return 0;
}
