// XdgAutostart: the start-at-login entry under the test's private XDG_CONFIG_HOME (set by run-test.sh).
#include "app/AppPaths.h"
#include "app/platform/XdgAutostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using tokenwise::XdgAutostart;

class TestXdgAutostart : public QObject
{
    Q_OBJECT

    QString m_entryPath;
    const QString m_binary = QStringLiteral("/usr/bin/tokenwise");

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    static QStringList lines(const QByteArray &bytes)
    {
        return QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY2(!configHome.isEmpty(), "run through tests/support/run-test.sh, which sets XDG_CONFIG_HOME");
        m_entryPath = configHome + QStringLiteral("/autostart/io.github.tokenwise.Tokenwise.desktop");
    }
    void cleanup() { QFile::remove(m_entryPath); }

    void usesXdgConfigHome()
    {
        QCOMPARE(XdgAutostart(m_binary).entryPath(), m_entryPath);
        QVERIFY(tokenwise::createAutostart(m_binary)->isSupported());
    }

    void enablingWritesAnEntryThatStartsTheAppInTheTray()
    {
        XdgAutostart autostart(m_binary);
        QVERIFY(!autostart.isEnabled());
        const tokenwise::Status status = autostart.setEnabled(true);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(autostart.isEnabled());

        const QStringList entry = lines(readAll(m_entryPath));
        QCOMPARE(entry.value(1), QStringLiteral("[Desktop Entry]"));
        QVERIFY(entry.contains(QStringLiteral("Type=Application")));
        QVERIFY(entry.contains(QStringLiteral("Exec=/usr/bin/tokenwise")));
        QVERIFY(entry.contains(QStringLiteral("TryExec=/usr/bin/tokenwise")));
        QVERIFY(entry.contains(QStringLiteral("X-GNOME-Autostart-enabled=true")));
        QVERIFY(entry.contains(QStringLiteral("Icon=io.github.tokenwise.Tokenwise")));
        // No window option: at login the app starts quietly in the tray.
        QVERIFY(!entry.join(QLatin1Char('\n')).contains(QStringLiteral("--show")));
    }

    void writtenEntryIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        XdgAutostart autostart(QStringLiteral("/opt/My Tools/$HOME/100%/tokenwise"));
        QVERIFY(autostart.setEnabled(true).ok());
        QProcess process;
        process.start(validator, {m_entryPath});
        QVERIFY(process.waitForFinished(10'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
    }

    void enablingTwiceChangesNothing()
    {
        XdgAutostart autostart(m_binary);
        QVERIFY(autostart.setEnabled(true).ok());
        const QByteArray first = readAll(m_entryPath);
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-1);
        {
            QFile file(m_entryPath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        QVERIFY(autostart.setEnabled(true).ok());
        QCOMPARE(readAll(m_entryPath), first);
        QCOMPARE(QFileInfo(m_entryPath).lastModified().toUTC().toSecsSinceEpoch(), old.toSecsSinceEpoch());
        QCOMPARE(QDir(QFileInfo(m_entryPath).absolutePath()).entryList(QDir::Files).size(), 1);
    }

    // D30: the entry starts the profile in use, so a login does not start a different ledger and settings.
    void entryKeepsTheProfileInUse()
    {
        const tokenwise::AppPaths defaults = tokenwise::AppPaths::resolve();
        QVERIFY(defaults.profileArguments().isEmpty());
        const tokenwise::AppPaths custom
            = tokenwise::AppPaths::resolve(QStringLiteral("/data/my profile"), QString());
        const QStringList arguments = custom.profileArguments();
        QCOMPARE(arguments, (QStringList {QStringLiteral("--data-dir"), QStringLiteral("/data/my profile")}));
        XdgAutostart autostart(m_binary, QString(), arguments);
        QVERIFY(autostart.setEnabled(true).ok());
        QVERIFY2(lines(readAll(m_entryPath))
                     .contains(QStringLiteral("Exec=/usr/bin/tokenwise --data-dir \"/data/my profile\"")),
                 readAll(m_entryPath).constData());
        // Enabling again from the default profile rewrites the entry without the options.
        QVERIFY(XdgAutostart(m_binary).setEnabled(true).ok());
        QVERIFY(lines(readAll(m_entryPath)).contains(QStringLiteral("Exec=/usr/bin/tokenwise")));
    }

    void enablingReplacesAnEntryForAnotherBinary()
    {
        QVERIFY(XdgAutostart(QStringLiteral("/old/place/tokenwise")).setEnabled(true).ok());
        XdgAutostart autostart(m_binary);
        QVERIFY(autostart.setEnabled(true).ok());
        QVERIFY(lines(readAll(m_entryPath)).contains(QStringLiteral("Exec=/usr/bin/tokenwise")));
    }

    void disablingRemovesTheEntry()
    {
        XdgAutostart autostart(m_binary);
        QVERIFY(autostart.setEnabled(true).ok());
        QVERIFY(QFile::exists(m_entryPath));
        QVERIFY(autostart.setEnabled(false).ok());
        QVERIFY(!QFile::exists(m_entryPath));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false).ok()); // nothing left to remove is not an error
    }

