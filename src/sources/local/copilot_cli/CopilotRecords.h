// The two line formats of GitHub Copilot CLI (agent-formats.md §9): the session journal and the OTel file
// export. Both are appended; each parser turns complete lines into events.
#pragma once

#include "core/UsageEvent.h"
#include "sources/local/AppendedLines.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace tokenwise::copilot {

inline constexpr char sourceId[] = "copilot-cli";

// session-state/<id>/events.jsonl. Only `session.shutdown` carries real totals, per model, cumulative over
// resumed legs: each model's total is one event keyed by session and model, so a later shutdown replaces
// the earlier one (more tokens win). A session without a shutdown has no exact figures and counts nothing.
class JournalParser
{
public:
    explicit JournalParser(QString sessionId) : m_sessionId(std::move(sessionId)) { }
    LineOutcome feedLine(QByteArrayView line, qint64 offset);
    QList<UsageEvent> takeEvents() { return std::exchange(m_events, {}); }
    QString sessionId() const { return m_sessionId; }
    QString cwd() const { return m_cwd; }
    double premiumRequests() const { return m_premiumRequests; }

private:
    QString m_sessionId;
    QString m_cwd;
    double m_premiumRequests = 0;
    QList<UsageEvent> m_events;
};

// ~/.copilot/otel/*.jsonl: SDK objects, one per line. Only `chat` spans count: the lower-ranked records
// (inference logs, agent turns, invoke_agent spans) repeat a chat span's usage under the same trace or
// response id in every export seen, and ccusage drops them for the same reason.
class OtelParser
{
public:
    LineOutcome feedLine(QByteArrayView line, qint64 offset);
    QList<UsageEvent> takeEvents() { return std::exchange(m_events, {}); }

private:
    QList<UsageEvent> m_events;
};

// The conversation (session) ids an OTel export holds, for precedence over the journal.
QSet<QString> otelSessionIds(const QByteArray &bytes);

// Copilot's model ids carry a provider and dots ("anthropic/claude-sonnet-4.5"): the price-table ids.
QStringList priceCandidates(const QString &model);

} // namespace tokenwise::copilot
