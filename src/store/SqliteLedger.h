// The persistent ledger: SQLite through Qt SQL, WAL mode, numbered migrations.
#pragma once

#include "store/Ledger.h"
#include "store/LedgerRecovery.h"

#include <QString>

namespace tokenwise {

class SqliteLedger final : public Ledger
{
public:
    ~SqliteLedger() override;

    // Opens (creating and migrating as needed) <dataDir>/ledger.sqlite, or the given file path. A file that
    // fails PRAGMA quick_check is moved aside and a fresh ledger opened; `damage` then says so, and the
    // caller must tell the user.
    static Result<std::unique_ptr<SqliteLedger>> open(const QString &databasePath,
                                                      std::optional<LedgerDamage> *damage = nullptr);

    static constexpr int kSchemaVersion = 3;

    QHash<QString, FileCursor> cursors(const QString &source) override;
    QHash<QString, FileStamp> fileStamps(const QString &source) override;
    QHash<QString, FileCursor> cursors(const QString &source, const QStringList &paths) override;
    Status commit(IngestBatch batch) override;
    QList<UsageSlice> usageSlices(const LedgerQuery &query) override;
    QList<TaskSlice> taskSlices(const LedgerQuery &query) override;
    QHash<QString, TaskInfo> tasks() override;
    QList<SourceTotals> sourceTotals() override;
    qint64 eventCount() override;
    // Provider API data: SqliteLedgerApi.cpp.
    Status commitApi(const ApiBatch &batch) override;
    QList<SpendBucket> spendBuckets(const QString &source, qint64 fromMs, qint64 toMs) override;
    QList<ReportedDayCost> reportedCosts(const QDate &from, const QDate &to) override;
    QList<TeamDistribution> teamDistributions(const QDate &from, const QDate &to) override;
    std::optional<SourcePollState> pollState(const QString &source) override;
    QList<SourcePollState> pollStates() override;

    QString connectionName() const { return m_connection; }
    int schemaVersion();

private:
    explicit SqliteLedger(QString connection);
    Status migrate();

    QString m_connection;
};

} // namespace tokenwise
