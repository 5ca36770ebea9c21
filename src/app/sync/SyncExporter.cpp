#include "app/sync/SyncExporter.h"

#include "app/sync/SyncFormat.h"
#include "core/TrContext.h"
#include "core/UsageSlice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <functional>

TOKENWISE_TR_CONTEXT(SyncExporter)

namespace tokenwise::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncExporter", text);
}

constexpr int kChunk = 20'000; // rows a pass: bounded memory however much is waiting

QString headerId(const QByteArray &header)
{
    return QString::fromLatin1(QCryptographicHash::hash(header, QCryptographicHash::Sha256).toHex());
}

// The first line of the file, with its '\n'; empty when there is none yet.
QByteArray firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = file.readLine(64 * 1024);
    return line.endsWith('\n') ? line : QByteArray();
}

// Writes every change after `seq` through `write`, a chunk at a time, calling `written` after each chunk, and
// returns the last sequence written.
Result<qint64> writeChanges(SyncLedger &ledger, qint64 seq, ExportResult &result,
                            const std::function<bool(const QByteArray &)> &write,
                            const std::function<Status(qint64)> &written)
{
    while (true) {
        qint64 last = seq;
        const QList<SyncedEvent> changes = ledger.localChangesSince(seq, kChunk, &last);
        if (changes.isEmpty())
            return seq;
        QByteArray bytes;
        QSet<QString> sessions;
        for (const SyncedEvent &s : changes) {
            bytes += encodeEvent(s);
            sessions.insert(taskKey(s.event.source, s.event.sessionId));
        }
        const QList<TaskInfo> tasks = ledger.tasksOf(sessions);
        for (const TaskInfo &t : tasks)
            bytes += encodeTask(t);
        if (!write(bytes))
            return Error {tr("cannot write the sync file")};
        result.events += changes.size();
        result.tasks += tasks.size();
        seq = last;
        if (const Status stored = written(seq); !stored)
            return Error {stored.error()};
    }
}

} // namespace

Result<ExportResult> exportLocal(SyncLedger &ledger, const QString &folder, const MachineIdentity &me)
{
    if (!QFileInfo(folder).isDir())
        return Error {tr("the sync folder %1 does not exist").arg(folder)};
    ExportResult result;
    result.file = QDir(folder).filePath(me.id + QLatin1String(kFileSuffix));
    const QByteArray header = encodeHeader({kFormatVersion, me.id, me.name});
    const QString id = headerId(header);

    if (firstLine(result.file) != header || ledger.exportedFileId() != id) {
        // Missing, replaced, or this machine renamed: the whole history again, written aside and renamed into
        // place so the sync engine never sees half of it.
        result.rewritten = true;
        QSaveFile out(result.file);
        if (!out.open(QIODevice::WriteOnly) || out.write(header) < 0)
            return Error {tr("cannot write %1").arg(result.file)};
        const auto seq = writeChanges(
            ledger, 0, result, [&](const QByteArray &b) { return out.write(b) >= 0; },
            [](qint64) { return success(); });
        if (!seq)
            return Error {seq.error()};
        if (!out.commit())
            return Error {tr("cannot write %1").arg(result.file)};
        if (const Status stored = ledger.setExported(*seq, id); !stored)
            return Error {stored.error()};
        return result;
    }

    QFile file(result.file);
    if (!file.open(QIODevice::ReadWrite))
        return Error {tr("cannot write %1").arg(result.file)};
    // A run that died mid-write left a partial last line: this machine's own file, so it is cut back.
    qint64 end = file.size();
    while (end > header.size()) {
        file.seek(end - 1);
        char c = 0;
        if (file.read(&c, 1) == 1 && c == '\n')
            break;
        --end;
    }
    if (end != file.size() && !file.resize(end))
        return Error {tr("cannot write %1").arg(result.file)};
    file.seek(end);
    // The sequence is stored after each chunk: a crash between the two re-sends a chunk, which readers take
    // as the same rows again.
    const auto seq = writeChanges(
        ledger, ledger.exportedSeq(), result,
        [&](const QByteArray &b) { return file.write(b) == b.size() && file.flush(); },
        [&](qint64 written) { return ledger.setExported(written, id); });
    if (!seq)
        return Error {seq.error()};
    return result;
}

} // namespace tokenwise::sync
