// The desktop command line and the rule that sends sub-commands to the headless CLI.
#include "app/LaunchOptions.h"
#include "cli/Cli.h"

#include <QTest>

using namespace tokenwise;

class TestLaunchOptions : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const auto o = LaunchOptions::parse({QStringLiteral("tokenwise"), QStringLiteral("--version")});
        QCOMPARE(o.action, LaunchOptions::Action::PrintVersion);
        QCOMPARE(o.text, QStringLiteral("tokenwise " TOKENWISE_VERSION));
    }
    void showAndDirs()
    {
        const auto o = LaunchOptions::parse(
            {QStringLiteral("tokenwise"), QStringLiteral("--show"), QStringLiteral("widget"),
             QStringLiteral("--data-dir"), QStringLiteral("/tmp/d"), QStringLiteral("--config-dir=/tmp/c")});
        QCOMPARE(o.action, LaunchOptions::Action::Start);
        QCOMPARE(o.show, QStringLiteral("widget"));
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/d"));
        QCOMPARE(o.configDir, QStringLiteral("/tmp/c"));
    }
    void unknownWindowIsAnError()
    {
        const auto o = LaunchOptions::parse({QStringLiteral("tokenwise"), QStringLiteral("--show=ranking")});
        QCOMPARE(o.action, LaunchOptions::Action::Error);
        QVERIFY(o.text.contains(QStringLiteral("ranking")));
    }
    void unknownOptionIsAnError()
    {
        const auto o = LaunchOptions::parse({QStringLiteral("tokenwise"), QStringLiteral("--frobnicate")});
        QCOMPARE(o.action, LaunchOptions::Action::Error);
    }
    void guiInvocationsAreNotCli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bare") << QStringList {QStringLiteral("tokenwise")};
        QTest::newRow("show") << QStringList {QStringLiteral("tokenwise"), QStringLiteral("--show"),
                                              QStringLiteral("dashboard")};
        QTest::newRow("data dir value named like a command") << QStringList {
            QStringLiteral("tokenwise"), QStringLiteral("--data-dir"), QStringLiteral("report")};
    }
    void guiInvocationsAreNotCli()
    {
        QFETCH(QStringList, args);
        QVERIFY(!cli::isCliInvocation(args));
    }
    // The other half: without it, an isCliInvocation() that always says false would pass.
    void subCommandsAreCli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("report") << QStringList {QStringLiteral("tokenwise"), QStringLiteral("report"),
                                                QStringLiteral("daily")};
        QTest::newRow("after a data dir")
            << QStringList {QStringLiteral("tokenwise"), QStringLiteral("--data-dir"),
                            QStringLiteral("/tmp/d"), QStringLiteral("sources")};
        QTest::newRow("after a flag")
            << QStringList {QStringLiteral("tokenwise"), QStringLiteral("--demo"), QStringLiteral("export")};
    }
    void subCommandsAreCli()
    {
        QFETCH(QStringList, args);
        QVERIFY(cli::isCliInvocation(args));
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "test_launch_options.moc"
