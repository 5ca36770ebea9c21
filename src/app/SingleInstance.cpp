// Single-instance handshake: one line of UTF-8 in, "ok\n" back.
#include "app/SingleInstance.h"

#include "app/AppLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace tokenwise {

namespace {

QString runtimeDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return dir.isEmpty() ? QDir::tempPath() : dir;
}

} // namespace

SingleInstance::SingleInstance(const QString &configDir, QObject *parent) : QObject(parent)
{
    // Keyed by user and config dir, so that test instances with their own config never meet the user's.
    const QByteArray hash
        = QCryptographicHash::hash(QDir(configDir).absolutePath().toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    m_serverName = QStringLiteral("tokenwise-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
    m_lock = std::make_unique<QLockFile>(runtimeDir() + QLatin1Char('/') + m_serverName
                                         + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::tryLock()
{
    return m_lock->tryLock(0);
}

bool SingleInstance::listen()
{
    QLocalServer::removeServer(m_serverName); // a crashed instance leaves its socket behind
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcApp) << "single instance: cannot listen on" << m_serverName << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QString message = QString::fromUtf8(socket->readLine()).trimmed();
                socket->write("ok\n");
                socket->flush();
                emit messageReceived(message);
            });
        }
    });
    return true;
}

bool SingleInstance::sendToRunning(const QString &message, int timeoutMs) const
{
    QElapsedTimer elapsed;
    elapsed.start();
    // The running instance may hold the lock but not listen yet (it is starting): retry briefly.
    while (elapsed.elapsed() < timeoutMs) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(500)) {
            socket.write(message.toUtf8() + '\n');
            socket.flush();
            while (!socket.canReadLine() && socket.waitForReadyRead(int(timeoutMs - elapsed.elapsed()))) { }
            return socket.readLine().trimmed() == "ok";
        }
        QThread::msleep(100);
    }
    return false;
}

} // namespace tokenwise
