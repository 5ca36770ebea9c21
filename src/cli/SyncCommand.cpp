// `tokenwise sync [status] [--json]`, `sync forget NAME`, `sync restore NAME`: the machines of the sync
// folder.
#include "app/sync/SyncFormat.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "core/Money.h"
#include "core/TimeAgo.h"
#include "core/TrContext.h"
#include "store/SqliteLedger.h"
#include "store/SyncLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TOKENWISE_TR_CONTEXT(SyncCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("SyncCommand", text, nullptr, n);
}

QString isoOrEmpty(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

// This machine's own events and their cost ("" is this machine in the ledger).
std::pair<qint64, MicroUsd> ownTotals(Ledger &ledger)
{
    LedgerQuery query;
    query.machines = {QString()};
    qint64 events = 0;
    MicroUsd cost = 0;
    for (const UsageSlice &slice : ledger.usageSlices(query)) {
        events += slice.events;
        cost += slice.cost;
    }
    return {events, cost};
}

// The one machine `wanted` names (display name, whole id or an id's first eight digits), or an error.
Result<SyncMachine> findMachine(const QList<SyncMachine> &machines, const QString &wanted)
{
    QList<SyncMachine> hits;
    for (const SyncMachine &m : machines) {
        if (m.name == wanted || m.id == wanted || (wanted.size() >= 8 && m.id.startsWith(wanted)))
            hits << m;
    }
    if (hits.size() == 1)
        return hits.constFirst();
    QStringList known;
    for (const SyncMachine &m : machines)
        known << QStringLiteral("%1 (%2)").arg(m.name, m.id.left(8));
    if (hits.isEmpty())
        return Error {tr("no machine %1 in the sync folder (known: %2)")
                          .arg(wanted, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))};
    return Error {tr("%1 names more than one machine; give its id: %2").arg(wanted, known.join(u", "))};
}

int printStatus(CliContext &context, bool asJson)
{
    const sync::SyncReport &report = context.syncReport();
    auto *persistent = dynamic_cast<SqliteLedger *>(&context.ledger());
    if (report.folder.isEmpty()) {
        if (asJson) {
            out() << QJsonDocument(QJsonObject {{QStringLiteral("folder"), QString()},
                                                {QStringLiteral("machines"), QJsonArray()}})
                         .toJson();
        } else {
            out() << tr("Sync is off: no sync folder is set (tokenwise config set sync.folder DIR).")
                  << Qt::endl;
        }
        return 0;
    }
    const QList<SyncMachine> machines = SyncLedger(*persistent).machines();
    const auto [ownEvents, ownCost] = ownTotals(context.ledger());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString ownFile = report.me.id + QLatin1String(sync::kFileSuffix);
    if (asJson) {
        QJsonArray array;
        for (const SyncMachine &m : machines) {
            array.append(QJsonObject {{QStringLiteral("id"), m.id},
                                      {QStringLiteral("name"), m.name},
                                      {QStringLiteral("file"), QDir(report.folder).relativeFilePath(m.file)},
                                      {QStringLiteral("events"), m.events},
                                      {QStringLiteral("totalCost"), dollarsFromMicros(m.cost)},
                                      {QStringLiteral("records"), m.records},
                                      {QStringLiteral("malformedRecords"), m.malformed},
                                      {QStringLiteral("lastWrite"), isoOrEmpty(m.lastWriteMs)},
                                      {QStringLiteral("lastRead"), isoOrEmpty(m.lastReadMs)},
                                      {QStringLiteral("newestEvent"), isoOrEmpty(m.lastRecordMs)},
                                      {QStringLiteral("forgotten"), m.forgotten},
                                      {QStringLiteral("error"), m.error}});
        }
        const QJsonObject me {{QStringLiteral("id"), report.me.id},
                              {QStringLiteral("name"), report.me.name},
                              {QStringLiteral("file"), ownFile},
                              {QStringLiteral("events"), ownEvents},
                              {QStringLiteral("totalCost"), dollarsFromMicros(ownCost)},
                              {QStringLiteral("sentNow"), report.exported.events}};
        out() << QJsonDocument(
                     QJsonObject {{QStringLiteral("folder"), report.folder},
                                  {QStringLiteral("thisMachine"), me},
                                  {QStringLiteral("machines"), array},
                                  {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)}})
                     .toJson();
        return report.errors.isEmpty() ? 0 : 1;
    }
    out() << tr("Sync folder: %1").arg(report.folder) << Qt::endl;
    out() << "  " << tr("%1 (this machine, %2): ").arg(report.me.name, ownFile)
          << tr("%n events", int(ownEvents)) << ", " << formatUsd(ownCost) << ", "
          << tr("%n sent now", int(report.exported.events)) << Qt::endl;
    for (const SyncMachine &m : machines) {
        out() << "  " << m.name << " (" << m.id.left(8) << "): ";
        if (m.forgotten) {
            out() << tr("forgotten; its file is not read (tokenwise sync restore %1)").arg(m.name)
                  << Qt::endl;
            continue;
        }
        out() << tr("%n events", int(m.events)) << ", " << formatUsd(m.cost) << ", "
              << tr("last synced %1").arg(timeAgo(m.lastWriteMs, now)) << Qt::endl;
        if (m.malformed)
            out() << "    " << tr("%n malformed records skipped", int(m.malformed)) << Qt::endl;
        if (!m.error.isEmpty())
            out() << "    " << tr("problem:") << ' ' << m.error << Qt::endl;
    }
    if (machines.isEmpty())
        out() << "  " << tr("no other machine has written to the folder yet") << Qt::endl;
    return report.errors.isEmpty() ? 0 : 1;
}

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exchange usage with your other machines through the sync folder and show what each sent."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("status (the default), forget NAME or restore NAME"));
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON output."));
    parser.addOption(json);
    if (const auto done = parseOrExit(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("status"));
    const bool named = action == QLatin1String("forget") || action == QLatin1String("restore");
    const bool valid = named ? args.size() == 2 : action == QLatin1String("status") && args.size() <= 1;
    if (!valid)
        return fail(tr("usage: tokenwise sync [status] | forget NAME | restore NAME"), 2);
    if (parser.isSet(global.demo) || parser.isSet(global.noStore))
        return fail(tr("sync works on the stored ledger; leave out --demo and --no-store"), 2);

    auto context = CliContext::open(parser, global);
    if (!context)
        return fail(context.error());
    if (!named) {
        const auto refreshed = (*context)->refresh();
        if (!refreshed)
            return fail(refreshed.error());
        return printStatus(**context, parser.isSet(json));
    }
    auto *persistent = dynamic_cast<SqliteLedger *>(&(*context)->ledger());
    if (!persistent)
        return fail(tr("sync works on the stored ledger"));
    SyncLedger ledger(*persistent);
    const auto machine = findMachine(ledger.machines(), args.at(1));
    if (!machine)
        return fail(machine.error(), 2);
    if (action == QLatin1String("forget")) {
        const auto removed = ledger.forget(machine->id);
        if (!removed)
            return fail(removed.error());
        out() << tr("Forgot %1: %n events removed from this ledger; its file is no longer read.",
                    int(*removed))
                     .arg(machine->name)
              << Qt::endl;
        return 0;
    }
    if (const Status restored = ledger.restore(machine->id); !restored)
        return fail(restored.error());
    out() << tr("%1 is read again from the start on the next refresh.").arg(machine->name) << Qt::endl;
    return 0;
}

} // namespace tokenwise::cli
