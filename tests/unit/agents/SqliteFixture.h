// Builds an agent's SQLite database inside a test, in the schema agent-formats.md gives, the way the agent
// would write it (WAL mode unless told otherwise); closed again before the reader looks.
#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace agenttest {

class SqliteFixture
{
public:
    explicit SqliteFixture(const QString &path, bool wal = true)
        : m_name(QStringLiteral("fixture-%1").arg(++counter()))
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_ok = m_db.open();
        if (m_ok && wal)
            m_ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    ~SqliteFixture()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    SqliteFixture(const SqliteFixture &) = delete;
    SqliteFixture &operator=(const SqliteFixture &) = delete;

    bool ok() const { return m_ok; }
    QString lastError() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return m_ok = false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return m_ok = false;
        }
        return true;
    }
    bool execAll(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            if (!exec(sql))
                return false;
        }
        return true;
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    QSqlDatabase m_db;
    bool m_ok = false;
    QString m_error;
};

// What a reader must leave as it was: the bytes and the mtime of a database and which companions exist.
struct DatabaseFootprint
{
    QByteArray hash;
    qint64 mtimeMs = 0;
    QStringList files;
    friend bool operator==(const DatabaseFootprint &, const DatabaseFootprint &) = default;
};

inline DatabaseFootprint footprintOf(const QString &path)
{
    DatabaseFootprint f;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        f.hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    f.mtimeMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    f.files = QFileInfo(path).dir().entryList(QDir::Files, QDir::Name);
    return f;
}

} // namespace agenttest
