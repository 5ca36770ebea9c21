// `tokenwise export` through the built binary: demo weeks in every format, without any display.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QString binary() const
    {
        return qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise");
    }

    int run(const QStringList &args, QByteArray *stderrText = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The command must pick the offscreen platform by itself when there is no display.
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        const QStringList dirs {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                                QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config"))};
        process.start(binary(), QStringList {QStringLiteral("export")} + args + dirs);
        if (!process.waitForFinished(60'000))
            return -1;
        if (stderrText)
            *stderrText = process.readAllStandardError();
        return process.exitCode();
    }

    QByteArray read(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoWeekAsMarkdown()
    {
        QByteArray errors;
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--week"), QStringLiteral("last"),
                      QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("last.md"))},
                     &errors),
                 0);
        const QByteArray md = read(QStringLiteral("last.md"));
        QVERIFY2(md.startsWith("# Weekly AI spend"), md.left(200).constData());
        QVERIFY(md.contains("DEMO DATA"));
        QVERIFY(md.contains("## Top tasks by cost"));
    }

    void everyFormatFromTheExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << QStringLiteral("w.pdf") << QByteArray("%PDF-");
        QTest::newRow("html") << QStringLiteral("w.html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("csv") << QStringLiteral("w.csv") << QByteArray("section,item,");
    }
    void everyFormatFromTheExtension()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QByteArray errors;
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--week"), QStringLiteral("current"),
                      QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--out"),
                      m_dir.filePath(name)},
                     &errors),
                 0);
        QVERIFY2(read(name).startsWith(start), errors.constData());
    }

    void defaultFileName()
    {
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                      QStringLiteral("--format"), QStringLiteral("csv")}),
                 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("tokenwise-2026-W47.csv"))));
    }

    // Real Claude Code log lines priced by the bundled table: 100k input × $3/M + 20k output × $15/M = $0.60
    // a request; the weekly budget from the settings file is reported against the week.
    void exactFiguresFromLocalLogs()
    {
        const QString claude = m_dir.filePath(QStringLiteral("claude"));
        QByteArray log;
        for (const auto &[id, at] : {std::pair("1", "2026-03-23T08:00:00.000Z"),
                                     std::pair("2", "2026-03-29T22:30:00.000Z"), // Monday 00:30 local: W14
                                     std::pair("3", "2026-03-24T08:00:00.000Z")}) {
            QByteArray line
                = "{\"parentUuid\":\"p\",\"isSidechain\":false,\"cwd\":\"/home/dev/payments\","
                  "\"sessionId\":\"s-1\",\"version\":\"2.1.20\",\"gitBranch\":\"feature/PAY-7-refunds\","
                  "\"type\":\"assistant\",\"timestamp\":\"AT\",\"requestId\":\"req_ID\",\"message\":"
                  "{\"id\":\"msg_ID\",\"type\":\"message\",\"role\":\"assistant\","
                  "\"model\":\"claude-sonnet-4-5-20250929\",\"content\":[],"
                  "\"usage\":{\"input_tokens\":100000,\"output_tokens\":20000}}}\n";
            log += line.replace("AT", at).replace("ID", id);
        }
        writeFile(claude + QStringLiteral("/projects/-home-dev-payments/s-1.jsonl"), log);
        writeFile(m_dir.filePath(QStringLiteral("config/tokenwise.ini")), "[budget]\nweeklyMicros=1000000\n");
        m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), claude);
        m_env.insert(QStringLiteral("CODEX_HOME"), m_dir.filePath(QStringLiteral("no-codex")));
        QByteArray errors;
        const int code
            = run({QStringLiteral("--week"), QStringLiteral("2026-W13"), QStringLiteral("--timezone"),
                   QStringLiteral("Europe/Berlin"), QStringLiteral("--out"), QStringLiteral("w13.csv")},
                  &errors);
        m_env.clear();
        QCOMPARE(code, 0);
        const QByteArray csv = read(QStringLiteral("w13.csv"));
        QVERIFY2(csv.contains("summary,week_total,,,,,,,,,200000,40000,0,0,240000,1.200000,"),
                 csv.constData());
        QVERIFY(csv.contains("meta,cost_basis,,,,,,,,,,,,,,,,,,,,priced\r\n"));
        QVERIFY(csv.contains("day,1,2026-03-23,claude-code,,,,,,,100000,20000,0,0,120000,0.600000,"));
        QVERIFY(csv.contains("day,7,2026-03-29,claude-code,,,,,,,0,0,0,0,0,0.000000,,,,,,23\r\n"));
        QVERIFY(csv.contains(",payments,feature/PAY-7-refunds,PAY-7,200000,40000,0,0,240000,1.200000,"));
        QVERIFY(csv.contains("budget,weekly,2026-03-23,overall,,,,,,,,,,,,1.200000,,1.2000,,,,1.000000\r\n"));
        QVERIFY(csv.contains("surge,status,,,,,,,,,,,,,,,,,,,,none\r\n"));
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("2025 has no week 53")
            << QStringList {QStringLiteral("--week"), QStringLiteral("2025-W53"), QStringLiteral("--format"),
                            QStringLiteral("md")}
            << QByteArray("2025-W53");
        QTest::newRow("unknown format")
            << QStringList {QStringLiteral("--format"), QStringLiteral("docx")} << QByteArray("docx");
        QTest::newRow("unknown zone")
            << QStringList {QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus"),
                            QStringLiteral("--format"), QStringLiteral("md")}
            << QByteArray("Mars/Olympus");
    }
    void rejectsBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QByteArray errors;
        QCOMPARE(run(QStringList {QStringLiteral("--demo")} + args, &errors), 2);
        QVERIFY2(errors.contains(message), errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "test_export_command.moc"
