// Another program's SQLite database, read and never written: opened read-only, left exactly as it was found.
#pragma once

#include "sources/local/LogFileReader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace tokenwise {

// A database's identity includes its write-ahead log: a WAL database changes in `-wal` long before the main
// file's size or mtime move. Sizes add up and the newest mtime counts, so any write changes the stamp.
FileIdentity identifyDatabase(const QString &path);

class ForeignDatabase
{
public:
    enum class State {
        Open,
        Missing, // the file is gone (its events stay in the ledger)
        Busy, // another program holds a lock that keeps readers out: read again on the next refresh
        Unreadable, // not a database, damaged, or no permission
    };

    explicit ForeignDatabase(const QString &path);
    ~ForeignDatabase();
    ForeignDatabase(const ForeignDatabase &) = delete;
    ForeignDatabase &operator=(const ForeignDatabase &) = delete;

    State state() const { return m_state; }
    QString error() const { return m_error; } // in words, for `tokenwise sources`
    QSqlDatabase &db() { return m_db; }
    bool readingCopy() const { return m_copy != nullptr; }
    // Opened immutable (a WAL database nobody had open): a writer arriving mid-read is not seen by SQLite.
    bool immutable() const { return m_immutable; }

    // Schema probes: what a reader checks before trusting a table.
    bool hasTable(const QString &table);
    QStringList missingColumns(const QString &table, const QStringList &columns);
    int userVersion();

    // Records a failed query's error: a lock becomes Busy, anything else Unreadable. Returns false.
    bool fail(const QSqlError &error);

private:
    bool openConnection(const QString &uri, bool readOnly);
    bool openCopy();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_copy;
    State m_state = State::Unreadable;
    bool m_immutable = false;
    QString m_error;
};

// True for SQLite's "database is locked" / "database table is locked" errors.
bool isBusyError(const QSqlError &error);

} // namespace tokenwise
