// QtKeychain jobs with our own timeout: a keyring prompt with no one to answer it never finishes.
#include "secrets/KeychainSecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace tokenwise {

namespace {

SecretReply replyFromJob(const QKeychain::Job &job, QString value)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {SecretStatus::Ok, std::move(value), {}};
    case QKeychain::EntryNotFound:
        return {SecretStatus::NotFound, {}, QStringLiteral("no key stored (or the keyring is locked)")};
    default:
        return {SecretStatus::Unavailable,
                {},
                QStringLiteral("secure storage is not available: %1").arg(job.errorString())};
    }
}

// Finishes `done` exactly once: with the job's answer, or with TimedOut when the job hangs.
void runJob(QKeychain::Job *job, int timeoutMs, SecretStore::Callback done, bool isRead)
{
    auto callback = std::make_shared<SecretStore::Callback>(std::move(done));
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [callback, isRead, timer](QKeychain::Job *finished) {
                         timer->stop();
                         if (!*callback)
                             return;
                         QString value;
                         if (isRead && finished->error() == QKeychain::NoError)
                             value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                         auto cb = std::exchange(*callback, {});
                         cb(replyFromJob(*finished, std::move(value)));
                     });
    QObject::connect(timer, &QTimer::timeout, [callback, timeoutMs] {
        if (!*callback)
            return;
        qCWarning(lcKeychain) << "keychain job timed out after" << timeoutMs << "ms";
        auto cb = std::exchange(*callback, {});
        cb({SecretStatus::TimedOut,
            {},
            QStringLiteral("the keychain did not answer within %1 s").arg(timeoutMs / 1000.0)});
    });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs, QObject *parent)
    : SecretStore(parent), m_service(std::move(service)), m_timeoutMs(timeoutMs)
{ }

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, std::move(done), true);
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    runJob(job, m_timeoutMs, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, std::move(done), false);
}

} // namespace tokenwise
