// The in-memory SecretStore contract, redaction, and QtKeychain failing fast without a session bus.
#include "secrets/InMemorySecretStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QTest>

using namespace tokenwise;

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void inMemoryRoundTrip()
    {
        InMemorySecretStore store;
        QCOMPARE(store.readBlocking(QStringLiteral("openai")).status, SecretStatus::NotFound);
        QCOMPARE(
            store.writeBlocking(QStringLiteral("openai"), QStringLiteral("sk-admin-123456789abcd")).status,
            SecretStatus::Ok);
        const auto read = store.readBlocking(QStringLiteral("openai"));
        QCOMPARE(read.status, SecretStatus::Ok);
        QCOMPARE(read.value, QStringLiteral("sk-admin-123456789abcd"));
        QCOMPARE(store.removeBlocking(QStringLiteral("openai")).status, SecretStatus::Ok);
        QCOMPARE(store.readBlocking(QStringLiteral("openai")).status, SecretStatus::NotFound);
    }
    void inMemoryUnavailable()
    {
        InMemorySecretStore store;
        store.setAvailable(false);
        QCOMPARE(store.writeBlocking(QStringLiteral("k"), QStringLiteral("v")).status,
                 SecretStatus::Unavailable);
    }
    void redaction_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("redacted");
        QTest::newRow("openai style")
            << QStringLiteral("sk-proj-abcdefghijklmnopabcd") << QStringLiteral("sk-…abcd");
        QTest::newRow("anthropic admin")
            << QStringLiteral("sk-ant-admin01-xxxxxxxxxxxxwxyz") << QStringLiteral("sk-…wxyz");
        QTest::newRow("no prefix") << QStringLiteral("0123456789abcdef9876") << QStringLiteral("…9876");
        QTest::newRow("too short to show any of it") << QStringLiteral("short-key") << QStringLiteral("…");
    }
    void redaction()
    {
        QFETCH(QString, secret);
        QFETCH(QString, redacted);
        QCOMPARE(redactSecret(secret), redacted);
    }
    void keychainWithoutBusFailsFast()
    {
        // run-test.sh sets DBUS_SESSION_BUS_ADDRESS=disabled: for every test not run under with-keyring.sh.
        KeychainSecretStore store(QStringLiteral("tokenwise-test"), 5000);
        const auto reply
            = store.writeBlocking(QStringLiteral("openai"), QStringLiteral("sk-never-stored-1234"));
        QCOMPARE(reply.status, SecretStatus::Unavailable);
        QVERIFY(!reply.detail.contains(QStringLiteral("sk-never")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
