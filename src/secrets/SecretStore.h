// Where API keys live: an interface over the OS keychain, never a file of ours.
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

namespace tokenwise {

enum class SecretStatus {
    Ok,
    NotFound, // absent, or the keyring is locked and could not say
    Unavailable, // no secure storage works here: say so, never fall back to plain text
    TimedOut, // the keyring did not answer (e.g. a password prompt nobody sees)
};

struct SecretReply
{
    SecretStatus status = SecretStatus::Unavailable;
    QString value; // only for a successful read
    QString detail; // a human-readable reason; never contains the value
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretReply &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    // Runs one job to completion in a local event loop; for the CLI and tests.
    SecretReply readBlocking(const QString &key);
    SecretReply writeBlocking(const QString &key, const QString &value);
    SecretReply removeBlocking(const QString &key);
};

// "sk-…abcd": enough to recognise a key, never enough to use it.
QString redactSecret(const QString &secret);

} // namespace tokenwise
