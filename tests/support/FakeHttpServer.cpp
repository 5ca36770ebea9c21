// Loopback fake HTTP server: writes raw HTTP/1.1 so that it can also misbehave on purpose.
#include "FakeHttpServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

} // namespace

FakeReply FakeReply::json(const QByteArray &body, int status)
{
    FakeReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

FakeReply FakeReply::fromFile(const QString &path, int status)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing: %s", qPrintable(path));
    return json(file.readAll(), status);
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QAbstractHttpServer(parent) { }

bool FakeHttpServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeHttpServer::enqueue(const QString &path, FakeReply reply)
{
    m_replies[path].push_back(std::move(reply));
}

void FakeHttpServer::setDefault(const QString &path, FakeReply reply)
{
    m_handlers.remove(path); // the new default is what the path answers from now on
    auto &queue = m_replies[path];
    queue.clear();
    queue.push_back(std::move(reply));
}

void FakeHttpServer::setHandler(const QString &path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

int FakeHttpServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const RecordedRequest &r) { return r.path == path; }));
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    m_requests.append(
        {methodName(request.method()), path, request.query(), request.headers(), request.body()});
    FakeReply reply;
    if (const auto handler = m_handlers.constFind(path); handler != m_handlers.cend()) {
        reply = (*handler)(m_requests.constLast());
    } else {
        auto it = m_replies.find(path);
        if (it == m_replies.end() || it->empty())
            return false;
        reply = it->front();
        if (it->size() > 1)
            it->pop_front();
    }
    if (reply.stall)
        return true; // keep the connection open and say nothing
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard)
                send(guard, reply);
        });
        return true;
    }
    send(socket, reply);
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, FakeReply::json(R"({"error":{"type":"not_found","message":"no fake route"}})", 404));
}

void FakeHttpServer::send(QTcpSocket *socket, const FakeReply &reply)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[key, value] : reply.headers) {
        hasContentType |= key.compare("Content-Type", Qt::CaseInsensitive) == 0;
        head += key + ": " + value + "\r\n";
    }
    if (!hasContentType)
        head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += reply.truncate ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    if (reply.truncate) {
        socket->write(reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(reply.body);
}
