// Ledger damage detection and the pre-migration backup.
#include "store/LedgerRecovery.h"

#include "store/StoreLogging.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tokenwise {

namespace {

QAtomicInt checkCounter;

// SQLite's primary result codes that mean the bytes themselves are bad, not that the file is busy.
bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

struct Check
{
    bool damaged = false;
    QString reason;
    QString error; // could not tell
};

Check quickCheck(const QString &path)
{
    Check check;
    const QString name = QStringLiteral("tokenwise-check-%1").arg(checkCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            (isDamage(db.lastError()) ? check.reason : check.error) = db.lastError().text();
            check.damaged = isDamage(db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                check.damaged = isDamage(q.lastError());
                (check.damaged ? check.reason : check.error) = q.lastError().text();
            } else {
                QStringList problems;
                while (q.next())
                    problems << q.value(0).toString();
                if (problems != QStringList {QStringLiteral("ok")}) {
                    check.damaged = true;
                    check.reason = problems.mid(0, 3).join(QStringLiteral("; "));
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

QString freeName(const QString &base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

} // namespace

Result<std::optional<LedgerDamage>> moveAsideIfDamaged(const QString &databasePath, const QDateTime &nowUtc)
{
    if (!QFileInfo::exists(databasePath))
        return std::optional<LedgerDamage>();
    const Check check = quickCheck(databasePath);
    if (!check.error.isEmpty())
        return Error {QStringLiteral("cannot check the ledger %1: %2").arg(databasePath, check.error)};
    if (!check.damaged)
        return std::optional<LedgerDamage>();
    LedgerDamage damage;
    damage.reason = check.reason;
    damage.movedTo = freeName(databasePath + QStringLiteral(".damaged-")
                              + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    if (!QFile::rename(databasePath, damage.movedTo))
        return Error {QStringLiteral("the ledger %1 is damaged (%2) and could not be moved aside")
                          .arg(databasePath, damage.reason)};
    // The write-ahead log belongs to the damaged file: it travels with it, and must not meet a fresh one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, damage.movedTo + QLatin1String(suffix)))
            return Error {QStringLiteral("could not move %1 aside").arg(side)};
    }
    qCWarning(lcStore) << "ledger damaged:" << damage.reason << "- moved to" << damage.movedTo;
    return std::optional<LedgerDamage>(damage);
}

Result<QString> backupBeforeMigration(const QSqlDatabase &db, int version)
{
    const QString target = freeName(db.databaseName() + QStringLiteral(".schema-%1.bak").arg(version));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Error {
            QStringLiteral("cannot back up the ledger before migrating it: %1").arg(q.lastError().text())};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcStore) << "ledger backed up to" << target << "before migrating from schema" << version;
    return target;
}

} // namespace tokenwise
