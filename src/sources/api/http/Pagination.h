// Following page cursors to the end, with a guard against a provider that hands out the same cursor twice.
#pragma once

#include "sources/api/http/ApiHttpClient.h"

#include <QJsonObject>
#include <QSet>

namespace tokenwise::api {

// Remembers the cursors seen in one walk; refuses a repeat and an endless walk.
class CursorGuard
{
public:
    explicit CursorGuard(int maxPages = 500) : m_maxPages(maxPages) { }
    // False when `cursor` was seen before or the walk has too many pages.
    bool accept(const QString &cursor);

private:
    QSet<QString> m_seen;
    int m_maxPages;
};

struct PagedReply
{
    ApiReply last; // the failure, or the last page's reply
    QList<QJsonObject> pages;
    bool ok() const { return last.ok(); }
};

// The next cursor of a page, or an empty string after the last one. Sets `broken` when the page says
// there is more but gives no cursor.
using NextCursor = std::function<QString(const QJsonObject &page, bool *broken)>;

// Anthropic and OpenAI: {"has_more": true, "next_page": "…"}.
QString hasMoreNextPage(const QJsonObject &page, bool *broken);

// Requests pages until `next` says there are no more. `requestFor("")` is the first page.
PagedReply fetchAllPages(ApiHttpClient &client,
                         const std::function<ApiRequest(const QString &cursor)> &requestFor,
                         const NextCursor &next, int maxPages = 500);

} // namespace tokenwise::api
