// Two machines through the real binary: two config and data dirs, one sync folder. Exact combined totals,
// --machine, the machines array, `sync` status and forget/restore, `sources`, conflict copies and a
// half-synced record, and an event both machines read from a shared home counted once.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray line(const char *id, const char *day, const char *model, const char *usage)
{
    return QByteArray(R"({"type":"assistant","timestamp":")") + day
        + R"(T12:00:00.000Z","cwd":"/home/a/app","sessionId":"s1","requestId":"req_)" + id
        + R"(","message":{"id":"msg_)" + id + R"(","model":")" + model + R"(","usage":)" + usage + "}}\n";
}

// Sonnet 4.5: 100×3 + 200×15 + 1000×3.75 + 2000×6 + 10000×0.3 = 22 050 micro-dollars.
const QByteArray kSharedSonnet
    = line("A", "2026-03-10", "claude-sonnet-4-5-20250929",
           R"({"input_tokens":100,"output_tokens":200,"cache_creation_input_tokens":3000,)"
           R"("cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":2000},)"
           R"("cache_read_input_tokens":10000})");
// Opus 4.6 fast: (10×5 + 100×25) × 6 = 15 300 micro-dollars.
const QByteArray kOpusFast
    = line("B", "2026-03-10", "claude-opus-4-6", R"({"input_tokens":10,"output_tokens":100,"speed":"fast"})");
