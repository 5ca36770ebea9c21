// Store, read and delete a secret through QtKeychain against a real gnome-keyring (private D-Bus session).
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QTest>

using namespace tokenwise;

class TestKeychainIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty() || bus.startsWith("disabled:"))
            QSKIP("no D-Bus session: run through tests/support/with-keyring.sh (make test does)");
    }

    void roundTripThroughTheRealKeyring()
    {
        const QString key = QStringLiteral("anthropic");
        const QString secret = QStringLiteral("sk-ant-admin01-test-0123456789-wxyz");
        KeychainSecretStore store(QStringLiteral("tokenwise"), 10'000);

        QCOMPARE(store.readBlocking(key).status, SecretStatus::NotFound);
        const auto written = store.writeBlocking(key, secret);
        QVERIFY2(written.status == SecretStatus::Ok, qPrintable(written.detail));

        const auto read = store.readBlocking(key);
        QCOMPARE(read.status, SecretStatus::Ok);
        QCOMPARE(read.value, secret);

        // The Secret Service itself holds it: another client finds it under our service name.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("tokenwise"),
                      QStringLiteral("user"), key});
        if (lookup.waitForFinished(10'000) && lookup.exitCode() == 0)
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);
        else
            qWarning("secret-tool not available; skipped the cross-check");

        QCOMPARE(store.removeBlocking(key).status, SecretStatus::Ok);
        QCOMPARE(store.readBlocking(key).status, SecretStatus::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainIntegration)
#include "test_keychain_integration.moc"
