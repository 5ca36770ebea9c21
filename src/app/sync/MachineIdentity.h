// Who this machine is in the sync folder: a random id kept in the config directory, and a display name.
#pragma once

#include "core/Result.h"

#include <QString>

namespace tokenwise::sync {

struct MachineIdentity
{
    QString id; // 32 hex digits, made once and kept in <config dir>/machine-id
    QString name; // sync.machine-name, else the host name
};

// Reads the id, making one the first time; an unreadable or damaged id file is an error, never a new id
// (a new id would make this machine's events arrive twice elsewhere).
Result<MachineIdentity> machineIdentity(const QString &configDir);
// The display name alone, without making an id (for reports on a machine that does not sync).
QString machineName(const QString &configDir);

} // namespace tokenwise::sync
