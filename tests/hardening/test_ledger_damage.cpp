// A damaged ledger is found at start (PRAGMA quick_check), kept aside, and rebuilt; migrations back up first.
#include "store/LedgerSchema.h"
#include "store/SqliteLedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace tokenwise;

namespace {

IngestBatch manyEvents(int count)
{
    IngestBatch batch;
    for (int i = 0; i < count; ++i) {
        UsageEvent e;
        e.source = QString::fromLatin1(source::claudeCode);
        const QByteArray message = "msg_" + QByteArray::number(i), request = "req_" + QByteArray::number(i);
        e.setResponseKey(message, request);
        e.timestampMs = 1'773'196'822'650 + i * 1000;
        e.model = QStringLiteral("claude-sonnet-4-5-20250929");
        e.tokens.input = 3;
        e.tokens.output = 100 + i;
        e.cost = e.tokens.output * 15;
        e.sessionId = QStringLiteral("s1");
        e.originPath = QStringLiteral("/p/a.jsonl");
        e.originOffset = i * 500;
        batch.events << e;
    }
    return batch;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

enum class Damage { Header, Page, Text, Truncated };

bool damage(const QString &path, Damage how)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = f.size();
    switch (how) {
    case Damage::Header:
        return f.write(QByteArray(100, '\x5a')) == 100;
    case Damage::Page: // the middle of the file: b-tree pages of the events table and its indexes
        return f.seek(size / 2 - 8'192) && f.write(QByteArray(16'384, '\x7f')) == 16'384;
    case Damage::Text:
        return f.resize(0) && f.write("this is not a ledger\n") > 0;
    case Damage::Truncated:
        return f.resize(size / 3);
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestLedgerDamage : public QObject
{
    Q_OBJECT

private slots:
    void damagedLedgerIsMovedAsideAndRebuilt_data()
    {
        QTest::addColumn<Damage>("how");
        QTest::newRow("header overwritten") << Damage::Header;
        QTest::newRow("pages overwritten") << Damage::Page;
        QTest::newRow("text file") << Damage::Text;
        QTest::newRow("truncated") << Damage::Truncated;
    }
    void damagedLedgerIsMovedAsideAndRebuilt()
    {
        QFETCH(Damage, how);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            auto ledger = SqliteLedger::open(path);
            QVERIFY2(ledger, qPrintable(ledger.error()));
            QVERIFY((*ledger)->commit(manyEvents(3'000)));
            QCOMPARE((*ledger)->eventCount(), 3'000);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
                || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        QVERIFY(damage(path, how));
        const QByteArray damagedHash = sha(path);

        std::optional<LedgerDamage> found;
        auto reopened = SqliteLedger::open(path, &found);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY(found.has_value());
        QVERIFY(!found->reason.isEmpty());
        QVERIFY2(found->movedTo.startsWith(path + QStringLiteral(".damaged-")), qPrintable(found->movedTo));
        QCOMPARE(sha(found->movedTo), damagedHash); // kept byte for byte, never deleted
        QCOMPARE((*reopened)->eventCount(), 0); // a fresh ledger, for the logs to fill again
        QCOMPARE((*reopened)->schemaVersion(), SqliteLedger::kSchemaVersion);
        QVERIFY((*reopened)->commit(manyEvents(10)));
        QCOMPARE((*reopened)->eventCount(), 10);
    }

    void healthyLedgerIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            auto ledger = SqliteLedger::open(path);
            QVERIFY(ledger);
            QVERIFY((*ledger)->commit(manyEvents(50)));
        }
        std::optional<LedgerDamage> found;
        auto reopened = SqliteLedger::open(path, &found);
        QVERIFY(reopened);
        QVERIFY(!found.has_value());
        QCOMPARE((*reopened)->eventCount(), 50);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("damaged")), QStringList());
    }

    void migrationTakesABackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement : schema::migrations().at(0))
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const QByteArray before = sha(path);
        auto ledger = SqliteLedger::open(path);
        QVERIFY2(ledger, qPrintable(ledger.error()));
        QCOMPARE((*ledger)->schemaVersion(), SqliteLedger::kSchemaVersion);
        const QString backup = path + QStringLiteral(".schema-1.bak");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bak"));
        Q_UNUSED(before);
    }

    // A real full file system: a 2 MB tmpfs (needs root, as CI runs; skipped otherwise).
    void fullDiskFailsTheWriteAndKeepsThePreviousState()
    {
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.filePath(QStringLiteral("small")));
        QVERIFY(QDir().mkpath(QString::fromLocal8Bit(mountPoint)));
        if (::geteuid() != 0 || ::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=2m") != 0)
            QSKIP("cannot mount a small tmpfs here (not root)");
        const auto unmount = qScopeGuard([&] { ::umount2(mountPoint.constData(), MNT_DETACH); });
        const QString path = QString::fromLocal8Bit(mountPoint) + QStringLiteral("/ledger.sqlite");
        auto ledger = SqliteLedger::open(path);
        QVERIFY2(ledger, qPrintable(ledger.error()));
        QVERIFY((*ledger)->commit(manyEvents(200)));
        // Fill what is left of the file system.
        QFile filler(QString::fromLocal8Bit(mountPoint) + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();

        const Status full = (*ledger)->commit(manyEvents(20'000));
        QVERIFY(!full.ok());
        QVERIFY2(full.error().contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(full.error()));
        QCOMPARE((*ledger)->eventCount(), 200); // the failed batch left nothing half-written
        QVERIFY(QFile::remove(filler.fileName()));
        QVERIFY((*ledger)->commit(manyEvents(300)));
        QCOMPARE((*ledger)->eventCount(), 300);
        ledger = Error {QString()}; // close before unmounting
    }

    void cliTellsTheUserAndRebuildsFromTheLogs()
    {
        QTemporaryDir dir;
        const QString claude = dir.filePath(QStringLiteral("claude"));
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(claude + QStringLiteral("/projects/-p")));
        QFile log(claude + QStringLiteral("/projects/-p/s1.jsonl"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        for (int i = 0; i < 7; ++i)
            log.write(
                R"({"type":"assistant","timestamp":"2026-03-10T12:00:00.000Z","sessionId":"s1","requestId":"r)"
                + QByteArray::number(i) + R"(","message":{"id":"m)" + QByteArray::number(i)
                + R"(","model":"claude-sonnet-4-5","usage":{"input_tokens":1,"output_tokens":2}}})" + '\n');
        log.close();
        const auto run = [&](QByteArray *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), claude);
            env.insert(QStringLiteral("CODEX_HOME"), dir.filePath(QStringLiteral("none")));
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"),
                    {QStringLiteral("ingest"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
            p.waitForFinished(60'000);
            *err = p.readAllStandardError();
            return QJsonDocument::fromJson(p.readAllStandardOutput())
                .object()
                .value(QStringLiteral("events"))
                .toInteger();
        };
        QByteArray err;
        QCOMPARE(run(&err), 7);
        QVERIFY(!err.contains("damaged"));
        QVERIFY(damage(QDir(data).filePath(QStringLiteral("ledger.sqlite")), Damage::Header));
        QCOMPARE(run(&err), 7); // rebuilt from the logs in the same run
        QVERIFY2(err.contains("the ledger was damaged"), err.constData());
        QVERIFY(err.contains("ledger.sqlite.damaged-"));
        QCOMPARE(QDir(data).entryList({QStringLiteral("ledger.sqlite.damaged-*")}, QDir::Files).size(), 1);
        QCOMPARE(run(&err), 7);
        QVERIFY(!err.contains("damaged"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerDamage)
#include "test_ledger_damage.moc"
