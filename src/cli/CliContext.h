// What every sub-command shares: global options, the ledger (on disk or in memory), prices, ingest.
#pragma once

#include "app/AppPaths.h"
#include "app/ingest/Ingestor.h"
#include "app/sync/SyncRun.h"
#include "core/PriceBook.h"
#include "store/Ledger.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace tokenwise::cli {

struct GlobalOptions
{
    QCommandLineOption dataDir {QStringLiteral("data-dir"),
                                QStringLiteral("Ledger directory (env TOKENWISE_DATA_DIR)."),
                                QStringLiteral("dir")};
    QCommandLineOption configDir {QStringLiteral("config-dir"),
                                  QStringLiteral("Settings directory (env TOKENWISE_CONFIG_DIR)."),
                                  QStringLiteral("dir")};
    QCommandLineOption noStore {QStringLiteral("no-store"),
                                QStringLiteral("Read the logs into an in-memory ledger for this run only.")};
    QCommandLineOption demo {QStringLiteral("demo"),
                             QStringLiteral("Use the built-in demo history (marked demo).")};

    void addTo(QCommandLineParser &parser) const;
};

class CliContext
{
public:
    // Opens the ledger (or an in-memory one for --no-store / --demo) and the price book.
    static Result<std::unique_ptr<CliContext>> open(const QCommandLineParser &parser,
                                                    const GlobalOptions &global);

    Ledger &ledger() { return *m_ledger; }
    const PriceBook &prices() const { return m_prices; }
    const AppPaths &paths() const { return m_paths; }
    bool isDemo() const { return m_demo; }

    // Brings the ledger up to date with the local logs (a no-op for the demo), then exchanges events with
    // the sync folder when one is set; sync problems are printed, never fatal.
    Result<IngestSummary> refresh(const QStringList &sources = {});
    const sync::SyncReport &syncReport() const { return m_sync; }

    // Every machine's display name by ledger id ("" is this machine).
    QHash<QString, QString> machineNames();
    // The ledger ids of machines given by name or id; an unknown one is an error naming the known ones.
    Result<QStringList> machineIds(const QStringList &namesOrIds);

private:
    CliContext() = default;
    void syncFolder();

    AppPaths m_paths;
    PriceBook m_prices;
    std::unique_ptr<Ledger> m_ledger;
    bool m_demo = false;
    sync::SyncReport m_sync;
};

QTextStream &out();
QTextStream &err();

// Prints "tokenwise: <message>" to stderr and returns the exit code.
int fail(const QString &message, int code = 1);

// Parses a command's arguments. Returns the exit code when the command is already done: 2 after a parse
// error (`parseError`, else the parser's own text), 0 after printing --help; nothing when it should run.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments,
                               const QString &parseError = {});

} // namespace tokenwise::cli
