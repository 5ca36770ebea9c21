// A raw TCP peer for replies no HTTP server would send: answers every connection with `greeting`, then one
// byte of `trickle` per interval.
#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

class RawTcpServer : public QTcpServer
{
public:
    QByteArray greeting;
    QByteArray trickle;
    int intervalMs = 250;

    bool start() { return listen(QHostAddress::LocalHost); }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            socket->readAll();
            if (socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            socket->write(greeting);
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, sent] {
                if (*sent < trickle.size())
                    socket->write(trickle.mid((*sent)++, 1));
            });
            timer->start(intervalMs);
        });
    }
};
