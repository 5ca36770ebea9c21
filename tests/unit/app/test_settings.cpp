// Typed settings: defaults, validation, round trip through the file, owner-only permissions, change signal.
#include "app/settings/Settings.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAndRoundTrip()
    {
        QTemporaryDir dir;
        {
            Settings settings(dir.path());
            QCOMPARE(settings.refreshMinutes(), 15);
            QCOMPARE(settings.surgeFactor(), 4.0);
            QSignalSpy changed(&settings, &Settings::changed);
            QVERIFY(settings.setValue(QStringLiteral("widget/refreshMinutes"), 30));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("widget/refreshMinutes"));
            QVERIFY(settings.setValue(QStringLiteral("budget/dailyMicros"), qint64(25'000'000)));
        }
        Settings again(dir.path());
        QCOMPARE(again.refreshMinutes(), 30);
        QCOMPARE(again.value(QStringLiteral("budget/dailyMicros")).toLongLong(), 25'000'000);
        QCOMPARE(QFile::permissions(again.filePath()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    // Every registered local source has a toggle, on by default; Claude Code keeps its first key.
    void localSourceToggles()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        QCOMPARE(Settings::sourceEnabledKey(QStringLiteral("claude-code")),
                 QStringLiteral("sources/claudeCode"));
        QCOMPARE(Settings::sourceEnabledKey(QStringLiteral("codex")), QStringLiteral("sources/codex"));
        QVERIFY(settings.disabledLocalSources().isEmpty());
        for (const QString &id : localSourceIds())
            QVERIFY2(Settings::isKnown(Settings::sourceEnabledKey(id)), qPrintable(id));
        QVERIFY(settings.setValue(QStringLiteral("sources/codex"), false));
        QCOMPARE(Settings(dir.path()).disabledLocalSources(), QStringList {QStringLiteral("codex")});
        QVERIFY(
            !Settings::isKnown(QStringLiteral("sources/cursor"))); // an API: its key decides, not a toggle
    }

    void validatorsRefuse_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("widget refresh below 5 minutes")
            << QStringLiteral("widget/refreshMinutes") << QVariant(2);
        QTest::newRow("widget refresh above an hour")
            << QStringLiteral("widget/refreshMinutes") << QVariant(61);
        QTest::newRow("broken ticket regex")
            << QStringLiteral("tasks/ticketRegex") << QVariant(QStringLiteral("[A-"));
        QTest::newRow("git author that is no e-mail")
            << QStringLiteral("tasks/gitAuthor") << QVariant(QStringLiteral("Alice <alice@example.org>"));
        QTest::newRow("plain http team feed")
            << QStringLiteral("team/feed") << QVariant(QStringLiteral("http://x/feed.json"));
        QTest::newRow("currency code")
            << QStringLiteral("display/currency") << QVariant(QStringLiteral("euro"));
        QTest::newRow("unknown key") << QStringLiteral("api/openaiKey") << QVariant(QStringLiteral("sk-123"));
    }
    void validatorsRefuse()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QTemporaryDir dir;
        Settings settings(dir.path());
        QSignalSpy changed(&settings, &Settings::changed);
        QVERIFY(!settings.setValue(key, value));
        QCOMPARE(changed.size(), 0);
    }

    void invalidStoredValueFallsBackToDefault()
    {
        QTemporaryDir dir;
        {
            QSettings raw(dir.filePath(QStringLiteral("tokenwise.ini")), QSettings::IniFormat);
            raw.setValue(QStringLiteral("widget/refreshMinutes"), 999);
        }
        Settings settings(dir.path());
        QCOMPARE(settings.refreshMinutes(), 15);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
