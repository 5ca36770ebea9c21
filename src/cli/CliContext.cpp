// Sub-command context: ledger, prices and the refresh that precedes every report.
#include "cli/CliContext.h"

#include "app/AppLogging.h"
#include "app/settings/Settings.h"
#include "app/usage/DemoLedger.h"
#include "core/TrContext.h"

#include "sources/local/LocalSourceRegistry.h"
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"
#include "store/SyncLedger.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

TOKENWISE_TR_CONTEXT(CliContext)

namespace tokenwise::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliContext", text);
}

} // namespace

void GlobalOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({dataDir, configDir, noStore, demo});
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "tokenwise: " << message << Qt::endl;
    return code;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments,
                               const QString &parseError)
{
    if (!parser.parse(arguments))
        return fail(parseError.isEmpty() ? parser.errorText() : parseError, 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

Result<std::unique_ptr<CliContext>> CliContext::open(const QCommandLineParser &parser,
                                                     const GlobalOptions &global)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<CliContext> context(new CliContext);
    context->m_paths = AppPaths::resolve(parser.value(global.dataDir), parser.value(global.configDir));
    auto prices = PriceBook::load(context->m_paths.configDir);
    if (!prices)
        return Error {prices.error()};
    context->m_prices = std::move(prices).value();
    qCDebug(lcApp) << "price book loaded in" << timer.elapsed() << "ms";
    // Commands that write the ledger (poll) offer neither --demo nor --no-store; optionNames() lists what
    // was given without warning about options a command did not define.
    const QStringList given = parser.optionNames();
    context->m_demo = given.contains(global.demo.names().constFirst());

    if (context->m_demo) {
        auto memory = buildDemoLedger(QDateTime::currentDateTimeUtc().date(), context->m_prices);
        if (!memory)
            return Error {memory.error()};
        context->m_ledger = std::move(memory).value();
        return context;
    }
    if (given.contains(global.noStore.names().constFirst())) {
        context->m_ledger = std::make_unique<MemoryLedger>();
        return context;
    }
    QString error;
    if (!context->m_paths.ensureExist(&error))
        return Error {error};
    std::optional<LedgerDamage> damage;
    auto ledger = SqliteLedger::open(QDir(context->m_paths.dataDir).filePath(QStringLiteral("ledger.sqlite")),
                                     &damage);
    if (!ledger)
        return Error {ledger.error()};
    if (damage) {
        err() << "tokenwise: "
              << tr("the ledger was damaged (%1). It was moved to %2 and is rebuilt from the logs now; "
                    "provider history returns with the next poll.")
                     .arg(damage->reason, damage->movedTo)
              << Qt::endl;
    }
    context->m_ledger = std::move(ledger).value();
    qCDebug(lcApp) << "ledger opened in" << timer.elapsed() << "ms";
    return context;
}

Result<IngestSummary> CliContext::refresh(const QStringList &sources)
{
    if (m_demo)
        return IngestSummary {};
    Ingestor ingestor(*m_ledger, m_prices);
    if (!sources.isEmpty())
        return ingestor.ingestLocal(sources); // asked for by name: read even if turned off in Settings
    QStringList wanted = localSourceIds();
    for (const QString &off : Settings(m_paths.configDir).disabledLocalSources())
        wanted.removeAll(off);
    auto summary = wanted.isEmpty() ? Result<IngestSummary>(IngestSummary {}) : ingestor.ingestLocal(wanted);
    if (summary)
        syncFolder();
    return summary;
}

void CliContext::syncFolder()
{
    auto *persistent = dynamic_cast<SqliteLedger *>(m_ledger.get());
    if (!persistent)
        return;
    m_sync = sync::runSync(*persistent, m_paths.configDir, QDateTime::currentMSecsSinceEpoch());
    for (const QString &error : std::as_const(m_sync.errors))
        err() << "tokenwise: " << tr("sync: %1").arg(error) << Qt::endl;
}

QHash<QString, QString> CliContext::machineNames()
{
    QHash<QString, QString> names;
    names.insert(QString(), sync::machineName(m_paths.configDir));
    if (auto *persistent = dynamic_cast<SqliteLedger *>(m_ledger.get())) {
        for (const SyncMachine &m : SyncLedger(*persistent).machines()) {
            if (!m.forgotten)
                names.insert(m.id, m.name.isEmpty() ? m.id.left(8) : m.name);
        }
    }
    return names;
}

Result<QStringList> CliContext::machineIds(const QStringList &namesOrIds)
{
    const QHash<QString, QString> names = machineNames();
    QStringList ids;
    for (const QString &wanted : namesOrIds) {
        bool found = false;
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.value() == wanted || (!it.key().isEmpty() && it.key() == wanted)) {
                ids << it.key();
                found = true;
            }
        }
        if (!found) {
            QStringList known = names.values();
            known.sort();
            return Error {tr("unknown machine: %1 (%2)").arg(wanted, known.join(QStringLiteral(", ")))};
        }
    }
    return ids;
}

} // namespace tokenwise::cli