    void switchedOffByTheDesktop_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("plain entry") << QByteArray("[Desktop Entry]\nType=Application\nExec=tokenwise\n")
                                     << true;
        QTest::newRow("Hidden=true") << QByteArray("[Desktop Entry]\nExec=tokenwise\nHidden=true\n") << false;
        QTest::newRow("GNOME switch off")
            << QByteArray("[Desktop Entry]\nExec=tokenwise\nX-GNOME-Autostart-enabled=false\n") << false;
        QTest::newRow("Hidden in another group")
            << QByteArray("[Desktop Entry]\nExec=tokenwise\n[Desktop Action x]\nHidden=true\n") << true;
    }
    void switchedOffByTheDesktop()
    {
        QFETCH(QByteArray, entry);
        QFETCH(bool, enabled);
        writeAll(m_entryPath, entry);
        QCOMPARE(XdgAutostart(m_binary).isEnabled(), enabled);
    }

    void execArgument_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain path") << QStringLiteral("/usr/bin/tokenwise")
                                    << QStringLiteral("/usr/bin/tokenwise");
        QTest::newRow("space") << QStringLiteral("/opt/My Apps/tokenwise")
                               << QStringLiteral("\"/opt/My Apps/tokenwise\"");
        QTest::newRow("dollar") << QStringLiteral("/opt/a$b/tokenwise")
                                << QStringLiteral("\"/opt/a\\\\$b/tokenwise\"");
        QTest::newRow("backslash") << QStringLiteral("/opt/a\\b/tokenwise")
                                   << QStringLiteral("\"/opt/a\\\\\\\\b/tokenwise\"");
        QTest::newRow("double quote")
            << QStringLiteral("/opt/a\"b/tokenwise") << QStringLiteral("\"/opt/a\\\\\"b/tokenwise\"");
        QTest::newRow("percent") << QStringLiteral("/opt/100%/tokenwise")
                                 << QStringLiteral("/opt/100%%/tokenwise");
    }
    void execArgument()
    {
        QFETCH(QString, path);
        QFETCH(QString, exec);
        QCOMPARE(XdgAutostart::execArgument(path), exec);
    }

    void reportsAnUnwritableConfigHome()
    {
        QTemporaryDir configHome;
        QVERIFY(configHome.isValid());
        // A file where the autostart folder should be: fails even for root, unlike a read-only folder.
        writeAll(configHome.filePath(QStringLiteral("autostart")), "not a folder");
        XdgAutostart autostart(m_binary, configHome.path());
        const tokenwise::Status status = autostart.setEnabled(true);
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(configHome.filePath(QStringLiteral("autostart"))));
        QVERIFY(!autostart.isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestXdgAutostart)
#include "test_xdg_autostart.moc"