// Sonnet 4.5: 1000×3 = 3 000 micro-dollars, the next day.
const QByteArray kSonnetNextDay
    = line("D", "2026-03-11", "claude-sonnet-4-5-20250929", R"({"input_tokens":1000,"output_tokens":0})");

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QString folder() const { return m_dir.filePath(QStringLiteral("Sync/tokenwise")); }
    QString root(const QString &machine) const { return m_dir.filePath(machine); }

    Run tokenwise(const QString &machine, QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), root(machine) + QStringLiteral("/home"));
        for (const char *name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "CODEX_HOME", "TOKENWISE_DATA_DIR", "TOKENWISE_CONFIG_DIR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), root(machine) + QStringLiteral("/claude"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        args << QStringLiteral("--config-dir") << root(machine) + QStringLiteral("/config")
             << QStringLiteral("--data-dir") << root(machine) + QStringLiteral("/data");
        p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"), args);
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Run daily(const QString &machine, const QStringList &extra = {})
    {
        return tokenwise(machine,
                         QStringList {QStringLiteral("report"), QStringLiteral("daily"),
                                      QStringLiteral("--json"), QStringLiteral("--timezone"),
                                      QStringLiteral("UTC")}
                             + extra);
    }

    // day → totalCost, and the totals' cost.
    static std::pair<QMap<QString, double>, double> costs(const Run &run)
    {
        QMap<QString, double> byDay;
        for (const QJsonValue &row : run.json().value(QStringLiteral("daily")).toArray())
            byDay.insert(row[QStringLiteral("date")].toString(), row[QStringLiteral("totalCost")].toDouble());
        return {byDay, run.json().value(QStringLiteral("totals"))[QStringLiteral("totalCost")].toDouble()};
    }

    static QString machinesOf(const Run &run, const QString &day)
    {
        for (const QJsonValue &row : run.json().value(QStringLiteral("daily")).toArray()) {
            if (row[QStringLiteral("date")].toString() != day)
                continue;
            QStringList parts;
            for (const QJsonValue &m : row[QStringLiteral("machines")].toArray())
                parts << QStringLiteral("%1=%2").arg(
                    m[QStringLiteral("name")].toString(),
                    QString::number(m[QStringLiteral("totalCost")].toDouble()));
            return parts.join(u' ');
        }
        return QStringLiteral("(no row)");
    }

    static bool writeLog(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    QString fileOf(const QString &machine) const
    {
        QFile id(root(machine) + QStringLiteral("/config/machine-id"));
        if (!id.open(QIODevice::ReadOnly))
            return {};
        return folder() + QLatin1Char('/') + QString::fromLatin1(id.readAll().trimmed())
            + QStringLiteral(".twsync");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(folder()));
        for (const char *name : {"laptop", "desktop"}) {
            const QString machine = QLatin1String(name);
            QVERIFY(QDir().mkpath(root(machine) + QStringLiteral("/home")));
            QCOMPARE(tokenwise(machine,
                               {QStringLiteral("config"), QStringLiteral("set"),
                                QStringLiteral("sync.folder"), folder()})
                         .exitCode,
                     0);
            QCOMPARE(tokenwise(machine,
                               {QStringLiteral("config"), QStringLiteral("set"),
                                QStringLiteral("sync.machine-name"), machine})
                         .exitCode,
                     0);
        }
        // The laptop has the shared response; the desktop read the same one (a shared home) and two more.
        QVERIFY(
            writeLog(root(QStringLiteral("laptop")) + QStringLiteral("/claude/projects/-home-a-app/s1.jsonl"),
                     kSharedSonnet));
        QVERIFY(writeLog(root(QStringLiteral("desktop"))
                             + QStringLiteral("/claude/projects/-home-a-app/s1.jsonl"),
                         kSharedSonnet + kOpusFast + kSonnetNextDay));
    }

    // Each machine counts all three responses once: 22 050 + 15 300 µ$ on the 10th, 3 000 on the 11th.
    void bothMachinesCountEverythingOnce()
    {
        QCOMPARE(tokenwise(QStringLiteral("laptop"), {QStringLiteral("sync")}).exitCode, 0); // sends its file
        const Run desktop = daily(QStringLiteral("desktop")); // sends, reads the laptop's
        QCOMPARE(desktop.exitCode, 0);
        const Run laptop = daily(QStringLiteral("laptop")); // reads the desktop's
        QVERIFY2(laptop.exitCode == 0, laptop.err.constData());
        QVERIFY2(laptop.err.isEmpty(), laptop.err.constData());
        const QMap<QString, double> days {{QStringLiteral("2026-03-10"), 0.03735},
                                          {QStringLiteral("2026-03-11"), 0.003}};
        QCOMPARE(costs(laptop), std::make_pair(days, 0.04035));
        QCOMPARE(costs(desktop), std::make_pair(days, 0.04035));
        // The shared response belongs, on each machine, to its own reading of it.
        QCOMPARE(machinesOf(laptop, QStringLiteral("2026-03-10")),
                 QStringLiteral("laptop=0.02205 desktop=0.0153"));
        QCOMPARE(machinesOf(desktop, QStringLiteral("2026-03-10")), QStringLiteral("desktop=0.03735"));
        QCOMPARE(machinesOf(laptop, QStringLiteral("2026-03-11")), QStringLiteral("desktop=0.003"));

        // Again: nothing new anywhere, the same figures.
        QCOMPARE(costs(daily(QStringLiteral("laptop"))), std::make_pair(days, 0.04035));
    }

    void machineFilter()
    {
        const Run desktopOnly
            = daily(QStringLiteral("laptop"), {QStringLiteral("--machine"), QStringLiteral("desktop")});
        QCOMPARE(desktopOnly.exitCode, 0);
        QCOMPARE(costs(desktopOnly).second, 0.0183);
        const Run own
            = daily(QStringLiteral("laptop"), {QStringLiteral("--machine"), QStringLiteral("laptop")});
        QCOMPARE(costs(own).second, 0.02205);
        const Run unknown
            = daily(QStringLiteral("laptop"), {QStringLiteral("--machine"), QStringLiteral("nas")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("unknown machine: nas (desktop, laptop)"), unknown.err.constData());
    }

    void statusAndSourcesNameTheMachines()
    {
        const Run status
            = tokenwise(QStringLiteral("laptop"), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject root = status.json();
        QCOMPARE(root[QStringLiteral("folder")].toString(), folder());
        QCOMPARE(root[QStringLiteral("thisMachine")][QStringLiteral("name")].toString(),
                 QStringLiteral("laptop"));
        QCOMPARE(root[QStringLiteral("thisMachine")][QStringLiteral("events")].toInt(), 1);
        const QJsonArray machines = root[QStringLiteral("machines")].toArray();
        QCOMPARE(machines.size(), 1);
        QCOMPARE(machines.at(0)[QStringLiteral("name")].toString(), QStringLiteral("desktop"));
        QCOMPARE(machines.at(0)[QStringLiteral("events")].toInt(), 2);
        QCOMPARE(machines.at(0)[QStringLiteral("totalCost")].toDouble(), 0.0183);
        QVERIFY(!machines.at(0)[QStringLiteral("lastWrite")].toString().isEmpty());

        const Run text = tokenwise(QStringLiteral("laptop"), {QStringLiteral("sync")});
        QVERIFY2(text.out.contains("laptop (this machine, "), text.out.constData());
        QVERIFY2(text.out.contains("): 2 events, $0.02, last synced just now"), text.out.constData());

        const Run sources
            = tokenwise(QStringLiteral("laptop"), {QStringLiteral("sources"), QStringLiteral("--json")});
        const QJsonArray listed
            = sources.json()[QStringLiteral("sync")][QStringLiteral("machines")].toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0)[QStringLiteral("name")].toString(), QStringLiteral("desktop"));
    }

    // A sync engine's conflict copy and a record still arriving change nothing; a newer format is named.
    void conflictCopiesHalfRecordsAndNewerFormats()
    {
        const QString desktopFile = fileOf(QStringLiteral("desktop"));
        QVERIFY(QFileInfo::exists(desktopFile));
        const QString base = desktopFile.chopped(int(strlen(".twsync")));
        QVERIFY(
            QFile::copy(desktopFile, base + QStringLiteral(".sync-conflict-20261203-101010-ABCDEF.twsync")));
        QVERIFY(QFile::copy(desktopFile, base + QStringLiteral(" (conflicted copy 2026-12-03).twsync")));
        {
            QFile file(desktopFile);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"t\":\"event\",\"key\":\"half"); // no newline: still being synced
        }
        QVERIFY(writeLog(folder() + QStringLiteral("/0123456789abcdef0123456789abcdef.twsync"),
                         "{\"format\":\"tokenwise-sync\",\"version\":99,\"machine\":"
                         "\"0123456789abcdef0123456789abcdef\",\"name\":\"future-box\"}"
                         "\n"));
        const Run laptop = daily(QStringLiteral("laptop"));
        QCOMPARE(costs(laptop).second, 0.04035);
        QVERIFY2(laptop.err.contains("future-box") || laptop.err.contains("0123456789abcdef"),
                 laptop.err.constData());
        QVERIFY2(laptop.err.contains("sync format 99"), laptop.err.constData());
        const Run sources = tokenwise(QStringLiteral("laptop"), {QStringLiteral("sources")});
        QVERIFY2(sources.out.contains("sync format 99"), sources.out.constData());
        QFile::remove(folder() + QStringLiteral("/0123456789abcdef0123456789abcdef.twsync"));
    }

    void forgetAndRestore()
    {
        const Run forget
            = tokenwise(QStringLiteral("laptop"),
                        {QStringLiteral("sync"), QStringLiteral("forget"), QStringLiteral("desktop")});
        QCOMPARE(forget.exitCode, 0);
        QVERIFY2(forget.out.contains("Forgot desktop: 2 events removed"), forget.out.constData());
        QCOMPARE(costs(daily(QStringLiteral("laptop"))).second, 0.02205);
        const Run status = tokenwise(QStringLiteral("laptop"), {QStringLiteral("sync")});
        QVERIFY2(status.out.contains("forgotten; its file is not read"), status.out.constData());
        QCOMPARE(tokenwise(QStringLiteral("laptop"),
                           {QStringLiteral("sync"), QStringLiteral("restore"), QStringLiteral("desktop")})
                     .exitCode,
                 0);
        QCOMPARE(costs(daily(QStringLiteral("laptop"))).second, 0.04035);
        const Run nobody
            = tokenwise(QStringLiteral("laptop"),
                        {QStringLiteral("sync"), QStringLiteral("forget"), QStringLiteral("nas")});
        QCOMPARE(nobody.exitCode, 2);
        QVERIFY2(nobody.err.contains("no machine nas in the sync folder"), nobody.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "test_sync_cli.moc"
