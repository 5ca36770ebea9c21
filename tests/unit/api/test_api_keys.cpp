// Key lookup: the environment first (read only), then the keychain; "no secure storage" is told apart.
#include "secrets/ApiKeys.h"
#include "secrets/InMemorySecretStore.h"

#include <QTest>

using namespace tokenwise;

class TestApiKeys : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("TOKENWISE_OPENAI_KEY"); }

    void environmentWinsAndIsNeverWritten()
    {
        InMemorySecretStore store;
        QVERIFY(
            store.writeBlocking(QStringLiteral("openai"), QStringLiteral("sk-admin-fromkeychain-0001")).status
            == SecretStatus::Ok);
        qputenv("TOKENWISE_OPENAI_KEY", " sk-admin-fromenvironment-02 \n");
        const ApiKey key = lookupApiKey(store, QStringLiteral("openai"));
        QCOMPARE(key.origin, KeyOrigin::Environment);
        QCOMPARE(key.value, QStringLiteral("sk-admin-fromenvironment-02"));
        QCOMPARE(store.readBlocking(QStringLiteral("openai")).value,
                 QStringLiteral("sk-admin-fromkeychain-0001"));
    }

    void keychainWhenNoEnvironment()
    {
        InMemorySecretStore store;
        QVERIFY(
            store.writeBlocking(QStringLiteral("openai"), QStringLiteral("sk-admin-fromkeychain-0001")).status
            == SecretStatus::Ok);
        const ApiKey key = lookupApiKey(store, QStringLiteral("openai"));
        QCOMPARE(key.origin, KeyOrigin::Keychain);
        QCOMPARE(key.value, QStringLiteral("sk-admin-fromkeychain-0001"));
        QCOMPARE(apiKeyEnvironmentVariable(QStringLiteral("openai")), QByteArray("TOKENWISE_OPENAI_KEY"));
    }

    void absentAndUnavailableDiffer()
    {
        InMemorySecretStore store;
        ApiKey key = lookupApiKey(store, QStringLiteral("openai"));
        QVERIFY(!key.found());
        QVERIFY(!secureStorageMissing(key.keychain));
        store.setAvailable(false);
        key = lookupApiKey(store, QStringLiteral("openai"));
        QVERIFY(!key.found());
        QVERIFY(secureStorageMissing(key.keychain));
        QVERIFY(secureStorageMissing(SecretStatus::TimedOut));
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "test_api_keys.moc"
