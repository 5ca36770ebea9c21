// Local log ingest: scan in parallel, price on the ledger's thread, commit in bounded batches.
#include "app/ingest/Ingestor.h"

#include "app/AppLogging.h"
#include "app/ingest/ParallelScan.h"
#include "core/TrContext.h"
#include "sources/local/ForeignDatabase.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/LogFileReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

TOKENWISE_TR_CONTEXT(Ingestor)

namespace tokenwise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ingestor", text);
}

constexpr qsizetype kEventsPerCommit = 5'000;

// What the listing could not see is told, never dropped in silence: it may hold spend.
void reportProblems(const QList<LogTreeProblem> &problems, SourceScanStatus &status)
{
    for (const LogTreeProblem &problem : problems) {
        status.errors << QStringLiteral("%1: %2").arg(
            problem.path,
            problem.kind == LogTreeProblem::Kind::UnreadableFolder
                ? tr("cannot read this folder (%1)").arg(problem.reason)
                : tr("the file name is not valid UTF-8"));
    }
}

// Collects scan results into batches; commits when a batch is large, and once more at the end.
class BatchWriter
{
public:
    BatchWriter(Ledger &ledger, const PriceBook &prices, const LocalSource &source, SourceScanStatus &status)
        : m_ledger(ledger), m_prices(prices), m_source(source), m_status(status)
    { }

    void add(FileScanResult &&result)
    {
        if (!result.error.isEmpty()) {
            m_status.errors << QStringLiteral("%1: %2").arg(result.cursor.path, result.error);
            return;
        }
        if (!result.changed)
            return;
        ++m_status.changedFiles;
        m_status.bytesRead += result.bytesRead;
        m_status.candidateEvents += result.events.size();
        m_status.malformed += result.malformed;
        m_status.noTimestamp += result.noTimestamp;
        for (UsageEvent &e : result.events) {
            Ingestor::price(e, m_prices, m_source.priceCandidates(e.model, e.timestampMs));
            m_batch.events.append(std::move(e));
        }
        m_batch.cursors.append(result.cursor);
        if (!result.task.sessionId.isEmpty())
            m_batch.tasks.append(result.task);
        m_batch.tasks.append(result.moreTasks);
        if (m_batch.events.size() >= kEventsPerCommit)
            (void)flush(); // a failure is kept and returned by the final flush()
    }

    Status flush()
    {
        if (!m_failure.ok())
            return m_failure;
        if (m_batch.cursors.isEmpty())
            return success();
        Status status = m_ledger.commit(std::move(m_batch));
        m_batch = IngestBatch();
        if (!status.ok())
            m_failure = status;
        return status;
    }

private:
    Ledger &m_ledger;
    const PriceBook &m_prices; // priced here, on one thread: the book's model cache is then uncontended
    const LocalSource &m_source;
    SourceScanStatus &m_status;
    IngestBatch m_batch;
    Status m_failure = success();
};

// The paths whose stat() differs from the ledger's stamp (or that it has never seen): only these are opened.
QStringList changedPaths(const QList<LocalFile> &files, const QHash<QString, FileStamp> &stamps)
{
    QStringList changed;
    for (const LocalFile &file : files) {
        const QString &path = file.path;
        const auto stamp = stamps.constFind(path);
        const FileIdentity now = file.database ? identifyDatabase(path) : identify(path);
        if (!now.exists)
            continue; // gone: its events stay in the ledger
        if (stamp == stamps.cend() || !(*stamp == FileStamp {now.device, now.inode, now.size, now.mtimeMs}))
            changed << path;
    }
    return changed;
}

} // namespace

qint64 IngestSummary::bytesRead() const
{
    qint64 total = 0;
    for (const SourceScanStatus &s : sources)
        total += s.bytesRead;
    return total;
}

Ingestor::Ingestor(Ledger &ledger, const PriceBook &prices, const Clock &clock)
    : m_ledger(ledger), m_prices(prices), m_clock(clock)
{ }

void Ingestor::price(UsageEvent &event, const PriceBook &prices, const QStringList &candidates)
{
    if (event.basis == CostBasis::Recorded)
        return; // the agent's own figure is the cost; tokens stay for display
    for (const QString &model : candidates.isEmpty() ? QStringList {event.model} : candidates) {
        const PricedCost cost = prices.price(model, event.tokens, event.fast, event.aggregate);
        if (cost.priced) {
            event.cost = cost.cost;
            event.basis = CostBasis::Priced;
            event.priceVersion = prices.version();
            return;
        }
    }
    event.cost = 0;
    event.basis = CostBasis::Unpriced;
    event.priceVersion.clear();
}

Result<IngestSummary> Ingestor::ingestLocal(const QStringList &sources)
{
    IngestSummary summary;
    for (const LocalSource *source : localSources()) {
        if (!sources.isEmpty() && !sources.contains(source->id()))
            continue;
        auto status = ingestSource(*source);
        if (!status)
            return Error {status.error()};
        summary.sources << status.value();
    }
    return summary;
}

Result<SourceScanStatus> Ingestor::ingestSource(const LocalSource &source)
{
    SourceScanStatus status;
    status.source = source.id();
    QElapsedTimer timer;
    timer.start();
    const LocalListing listing = source.list();
    status.searched = listing.searched;
    status.roots = listing.roots;
    status.files = listing.files.size();
    reportProblems(listing.problems, status);
    qCDebug(lcApp) << status.source << listing.files.size() << "files listed in" << timer.elapsed() << "ms";

    const QStringList changed = changedPaths(listing.files, m_ledger.fileStamps(status.source));
    const QHash<QString, FileCursor> cursors = m_ledger.cursors(status.source, changed);
    const QSet<QString> changedSet(changed.cbegin(), changed.cend());
    QList<LocalFile> toScan;
    for (const LocalFile &file : listing.files) {
        if (changedSet.contains(file.path))
            toScan << file;
    }
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();

    BatchWriter writer(m_ledger, m_prices, source, status);
    parallelScan<LocalFile, FileScanResult>(
        toScan, m_threads,
        [&] {
            std::shared_ptr<LocalFileScanner> scanner = source.makeScanner();
            return [scanner, &cursors, nowMs](const LocalFile &file) {
                const auto it = cursors.constFind(file.path);
                FileScanResult result = scanner->scan(file, it == cursors.cend() ? nullptr : &*it, nowMs);
                result.cursor.path = file.path;
                return result;
            };
        },
        [&](FileScanResult &&result) { writer.add(std::move(result)); });
    if (Status flushed = writer.flush(); !flushed)
        return Error {flushed.error()};
    qCDebug(lcApp) << status.source << "scanned and committed at" << timer.elapsed() << "ms";
    return status;
}

} // namespace tokenwise
