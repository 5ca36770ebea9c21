// Provider factory and the date helpers the providers share.
#include "sources/api/ApiSource.h"

#include "sources/api/anthropic/AnthropicSource.h"
#include "sources/api/cursor/CursorSource.h"
#include "sources/api/http/ApiEndpoint.h"
#include "sources/api/openai/OpenAiSource.h"
#include "sources/api/openrouter/OpenRouterSource.h"

#include <QTimeZone>

namespace tokenwise::api {

std::unique_ptr<ApiSource> makeApiSource(const QString &name, ApiHttpClient &client, const PriceBook &prices)
{
    if (name == QLatin1String(anthropic))
        return std::make_unique<AnthropicSource>(client);
    if (name == QLatin1String(openai))
        return std::make_unique<OpenAiSource>(client, prices);
    if (name == QLatin1String(cursor))
        return std::make_unique<CursorSource>(client);
    if (name == QLatin1String(openrouter))
        return std::make_unique<OpenRouterSource>(client);
    return nullptr;
}

QList<std::pair<QDate, QDate>> chunkDays(const QDate &from, const QDate &to, int maxDays)
{
    QList<std::pair<QDate, QDate>> chunks;
    for (QDate start = from; start.isValid() && start <= to; start = start.addDays(maxDays))
        chunks.append({start, std::min(to, start.addDays(maxDays - 1))});
    return chunks;
}

qint64 utcDayStartMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDateTime parseProviderTime(const QJsonValue &value)
{
    qint64 number = 0;
    bool isNumber = false;
    if (value.isDouble()) {
        number = value.toInteger();
        isNumber = true;
    } else if (value.isString()) {
        number = value.toString().toLongLong(&isNumber);
    }
    if (isNumber) // seconds until the year 5138, milliseconds after
        return number > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(number, QTimeZone::utc())
                                          : QDateTime::fromSecsSinceEpoch(number, QTimeZone::utc());
    const QString text = value.toString();
    // A bare date would otherwise be read as local midnight.
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(day, QTime(0, 0), QTimeZone::utc());
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace tokenwise::api
