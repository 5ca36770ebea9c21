// Scans files on worker threads and hands each result to the calling thread as soon as it is ready.
#pragma once

#include <QList>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tokenwise {

// `makeWorker()` builds one scanning function per thread (each owns its parser); `consume` runs on the
// calling thread (where the ledger's connection lives), in completion order. Items are handed out one at a
// time, so the threads finish together without knowing sizes up front (a stat per file costs more).
template<typename Item, typename Result>
void parallelScan(const QList<Item> &items, int threads,
                  std::function<std::function<Result(const Item &)>()> makeWorker,
                  const std::function<void(Result &&)> &consume)
{

    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Result> done;
    size_t next = 0;
    int running = std::max(1, std::min<int>(threads, int(items.size())));
    const int workerCount = running;
    std::vector<std::thread> workers;
    for (int t = 0; t < workerCount; ++t) {
        workers.emplace_back([&] {
            auto scan = makeWorker();
            for (;;) {
                qsizetype index;
                {
                    std::lock_guard lock(mutex);
                    if (next >= size_t(items.size()))
                        break;
                    index = qsizetype(next++);
                }
                Result result = scan(items.at(index));
                std::lock_guard lock(mutex);
                done.push_back(std::move(result));
                ready.notify_one();
            }
            std::lock_guard lock(mutex);
            --running;
            ready.notify_one();
        });
    }
    for (;;) {
        std::optional<Result> result;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return !done.empty() || running == 0; });
            if (done.empty())
                break;
            result.emplace(std::move(done.front()));
            done.pop_front();
        }
        consume(std::move(*result));
    }
    for (auto &worker : workers)
        worker.join();
}

} // namespace tokenwise
