// libFuzzer target: every provider's reply parser. The first byte picks the parser, the rest is the body.
#include "sources/api/anthropic/AnthropicSource.h"
#include "sources/api/cursor/CursorSource.h"
#include "sources/api/http/Pagination.h"
#include "sources/api/openai/OpenAiSource.h"
#include "sources/api/openrouter/OpenRouterSource.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace tokenwise;
using namespace tokenwise::api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!doc.isObject())
        return 0;
    const QJsonObject page = doc.object();
    const QDate day(2026, 3, 10);
    switch (data[0] % 9) {
    case 0: {
        ClaudeCodeDay folded;
        folded.day = day;
        foldClaudeCodePage(page, QStringLiteral("ada@example.com"), folded);
        break;
    }
    case 1: {
        QList<SpendBucket> buckets;
        int skipped = 0;
        costReportBuckets(page, buckets, &skipped);
        break;
    }
    case 2: {
        QList<OpenAiUsageRow> rows;
        openAiUsageRows(page, rows);
        break;
    }
    case 3: {
        QList<SpendBucket> buckets;
        int skipped = 0;
        openAiCostBuckets(page, buckets, &skipped);
        break;
    }
    case 4: {
        CursorSpend spend;
        foldCursorSpendPage(page, spend);
        break;
    }
    case 5: {
        QHash<QByteArray, int> seen;
        QList<UsageEvent> events;
        int unpriced = 0;
        cursorUsageEvents(page, QStringLiteral("ada@example.com"), seen, events, &unpriced);
        break;
    }
    case 6: {
        QList<SpendBucket> buckets;
        std::optional<MicroUsd> today;
        bool management = false;
        openRouterKeyBuckets(page, day, buckets, &today, &management);
        break;
    }
    case 7: {
        QMap<QDate, MicroUsd> perDay;
        QList<SpendBucket> buckets;
        openRouterActivity(page, perDay, buckets);
        break;
    }
    case 8: {
        bool broken = false;
        hasMoreNextPage(page, &broken);
        break;
    }
    }
    return 0;
}
