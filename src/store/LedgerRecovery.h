// A damaged ledger is detected at start and moved aside (never deleted); a migration backs the file up first.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tokenwise {

struct LedgerDamage
{
    QString reason; // what SQLite said
    QString movedTo; // where the damaged file now is
};

// Runs PRAGMA quick_check on the ledger file, if there is one. When SQLite says it is damaged (or not a
// database), moves it and its -wal and -shm files to <path>.damaged-<UTC time> and returns what happened:
// the caller then opens a fresh ledger, which the logs and the providers' history fill again. An error means
// the file could not be checked (locked, unreadable) or moved: the caller must not touch it.
Result<std::optional<LedgerDamage>> moveAsideIfDamaged(const QString &databasePath, const QDateTime &nowUtc);

// Copies the ledger to <path>.schema-<version>.bak (VACUUM INTO: consistent, and works beside readers)
// before a migration from `version` runs. Returns the copy's path.
Result<QString> backupBeforeMigration(const QSqlDatabase &db, int version);

} // namespace tokenwise
