// A real HTTP server on loopback that plays scripted replies: fixtures, errors, stalls and truncation.
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>

class QTcpSocket;

struct FakeReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type defaults to application/json
    int delayMs = 0; // wait before answering
    bool stall = false; // never answer (for client timeouts)
    bool truncate = false; // announce the full length, send half of the body, close

    static FakeReply json(const QByteArray &body, int status = 200);
    static FakeReply fromFile(const QString &path, int status = 200);
};

struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

class FakeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1 at a free port; returns false when it cannot.
    bool start();
    QUrl baseUrl() const;

    // Replies for `path` (method-agnostic), one per request in order; the last one repeats.
    void enqueue(const QString &path, FakeReply reply);
    // Replaces the queue (and any handler) of `path` with this one reply.
    void setDefault(const QString &path, FakeReply reply);
    // Computes the reply for `path` from the request (query, body): paged and per-day fixtures. Takes
    // precedence over queued replies for that path.
    using Handler = std::function<FakeReply(const RecordedRequest &request)>;
    void setHandler(const QString &path, Handler handler);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount(const QString &path) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void send(QTcpSocket *socket, const FakeReply &reply);

    quint16 m_port = 0;
    QHash<QString, std::deque<FakeReply>> m_replies;
    QHash<QString, Handler> m_handlers;
    QList<RecordedRequest> m_requests;
};
