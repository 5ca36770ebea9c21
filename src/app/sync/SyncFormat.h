// The .twsync file: one header line, then one JSON record a line. Append-only, so a sync engine that copies a
// file mid-write leaves at most a partial last line, which the reader leaves for the next read.
#pragma once

#include "store/SyncRecords.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

namespace tokenwise::sync {

inline constexpr int kFormatVersion = 1;
inline constexpr char kFileSuffix[] = ".twsync";

struct SyncHeader
{
    int version = kFormatVersion;
    QString machineId;
    QString machineName;
};

QByteArray encodeHeader(const SyncHeader &header); // with its '\n'
// std::nullopt: not a Tokenwise sync header at all.
std::optional<SyncHeader> decodeHeader(QByteArrayView line);

// Paths stay home: a task travels with its project's folder name only, never the full path.
QByteArray encodeEvent(const SyncedEvent &event); // with its '\n'
QByteArray encodeTask(const TaskInfo &task);

struct UnknownRecord // a record type a later version 1 writer added: skipped, not an error
{
};
using SyncRecord = std::variant<SyncedEvent, TaskInfo, UnknownRecord>;
// std::nullopt: malformed (counted and skipped).
std::optional<SyncRecord> decodeRecord(QByteArrayView line);

// Machine ids are 32 lowercase hex digits; a file is <id>.twsync, and nothing else in the folder is read
// (the copies sync engines make on a conflict carry extra words in their names).
bool isMachineId(QStringView id);
QString machineIdOfFile(const QString &fileName); // empty when the name is not exactly <id>.twsync

} // namespace tokenwise::sync
