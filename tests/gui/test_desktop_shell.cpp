// With no system tray (offscreen), the shell shows its dashboard so the app is never invisible.
#include "gui/DesktopShell.h"
#include "gui/dashboard/DashboardWindow.h"
#include "gui/tray/TrayController.h"

#include <QApplication>
#include <QTest>

using namespace tokenwise;

class TestDesktopShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void withoutTrayTheDashboardShows()
    {
        DesktopShell shell;
        QVERIFY(!shell.dashboard()->isVisible());
        shell.start();
        QVERIFY(!shell.tray()->isDocked());
        QVERIFY(shell.dashboard()->isVisible());
        QCOMPARE(shell.dashboard()->windowTitle(), QStringLiteral("Tokenwise"));
    }

    void showMessageRaisesAHiddenWindow()
    {
        DesktopShell shell;
        shell.dashboard()->hide();
        shell.handleMessage(QStringLiteral("show dashboard"));
        QVERIFY(shell.dashboard()->isVisible());
    }

    void unknownMessageIsIgnored()
    {
        DesktopShell shell;
        QTest::ignoreMessage(QtWarningMsg, "ignoring unknown message from another launch: \"rank everyone\"");
        shell.handleMessage(QStringLiteral("rank everyone"));
        QVERIFY(!shell.dashboard()->isVisible());
    }
};

QTEST_MAIN(TestDesktopShell)
#include "test_desktop_shell.moc"
