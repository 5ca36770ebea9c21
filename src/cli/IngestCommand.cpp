// `tokenwise ingest` and `tokenwise sources`: bring the ledger up to date; say what each source holds.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "core/Money.h"
#include "core/TimeAgo.h"
#include "core/TrContext.h"
#include "sources/local/LocalSourceRegistry.h"
#include "store/SqliteLedger.h"
#include "store/SyncLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

TOKENWISE_TR_CONTEXT(IngestCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("IngestCommand", text, nullptr, n);
}

struct Parsed
{
    QCommandLineParser parser;
    GlobalOptions global;
    QCommandLineOption json {QStringLiteral("json"), QStringLiteral("JSON output.")};
    QCommandLineOption source {
        QStringLiteral("source"),
        tr("Only this local source (repeatable): %1.").arg(localSourceIds().join(QStringLiteral(", "))),
        QStringLiteral("id")};
    QStringList sources() const { return parser.values(source); }
};

// Returns -1 to go on, or an exit code.
int parse(Parsed &p, const QStringList &arguments, const QString &description)
{
    p.parser.setApplicationDescription(description);
    p.parser.addHelpOption();
    p.global.addTo(p.parser);
    p.parser.addOption(p.json);
    p.parser.addOption(p.source);
    if (const auto done = parseOrExit(p.parser, arguments))
        return *done;
    if (!p.parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(p.parser.positionalArguments().constFirst()), 2);
    for (const QString &id : p.sources()) {
        if (!findLocalSource(id))
            return fail(tr("unknown source: %1 (%2)").arg(id, localSourceIds().join(QStringLiteral(", "))),
                        2);
    }
    return -1;
}

QString when(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
              : tr("never");
}

struct SyncSection
{
    QJsonObject json; // {folder, machines: [{id, name, events, totalCost, lastWrite, error}], errors}
    QString text;
};

// The sync folder as one more source: every other machine, how fresh its file is, and what went wrong.
SyncSection syncSection(CliContext &context)
{
    SyncSection section;
    const sync::SyncReport &report = context.syncReport();
    auto *persistent = dynamic_cast<SqliteLedger *>(&context.ledger());
    if (report.folder.isEmpty() || !persistent)
        return section;
    QJsonArray machines;
    QString text = tr("Sync folder (%1)").arg(report.folder) + QLatin1Char('\n');
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const SyncMachine &m : SyncLedger(*persistent).machines()) {
        if (m.forgotten)
            continue;
        machines.append(QJsonObject {
            {QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("events"), m.events},
            {QStringLiteral("totalCost"), dollarsFromMicros(m.cost)},
            {QStringLiteral("malformedRecords"), m.malformed},
            {QStringLiteral("lastWrite"),
             m.lastWriteMs
                 ? QDateTime::fromMSecsSinceEpoch(m.lastWriteMs, Qt::UTC).toString(Qt::ISODateWithMs)
                 : QString()},
            {QStringLiteral("error"), m.error}});
        text += QStringLiteral("  %1: ").arg(m.name)
            + tr("%n events, last synced %1", int(m.events)).arg(timeAgo(m.lastWriteMs, now))
            + QLatin1Char('\n');
        if (!m.error.isEmpty())
            text += QStringLiteral("    ") + tr("problem:") + QLatin1Char(' ') + m.error + QLatin1Char('\n');
    }
    for (const QString &error : report.errors)
        text += QStringLiteral("  ") + tr("problem:") + QLatin1Char(' ') + error + QLatin1Char('\n');
    section.json = QJsonObject {{QStringLiteral("folder"), report.folder},
                                {QStringLiteral("machines"), machines},
                                {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)}};
    section.text = text;
    return section;
}

} // namespace

