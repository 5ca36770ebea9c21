// Translations: every language is embedded and translates known strings with their placeholders intact, an
// unknown language leaves English without complaint, and the CLI follows LANGUAGE and TOKENWISE_LANGUAGE.
#include "app/Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

namespace {

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void everyLanguageIsEmbedded()
    {
        QStringList found;
        QDirIterator it(QStringLiteral(":/i18n"), QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        QCOMPARE(
            found,
            QStringList({QStringLiteral(":/i18n/tokenwise_de.qm"), QStringLiteral(":/i18n/tokenwise_ja.qm"),
                         QStringLiteral(":/i18n/tokenwise_zh_CN.qm")}));
    }

    void knownStringsTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dailyHeading");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Tägliche Nutzung");
        QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("日別の使用量");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("每日用量");
        QTest::newRow("region variant of German")
            << QStringLiteral("de_AT") << QStringLiteral("Tägliche Nutzung");
    }

    void knownStringsTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, dailyHeading);
        installTranslations(language);

        QCOMPARE(translate("ReportOutput", "Daily usage"), dailyHeading);
        const char *tray = "Today: %1 (typical day %2)";
        const QString today = translate("TrayText", tray);
        QVERIFY2(today != QLatin1String(tray), qPrintable(today));
        QVERIFY(today.contains(QLatin1String("%1")) && today.contains(QLatin1String("%2")));
        // Contexts of every kind: a QObject class, Q_DECLARE_TR_FUNCTIONS, explicit translate(), a local
        // helper.
        QVERIFY(translate("tokenwise::TrayController", "Quit Tokenwise") != QLatin1String("Quit Tokenwise"));
        QVERIFY(translate("XdgAutostart", "Could not write %1: %2")
                != QLatin1String("Could not write %1: %2"));
        QVERIFY(translate("LaunchOptions", "Show this help.") != QLatin1String("Show this help."));
        QVERIFY(translate("AlertEngine", "an unnamed task") != QLatin1String("an unnamed task"));
        // Qt's own buttons too (D28): qtbase's catalogue from qt6-translations-l10n is loaded beside ours.
        QVERIFY2(translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"),
                 qPrintable(translate("QPlatformTheme", "Cancel")));
        // Plurals: n = 1 and n = 3 both translated (German has two forms), %n filled in.
        for (int n : {1, 3}) {
            const QString tasks = translate("ReportOutput", "%n task(s), %1 in all", n);
            QVERIFY2(!tasks.contains(QLatin1String("task(s)")), qPrintable(tasks));
            QVERIFY2(tasks.contains(QString::number(n)) && tasks.contains(QLatin1String("%1")),
                     qPrintable(tasks));
        }
    }

    void unknownLanguageLeavesEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("no such language") << QStringLiteral("xx");
        QTest::newRow("a language without a translation") << QStringLiteral("fr");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("garbage") << QStringLiteral("not a locale!");
    }

    void unknownLanguageLeavesEnglish()
    {
        QFETCH(QString, language);
        installTranslations(QStringLiteral("de")); // a second call must replace, not add to, the first
        QVERIFY(translate("ReportOutput", "Daily usage") != QLatin1String("Daily usage"));
        installTranslations(language);
        QCOMPARE(translate("ReportOutput", "Daily usage"), QStringLiteral("Daily usage"));
        QCOMPARE(translate("TrayText", "Today: %1 (typical day %2)"),
                 QStringLiteral("Today: %1 (typical day %2)"));
    }

    void cliFollowsTheEnvironment_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("heading");
        const QString german = QStringLiteral("Tägliche Nutzung");
        QTest::newRow("LANGUAGE=de") << QStringList {QStringLiteral("LANGUAGE=de"),
                                                     QStringLiteral("LC_ALL=de_DE.UTF-8"),
                                                     QStringLiteral("LANG=de_DE.UTF-8")}
                                     << german;
        QTest::newRow("LC_ALL=de_DE, no LANGUAGE")
            << QStringList {QStringLiteral("LC_ALL=de_DE.UTF-8")} << german;
        QTest::newRow("LANGUAGE lists English first")
            << QStringList {QStringLiteral("LANGUAGE=en_GB:de"), QStringLiteral("LC_ALL=de_DE.UTF-8")}
            << QStringLiteral("Daily usage");
        QTest::newRow("TOKENWISE_LANGUAGE overrides LANGUAGE")
            << QStringList {QStringLiteral("LANGUAGE=de"), QStringLiteral("LC_ALL=de_DE.UTF-8"),
                            QStringLiteral("TOKENWISE_LANGUAGE=zh_CN")}
            << QStringLiteral("每日用量");
        QTest::newRow("C locale") << QStringList {QStringLiteral("LC_ALL=C.UTF-8")}
                                  << QStringLiteral("Daily usage");
    }

    void cliFollowsTheEnvironment()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, heading);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "TOKENWISE_LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        for (const QString &entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), dir.filePath(QStringLiteral("no-claude")));
        env.insert(QStringLiteral("CODEX_HOME"), dir.filePath(QStringLiteral("no-codex")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"),
                {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                 QStringLiteral("--config-dir"), dir.filePath(QStringLiteral("config")),
                 QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--demo")});
        QVERIFY2(p.waitForStarted(), qPrintable(p.program() + QStringLiteral(": ") + p.errorString()));
        QVERIFY(p.waitForFinished(60'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(heading), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
