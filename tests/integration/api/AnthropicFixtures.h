// The Anthropic fixture server: 2026-03-10 to -12 of Claude Code analytics (the 10th on two pages) and a
// two-page cost report ending 2026-03-13; every other day is an empty page.
#pragma once

#include "PollerFixture.h"

namespace tokenwise::testing {

inline const QString kClaudeCode = QStringLiteral("/v1/organizations/usage_report/claude_code");
inline const QString kCostReport = QStringLiteral("/v1/organizations/cost_report");

inline FakeReply claudeCodeDay(const RecordedRequest &r)
{
    const QString day = r.query.queryItemValue(QStringLiteral("starting_at"));
    if (day == QLatin1String("2026-03-10"))
        return fixture(r.query.hasQueryItem(QStringLiteral("page"))
                           ? QStringLiteral("anthropic/claude_code_2026-03-10_page2.json")
                           : QStringLiteral("anthropic/claude_code_2026-03-10_page1.json"));
    if (day == QLatin1String("2026-03-11") || day == QLatin1String("2026-03-12"))
        return fixture(QStringLiteral("anthropic/claude_code_%1.json").arg(day));
    return fixture(QStringLiteral("anthropic/empty_page.json"));
}

inline FakeReply costReport(const RecordedRequest &r)
{
    if (r.query.queryItemValue(QStringLiteral("ending_at")) != QLatin1String("2026-03-13T00:00:00Z"))
        return fixture(QStringLiteral("anthropic/empty_page.json"));
    return fixture(r.query.hasQueryItem(QStringLiteral("page"))
                       ? QStringLiteral("anthropic/cost_report_page2.json")
                       : QStringLiteral("anthropic/cost_report_page1.json"));
}

} // namespace tokenwise::testing
