// The ingest step: local log sources → priced events → the ledger, incrementally and idempotently.
#pragma once

#include "app/ingest/SourceScanStatus.h"
#include "core/Clock.h"
#include "core/PriceBook.h"
#include "sources/local/LocalSource.h"
#include "store/Ledger.h"

#include <QStringList>

namespace tokenwise {

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
    // Reads what is new in the local logs of `sources` (empty: every registered local source), commits it.
    Result<IngestSummary> ingestLocal(const QStringList &sources = {});

    // Prices one event with the book (basis and version recorded on the event).
    // `candidates` are the model ids to try in order (the source's own list); empty: the event's model.
    // An event whose cost the agent recorded keeps it.
    static void price(UsageEvent &event, const PriceBook &prices, const QStringList &candidates = {});

private:
    Result<SourceScanStatus> ingestSource(const LocalSource &source);

    Ledger &m_ledger;
    const PriceBook &m_prices;
    const Clock &m_clock;
    int m_threads = 2;
};

} // namespace tokenwise
