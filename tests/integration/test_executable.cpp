// The built `tokenwise` binary: version, help and option errors, without any display.
#include <QProcess>
#include <QTest>

class TestExecutable : public QObject
{
    Q_OBJECT

    QString binary() const
    {
        return qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise");
    }

    QProcess *run(const QStringList &args)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --version must not need any platform at all
        env.remove(QStringLiteral("DISPLAY"));
        process->setProcessEnvironment(env);
        process->start(binary(), args);
        process->waitForFinished(10'000);
        return process;
    }

private slots:
    void printsVersion()
    {
        QProcess *p = run({QStringLiteral("--version")});
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(p->readAllStandardOutput(), QByteArray("tokenwise " TOKENWISE_VERSION "\n"));
    }
    void printsHelp()
    {
        QProcess *p = run({QStringLiteral("--help")});
        QCOMPARE(p->exitCode(), 0);
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY(out.contains("--show <window>"));
        QVERIFY(out.contains("--data-dir <dir>"));
    }
    void rejectsUnknownOption()
    {
        QProcess *p = run({QStringLiteral("--no-such-option")});
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "test_executable.moc"
