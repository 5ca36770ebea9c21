// Provider settings: an owner-only file, one validator per key, and never anything shaped like a key.
#include "app/poll/ApiSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

class TestApiSettings : public QObject
{
    Q_OBJECT
private slots:
    void createdOwnerOnly()
    {
        QTemporaryDir dir;
        ApiSettings settings(dir.filePath(QStringLiteral("config")));
        QVERIFY(
            settings.setValue(QStringLiteral("anthropic.identity"), QStringLiteral("dev@example.com")).ok());
        QVERIFY(QFile::permissions(settings.filePath()).testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(QFileInfo(settings.filePath()).fileName(), QStringLiteral("tokenwise.ini"));
        QCOMPARE(QFile::permissions(settings.filePath())
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
    }

    void dottedKeysAreIniGroups()
    {
        QTemporaryDir dir;
        ApiSettings settings(dir.path());
        QVERIFY(
            settings.setValue(QStringLiteral("team.feed"), QStringLiteral("https://example.com/feed.json"))
                .ok());
        QVERIFY(settings.setValue(QStringLiteral("cursor.baseUrl"), QStringLiteral("http://127.0.0.1:9000"))
                    .ok());
        QSettings raw(settings.filePath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("team/feed")).toString(),
                 QStringLiteral("https://example.com/feed.json"));
        QCOMPARE(settings.teamFeed(), QStringLiteral("https://example.com/feed.json"));
        QCOMPARE(settings.baseUrl(QStringLiteral("cursor")), QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(settings.setValue(QStringLiteral("team.feed"), QString()).ok());
        QCOMPARE(settings.teamFeed(), QString());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("email identity")
            << QStringLiteral("anthropic.identity") << QStringLiteral("a@b.io") << true;
        QTest::newRow("not an email") << QStringLiteral("cursor.identity") << QStringLiteral("alex") << false;
        QTest::newRow("openai user id")
            << QStringLiteral("openai.identity") << QStringLiteral("user-abc123") << true;
        QTest::newRow("feed path") << QStringLiteral("team.feed") << QStringLiteral("/srv/team/feed.json")
                                   << true;
        QTest::newRow("feed relative path")
            << QStringLiteral("team.feed") << QStringLiteral("feed.json") << false;
        QTest::newRow("feed over plain http")
            << QStringLiteral("team.feed") << QStringLiteral("http://x.example/f") << false;
        QTest::newRow("base url https")
            << QStringLiteral("openai.baseUrl") << QStringLiteral("https://p.example/o") << true;
        QTest::newRow("base url http lan")
            << QStringLiteral("openai.baseUrl") << QStringLiteral("http://10.0.0.2") << false;
        QTest::newRow("a key as identity")
            << QStringLiteral("openai.identity") << QStringLiteral("sk-admin-0123456789abcdef") << false;
        QTest::newRow("a key setting") << QStringLiteral("anthropic.key") << QStringLiteral("x") << false;
        QTest::newRow("unknown") << QStringLiteral("colour") << QStringLiteral("blue") << false;
    }
    void validation()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        ApiSettings settings(dir.path());
        QCOMPARE(settings.setValue(key, value).ok(), accepted);
        QCOMPARE(settings.value(key), accepted ? value : QString());
        QFile file(settings.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-admin"));
    }

    void secretShapedValueEditedInByHandIsIgnored()
    {
        QTemporaryDir dir;
        {
            QSettings raw(dir.filePath(QStringLiteral("tokenwise.ini")), QSettings::IniFormat);
            raw.setValue(QStringLiteral("openai/identity"), QStringLiteral("sk-proj-abcdefghijklmnop"));
        }
        ApiSettings settings(dir.path());
        QCOMPARE(settings.identity(QStringLiteral("openai")), QString());
    }
};

QTEST_GUILESS_MAIN(TestApiSettings)
#include "test_api_settings.moc"
