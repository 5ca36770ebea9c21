// Read-only access to an agent's SQLite database (agent-formats.md §1, "SQLite"). A plain read-only open of a
// WAL database that is not in use would create `-wal` and `-shm` and leave them behind (a read-only
// connection cannot remove them), so such a database is opened immutable instead; one whose log is there
// without its index is read from a private copy.
#include "sources/local/ForeignDatabase.h"

#include "core/TrContext.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

TOKENWISE_TR_CONTEXT(ForeignDatabase)

namespace tokenwise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ForeignDatabase", text);
}

struct Header
{
    bool sqlite = false;
    bool wal = false; // bytes 18 and 19 are 2 in a database in WAL mode
};

Header readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(100);
    Header header;
    header.sqlite = head.size() == 100 && head.startsWith(QByteArrayView("SQLite format 3\0", 16));
    header.wal = header.sqlite && head.at(18) == 2 && head.at(19) == 2;
    return header;
}

QString uriFor(const QString &path, const char *query)
{
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))
        + QLatin1Char('?') + QLatin1String(query);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tokenwise-foreign-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

FileIdentity identifyDatabase(const QString &path)
{
    FileIdentity identity = identify(path);
    if (!identity.exists)
        return identity;
    const FileIdentity wal = identify(path + QStringLiteral("-wal"));
    if (wal.exists) {
        identity.size += wal.size;
        identity.mtimeMs = std::max(identity.mtimeMs, wal.mtimeMs);
    }
    return identity;
}

bool isBusyError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return (ok && (code == 5 || code == 6)) // SQLITE_BUSY, SQLITE_LOCKED
        || error.text().contains(QLatin1String("database is locked"));
}

ForeignDatabase::ForeignDatabase(const QString &path) : m_path(path)
{
    if (!QFileInfo::exists(path)) {
        m_state = State::Missing;
        m_error = tr("the database is gone");
        return;
    }
    if (!QFileInfo(path).isReadable()) {
        m_error = tr("cannot read the database (permission denied)");
        return;
    }
    const Header header = readHeader(path);
    if (!header.sqlite) {
        m_error = tr("not an SQLite database");
        return;
    }
    const bool wal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool shm = QFileInfo::exists(path + QStringLiteral("-shm"));
    if (!header.wal) {
        openConnection(uriFor(path, "mode=ro"), true);
    } else if (!wal && !shm) {
        // Not in use: every page is in the main file, and immutable opens create nothing beside it.
        m_immutable = openConnection(uriFor(path, "mode=ro&immutable=1"), true);
    } else if (wal && shm) {
        if (!openConnection(uriFor(path, "mode=ro"), true) && m_state != State::Busy)
            openCopy();
    } else {
        openCopy(); // a log without its index (or the reverse): only a writable copy can be recovered
    }
}

ForeignDatabase::~ForeignDatabase()
{
    if (m_db.isValid()) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

bool ForeignDatabase::openConnection(const QString &uri, bool readOnly)
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_connection = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(uri);
    m_db.setConnectOptions(
        readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=200")
                 : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=200"));
    if (!m_db.open())
        return fail(m_db.lastError());
    // Opening is lazy: the first read is what meets a lock or a damaged file. Every read after it is inside
    // one transaction, so the tables are seen as one snapshot even while the agent writes.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("BEGIN"))
        || !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return fail(probe.lastError());
    m_state = State::Open;
    m_error.clear();
    return true;
}

bool ForeignDatabase::openCopy()
{
    m_copy = std::make_unique<QTemporaryDir>();
    const QString copy = m_copy->filePath(QStringLiteral("copy.db"));
    if (!m_copy->isValid() || !QFile::copy(m_path, copy)) {
        m_error = tr("cannot copy the database to read it");
        m_state = State::Unreadable;
        return false;
    }
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::copy(wal, copy + QStringLiteral("-wal"))) {
        m_error = tr("cannot copy the database's write-ahead log to read it");
        m_state = State::Unreadable;
        return false;
    }
    return openConnection(uriFor(copy, "mode=rw"), false);
}

bool ForeignDatabase::fail(const QSqlError &error)
{
    if (isBusyError(error)) {
        m_state = State::Busy;
        m_error = tr("the database is busy (another program holds a lock); read again on the next refresh");
    } else {
        m_state = State::Unreadable;
        m_error = tr("cannot read the database: %1")
                      .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    }
    return false;
}

bool ForeignDatabase::hasTable(const QString &table)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

QStringList ForeignDatabase::missingColumns(const QString &table, const QStringList &columns)
{
    QSqlQuery query(m_db);
    QStringList present;
    // PRAGMA arguments cannot be bound; the table names are the readers' own constants.
    if (query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
        while (query.next())
            present << query.value(1).toString();
    }
    QStringList missing;
    for (const QString &column : columns) {
        if (!present.contains(column))
            missing << column;
    }
    return missing;
}

int ForeignDatabase::userVersion()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace tokenwise