int runIngest(const QStringList &arguments)
{
    Parsed p;
    if (const int code = parse(p, arguments, tr("Read what is new in the local agent logs into the ledger."));
        code >= 0)
        return code;
    auto context = CliContext::open(p.parser, p.global);
    if (!context)
        return fail(context.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = (*context)->refresh(p.sources());
    if (!summary)
        return fail(summary.error());
    const qint64 elapsed = timer.elapsed();
    if (p.parser.isSet(p.json)) {
        QJsonArray array;
        for (const SourceScanStatus &s : summary->sources) {
            array.append(QJsonObject {{QStringLiteral("source"), s.source},
                                      {QStringLiteral("files"), s.files},
                                      {QStringLiteral("changedFiles"), s.changedFiles},
                                      {QStringLiteral("bytesRead"), s.bytesRead},
                                      {QStringLiteral("usageLines"), s.candidateEvents},
                                      {QStringLiteral("malformedLines"), s.malformed},
                                      {QStringLiteral("linesWithoutTimestamp"), s.noTimestamp},
                                      {QStringLiteral("errors"), QJsonArray::fromStringList(s.errors)}});
        }
        out() << QJsonDocument(QJsonObject {{QStringLiteral("sources"), array},
                                            {QStringLiteral("elapsedMs"), elapsed},
                                            {QStringLiteral("events"), (*context)->ledger().eventCount()}})
                     .toJson();
        return 0;
    }
    const QLocale locale = QLocale::system();
    for (const SourceScanStatus &s : summary->sources) {
        out() << s.source << ": "
              << tr("%1 files, %2 changed, %3 bytes read, %4 usage lines, %5 malformed and %6 undated lines "
                    "skipped")
                     .arg(locale.toString(s.files), locale.toString(s.changedFiles),
                          locale.toString(s.bytesRead), locale.toString(s.candidateEvents),
                          locale.toString(s.malformed), locale.toString(s.noTimestamp))
              << Qt::endl;
        for (const QString &error : s.errors)
            out() << "  " << tr("could not read") << ' ' << error << Qt::endl;
    }
    out() << tr("Ledger: %1 events (%2 ms)")
                 .arg(locale.toString((*context)->ledger().eventCount()))
                 .arg(elapsed)
          << Qt::endl;
    return 0;
}

int runSources(const QStringList &arguments)
{
    Parsed p;
    if (const int code
        = parse(p, arguments, tr("Where each source looks, and what the ledger holds from it."));
        code >= 0)
        return code;
    auto context = CliContext::open(p.parser, p.global);
    if (!context)
        return fail(context.error());
    auto summary = (*context)->refresh(p.sources());
    if (!summary)
        return fail(summary.error());
    QHash<QString, SourceTotals> totals;
    for (const SourceTotals &t : (*context)->ledger().sourceTotals())
        totals.insert(t.source, t);

    QJsonArray array;
    for (const SourceScanStatus &s : summary->sources) {
        const SourceTotals t = totals.value(s.source);
        const LocalSource *local = findLocalSource(s.source);
        const QStringList notes
            = local ? local->notes((*context)->ledger().cursors(s.source)) : QStringList();
        if (p.parser.isSet(p.json)) {
            array.append(QJsonObject {
                {QStringLiteral("source"), s.source},
                {QStringLiteral("name"), localSourceDisplayName(s.source)},
                {QStringLiteral("searched"), QJsonArray::fromStringList(s.searched)},
                {QStringLiteral("roots"), QJsonArray::fromStringList(s.roots)},
                {QStringLiteral("filesListed"), s.files},
                {QStringLiteral("errors"), QJsonArray::fromStringList(s.errors)},
                {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                {QStringLiteral("files"), t.files},
                {QStringLiteral("events"), t.events},
                {QStringLiteral("lines"), t.lines},
                {QStringLiteral("malformedLines"), t.malformed},
                {QStringLiteral("linesWithoutTimestamp"), t.noTimestamp},
                {QStringLiteral("lastIngest"),
                 t.lastIngestMs
                     ? QDateTime::fromMSecsSinceEpoch(t.lastIngestMs, Qt::UTC).toString(Qt::ISODateWithMs)
                     : QString()}});
            continue;
        }
        out() << localSourceDisplayName(s.source) << " (" << s.source << ')' << Qt::endl;
        out() << "  " << tr("roots found:") << ' '
              << (s.roots.isEmpty() ? tr("none (looked in %1)").arg(s.searched.join(QStringLiteral(", ")))
                                    : s.roots.join(QStringLiteral(", ")))
              << Qt::endl;
        out() << "  "
              << tr("files: %1, events: %2, lines: %3, skipped: %4 malformed, %5 without timestamp")
                     .arg(t.files)
                     .arg(t.events)
                     .arg(t.lines)
                     .arg(t.malformed)
                     .arg(t.noTimestamp)
              << Qt::endl;
        out() << "  " << tr("last ingest:") << ' ' << when(t.lastIngestMs) << Qt::endl;
        for (const QString &error : s.errors)
            out() << "  " << tr("problem:") << ' ' << error << Qt::endl;
        for (const QString &note : notes)
            out() << "  " << note << Qt::endl;
    }
    const SyncSection sync = syncSection(**context);
    if (p.parser.isSet(p.json)) {
        out() << QJsonDocument(
                     QJsonObject {{QStringLiteral("sources"), array}, {QStringLiteral("sync"), sync.json}})
                     .toJson();
    } else {
        out() << sync.text;
    }
    return 0;
}

} // namespace tokenwise::cli
