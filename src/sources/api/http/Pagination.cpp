// Page walking.
#include "sources/api/http/Pagination.h"

#include <QCoreApplication>

namespace tokenwise::api {

bool CursorGuard::accept(const QString &cursor)
{
    if (m_seen.contains(cursor) || m_seen.size() >= m_maxPages)
        return false;
    m_seen.insert(cursor);
    return true;
}

QString hasMoreNextPage(const QJsonObject &page, bool *broken)
{
    if (!page.value(QLatin1String("has_more")).toBool())
        return {};
    const QString next = page.value(QLatin1String("next_page")).toString();
    if (next.isEmpty())
        *broken = true;
    return next;
}

PagedReply fetchAllPages(ApiHttpClient &client,
                         const std::function<ApiRequest(const QString &cursor)> &requestFor,
                         const NextCursor &next, int maxPages)
{
    PagedReply result;
    CursorGuard guard(maxPages);
    QString cursor;
    guard.accept(cursor);
    for (;;) {
        result.last = client.send(requestFor(cursor));
        if (!result.last.ok())
            return result;
        if (!result.last.json.isObject()) {
            result.last.state = SourceState::BadResponse;
            result.last.detail = QCoreApplication::translate("Pagination", "a page was not a JSON object");
            return result;
        }
        const QJsonObject page = result.last.json.object();
        result.pages.append(page);
        bool broken = false;
        cursor = next(page, &broken);
        if (broken) {
            result.last.state = SourceState::BadResponse;
            result.last.detail = QCoreApplication::translate(
                "Pagination", "the provider said there is more but gave no cursor");
            return result;
        }
        if (cursor.isEmpty())
            return result;
        if (!guard.accept(cursor)) {
            result.last.state = SourceState::BadResponse;
            result.last.detail = QCoreApplication::translate(
                "Pagination", "the provider repeated a page cursor (or sent too many pages); stopped");
            return result;
        }
    }
}

} // namespace tokenwise::api
