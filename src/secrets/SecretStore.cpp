// Blocking helpers and redaction shared by every SecretStore.
#include "secrets/SecretStore.h"

#include <QEventLoop>

Q_LOGGING_CATEGORY(lcKeychain, "tokenwise.keychain", QtInfoMsg)

namespace tokenwise {

namespace {

template<typename Start> SecretReply runBlocking(Start start)
{
    QEventLoop loop;
    SecretReply result;
    bool finished = false;
    start([&](const SecretReply &reply) {
        result = reply;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace

SecretReply SecretStore::readBlocking(const QString &key)
{
    return runBlocking([&](Callback done) { read(key, std::move(done)); });
}

SecretReply SecretStore::writeBlocking(const QString &key, const QString &value)
{
    return runBlocking([&](Callback done) { write(key, value, std::move(done)); });
}

SecretReply SecretStore::removeBlocking(const QString &key)
{
    return runBlocking([&](Callback done) { remove(key, std::move(done)); });
}

QString redactSecret(const QString &secret)
{
    if (secret.size() < 12)
        return QStringLiteral("…");
    const qsizetype dash = secret.indexOf(QLatin1Char('-'));
    const QString prefix = (dash > 0 && dash <= 4) ? secret.left(dash + 1) : QString();
    return prefix + QStringLiteral("…") + secret.right(4);
}

} // namespace tokenwise
