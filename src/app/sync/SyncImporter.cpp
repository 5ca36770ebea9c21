#include "app/sync/SyncImporter.h"

#include "app/sync/SyncFormat.h"
#include "core/TrContext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

TOKENWISE_TR_CONTEXT(SyncImporter)

namespace tokenwise::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncImporter", text);
}

constexpr qint64 kReadChunk = 8 * 1024 * 1024;
constexpr qint64 kMaxHeader = 64 * 1024;

struct Batch
{
    QList<SyncedEvent> events;
    QList<TaskInfo> tasks;
};

// Parses the complete lines of `bytes` (which ends at a '\n') into the batch.
void parseLines(QByteArrayView bytes, Batch &batch, SyncMachine &machine)
{
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        const QByteArrayView line = bytes.sliced(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        const auto record = decodeRecord(line);
        if (!record) {
            ++machine.malformed;
            continue;
        }
        ++machine.records;
        if (const auto *event = std::get_if<SyncedEvent>(&*record)) {
            machine.lastRecordMs = std::max(machine.lastRecordMs, event->event.timestampMs);
            batch.events.append(*event);
        } else if (const auto *task = std::get_if<TaskInfo>(&*record)) {
            batch.tasks.append(*task);
        }
    }
}

// Reads one machine's file from where the last read stopped, adding what it read to `result`.
Status readMachine(SyncLedger &ledger, SyncMachine machine, const QString &path, qint64 nowMs,
                   ImportResult &result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("cannot read %1").arg(path)};
    const QByteArray header = file.readLine(kMaxHeader);
    if (!header.endsWith('\n'))
        return success(); // still arriving: read once the header is whole
    const auto parsed = decodeHeader(header);
    const auto refuse = [&](const QString &why) -> Status {
        machine.error = why;
        machine.file = path;
        machine.lastReadMs = nowMs;
        if (const Status stored = ledger.updateMachine(machine); !stored)
            return Error {stored.error()};
        return Status::failure(why);
    };
    if (!parsed)
        return refuse(tr("%1 is not a Tokenwise sync file; it was not read").arg(path));
    if (parsed->version > kFormatVersion)
        return refuse(tr("%1 was written by a newer Tokenwise (sync format %2; this one reads %3); update "
                         "Tokenwise here to read it")
                          .arg(path)
                          .arg(parsed->version)
                          .arg(kFormatVersion));
    if (parsed->machineId != machine.id)
        return refuse(
            tr("%1 names another machine (%2) in its header; it was not read").arg(path, parsed->machineId));

    const QByteArray headHash = QCryptographicHash::hash(header, QCryptographicHash::Sha256);
    const qint64 size = file.size();
    if (machine.headHash != headHash || size < machine.offset || machine.offset < header.size()) {
        // A new file (the machine renamed itself or started over): every line again; rows it sent before
        // are replaced by the same keys, so nothing counts twice.
        machine.offset = header.size();
        machine.records = 0;
        machine.malformed = 0;
        machine.headHash = headHash;
    }
    machine.name = parsed->machineName;
    machine.file = path;
    machine.error.clear();
    machine.lastWriteMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    machine.lastReadMs = nowMs;
    const qint64 recordsBefore = machine.records, malformedBefore = machine.malformed;
    while (machine.offset < size) {
        file.seek(machine.offset);
        const QByteArray chunk = file.read(std::min(kReadChunk, size - machine.offset));
        const qsizetype lastNewline = chunk.lastIndexOf('\n');
        if (lastNewline < 0) {
            if (chunk.size() == kReadChunk)
                ++machine.malformed; // one line over the chunk: no record is that long; skip past it
            else
                break; // a partial last line: left for the next read
            machine.offset += chunk.size();
            continue;
        }
        Batch batch;
        parseLines(QByteArrayView(chunk).first(lastNewline + 1), batch, machine);
        machine.offset += lastNewline + 1;
        if (const Status stored = ledger.importFrom(machine, batch.events, batch.tasks); !stored)
            return stored;
    }
    const qint64 read = machine.records - recordsBefore;
    if (read <= 0) {
        if (const Status stored = ledger.updateMachine(machine); !stored)
            return stored;
    } else {
        ++result.filesRead;
    }
    result.records += std::max<qint64>(read, 0);
    result.malformed += std::max<qint64>(machine.malformed - malformedBefore, 0);
    return success();
}

} // namespace

ImportResult importOthers(SyncLedger &ledger, const QString &folder, const MachineIdentity &me, qint64 nowMs)
{
    ImportResult result;
    QHash<QString, SyncMachine> known;
    for (const SyncMachine &m : ledger.machines())
        known.insert(m.id, m);
    const QDir dir(folder);
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("*") + QLatin1String(kFileSuffix)}, QDir::Files, QDir::Name)) {
        const QString id = machineIdOfFile(info.fileName());
        if (id.isEmpty() || id == me.id)
            continue; // a sync engine's conflict copy, or this machine's own file
        SyncMachine machine = known.value(id);
        machine.id = id;
        if (machine.forgotten)
            continue;
        if (machine.file == info.filePath() && machine.offset == info.size() && machine.error.isEmpty()
            && machine.lastWriteMs == info.lastModified().toMSecsSinceEpoch())
            continue; // nothing new since the last read
        if (const Status read = readMachine(ledger, machine, info.filePath(), nowMs, result); !read)
            result.errors << read.error();
    }
    return result;
}

} // namespace tokenwise::sync
