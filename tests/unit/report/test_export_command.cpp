// `tokenwise export` through the built binary: demo weeks in every format, without any display.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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
