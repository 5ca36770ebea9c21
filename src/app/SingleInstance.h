// One running app per user and config dir: a QLockFile decides, a QLocalServer takes messages.
#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;

namespace tokenwise {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &configDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process now owns the instance lock.
    bool tryLock();
    // Listens for messages from later launches; call after tryLock() succeeded and an event loop exists.
    bool listen();
    // From a later launch: delivers `message` to the running instance; true when it acknowledged.
    bool sendToRunning(const QString &message, int timeoutMs = 3000) const;

    QString serverName() const { return m_serverName; }

signals:
    void messageReceived(const QString &message);

private:
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace tokenwise
