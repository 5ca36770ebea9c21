// Single instance: a second launch hands its request to the running app and exits 0.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString binary() const
    {
        return qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise");
    }

    std::unique_ptr<QProcess> launch(const QStringList &extra)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->start(binary(),
                       QStringList {QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config")),
                                    QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))}
                           + extra);
        return process;
    }

    static bool waitForLog(QProcess &process, QByteArray &log, const QByteArray &needle, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!log.contains(needle) && !deadline.hasExpired()) {
            process.waitForReadyRead(100);
            log += process.readAllStandardError();
        }
        return log.contains(needle);
    }

private slots:
    void secondLaunchRaisesTheFirst()
    {
        auto first = launch({});
        QVERIFY(first->waitForStarted());
        QByteArray firstLog;
        // Offscreen has no tray, so the first instance shows its dashboard itself.
        QVERIFY2(waitForLog(*first, firstLog, "no system tray yet", 10'000), firstLog.constData());

        auto second = launch({QStringLiteral("--show"), QStringLiteral("dashboard")});
        QVERIFY(second->waitForFinished(10'000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(waitForLog(*first, firstLog, "request from another launch: show dashboard", 5000),
                 firstLog.constData());
        QCOMPARE(first->state(), QProcess::Running);

        first->terminate();
        QVERIFY(first->waitForFinished(5000));
    }

    void showWithNoInstanceRunningStartsOne()
    {
        auto app = launch({QStringLiteral("--show"), QStringLiteral("dashboard")});
        QVERIFY(app->waitForStarted());
        QByteArray log;
        QVERIFY2(waitForLog(*app, log, "no system tray yet", 10'000), log.constData());
        QVERIFY(!app->waitForFinished(1000)); // it stays up
        QCOMPARE(app->state(), QProcess::Running);
        app->terminate();
        QVERIFY(app->waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
