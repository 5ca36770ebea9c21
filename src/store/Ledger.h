// The ledger: idempotent storage of usage events, file cursors and tasks, and the queries reports need.
#pragma once

#include "core/IngestRecords.h"
#include "core/Result.h"
#include "core/SpendRecords.h"
#include "core/UsageEvent.h"
#include "core/UsageSlice.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace tokenwise {

struct LedgerQuery
{
    qint64 fromMs = std::numeric_limits<qint64>::min(); // inclusive, UTC
    qint64 toMs = std::numeric_limits<qint64>::max(); // exclusive, UTC
    QStringList sources; // empty: all
    QString sessionId; // empty: all; one task's usage with a single source
    QStringList machines; // empty: all; "" is this machine, others their sync ids
};

struct SourceTotals
{
    QString source;
    qint64 files = 0;
    qint64 lines = 0;
    qint64 malformed = 0;
    qint64 noTimestamp = 0;
    qint64 events = 0; // events kept in the ledger after de-dup
    qint64 lastIngestMs = 0;
};

class Ledger
{
public:
    virtual ~Ledger() = default;

    virtual QHash<QString, FileCursor> cursors(const QString &source) = 0;
    // Cheaper than cursors(): what a refresh needs to skip unchanged files.
    virtual QHash<QString, FileStamp> fileStamps(const QString &source);
    // The full cursors of just these files.
    virtual QHash<QString, FileCursor> cursors(const QString &source, const QStringList &paths);
    // Stores events (re-storing the same event changes nothing; a better copy replaces a worse one),
    // cursors and tasks atomically: a cursor never runs ahead of its events.
    virtual Status commit(IngestBatch batch) = 0;

    virtual QList<UsageSlice> usageSlices(const LedgerQuery &query) = 0;
    virtual QList<TaskSlice> taskSlices(const LedgerQuery &query) = 0;
    virtual QHash<QString, TaskInfo> tasks() = 0; // keyed by source + '\n' + sessionId
    virtual QList<SourceTotals> sourceTotals() = 0;
    virtual qint64 eventCount() = 0;

    // Provider API data (LedgerApi): events under commit()'s rules, then buckets, reported day costs, team
    // distributions (members >= 5 only) and the poll state, all as upserts: a failing poll deletes nothing.
    virtual Status commitApi(const ApiBatch &batch) = 0;
    virtual QList<SpendBucket> spendBuckets(const QString &source, qint64 fromMs, qint64 toMs) = 0;
    // Days in [from, to] (UTC; an invalid date leaves that end open).
    virtual QList<ReportedDayCost> reportedCosts(const QDate &from, const QDate &to) = 0;
    // Distributions whose period overlaps [from, to].
    virtual QList<TeamDistribution> teamDistributions(const QDate &from, const QDate &to) = 0;
    virtual std::optional<SourcePollState> pollState(const QString &source) = 0;
    virtual QList<SourcePollState> pollStates() = 0;
};

} // namespace tokenwise
