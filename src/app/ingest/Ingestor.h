// The ingest step: local log sources → priced events → the ledger, incrementally and idempotently.
#pragma once

#include "core/Clock.h"
#include "core/PriceBook.h"
#include "store/Ledger.h"

#include <QStringList>

namespace tokenwise {

struct SourceScanStatus
{
    QString source;
    QStringList searched; // where it looked
    QStringList roots; // what it found
    qint64 files = 0;
    qint64 changedFiles = 0;
    qint64 bytesRead = 0;
    qint64 candidateEvents = 0; // usage lines read this run, before de-dup
    qint64 malformed = 0; // this run
    qint64 noTimestamp = 0; // this run
    QStringList errors;
};

struct IngestSummary
{
    QList<SourceScanStatus> sources;
    qint64 bytesRead() const;
};

class Ingestor
{
public:
    Ingestor(Ledger &ledger, const PriceBook &prices, const Clock &clock = SystemClock::instance());

    void setThreads(int threads) { m_threads = threads; }
    // Reads what is new in the local logs of `sources` (empty: every local source) and commits it.
    Result<IngestSummary> ingestLocal(const QStringList &sources = {});

    // Prices one event with the book (basis and version recorded on the event).
    static void price(UsageEvent &event, const PriceBook &prices);

private:
    Result<SourceScanStatus> ingestClaudeCode();
    Result<SourceScanStatus> ingestCodex();

    Ledger &m_ledger;
    const PriceBook &m_prices;
    const Clock &m_clock;
    int m_threads = 2;
};

} // namespace tokenwise
