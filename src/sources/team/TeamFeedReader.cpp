// Team feed transport: a local file, or a GET without credentials.
#include "sources/team/TeamFeedReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace tokenwise::team {

namespace {

constexpr qint64 kMaxFeedBytes = 4 << 20;

} // namespace

FeedRead readFeed(const QString &location, api::ApiHttpClient &client, qint64 nowMs)
{
    FeedRead read;
    QByteArray body;
    if (QDir::isAbsolutePath(location)) {
        QFile file(location);
        if (!file.open(QIODevice::ReadOnly)) {
            read.error = QCoreApplication::translate("TeamFeed", "cannot read the team feed %1: %2")
                             .arg(location, file.errorString());
            return read;
        }
        body = file.read(kMaxFeedBytes);
    } else {
        api::ApiRequest request;
        request.url = QUrl(location, QUrl::StrictMode);
        read.reply = client.send(request);
        if (!read.reply.ok())
            return read;
        body = read.reply.json.toJson(QJsonDocument::Compact);
    }
    auto parsed = parseFeed(body, nowMs);
    if (!parsed)
        read.error = parsed.error();
    else
        read.distributions = std::move(parsed).value();
    return read;
}

} // namespace tokenwise::team
