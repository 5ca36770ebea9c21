// Gemini CLI chat recordings (JSONL, and the legacy whole-document .json) → usage events.
#pragma once

#include "core/UsageEvent.h"
#include "sources/local/AppendedLines.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tokenwise::gemini {

inline constexpr char sourceId[] = "gemini-cli";

// A `tokens` object as Gemini CLI records it from the API's usageMetadata.
struct GeminiTokens
{
    qint64 input = 0; // promptTokenCount: includes the cached tokens
    qint64 output = 0; // candidatesTokenCount
    qint64 cached = 0; // cachedContentTokenCount
    qint64 thoughts = 0; // thoughtsTokenCount: reasoning, billed as output
    qint64 tool = 0; // toolUsePromptTokenCount: prompt-side, billed as input
    qint64 total = -1; // totalTokenCount; -1 when absent
};

// Tokenwise's classes: input is non-cached prompt plus tool prompt; output includes thoughts. When `total`
// says `input` does not include the cache (older files stored it net), `input` is taken as it is.
TokenCounts tokenClasses(const GeminiTokens &tokens);

class GeminiChatParser
{
public:
    // `taskSessionId`: the session the file's usage belongs to when the layout says (a sub-agent's parent);
    // `fallbackMs`: the file's mtime, the last resort for a record without a time.
    GeminiChatParser(QString taskSessionId, qint64 fallbackMs);

    LineOutcome feedLine(QByteArrayView line, qint64 offset);
    // A legacy session-*.json document; returns false when it is not one.
    bool feedDocument(QByteArrayView json);

    // The events of this run, one per message id (the last record of a message wins).
    QList<UsageEvent> takeEvents();
    QString sessionId() const { return m_sessionId; }
    QString summary() const { return m_summary; }

    // What later runs of an appended file need from its first lines: the session and its start time.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    LineOutcome feedRecord(const QJsonObject &record, qint64 offset);
    void feedMetadata(const QJsonObject &record);

    QString m_taskSessionId;
    qint64 m_fallbackMs;
    QString m_sessionId;
    QString m_summary;
    qint64 m_startMs = 0;
    QList<UsageEvent> m_events;
    QHash<QByteArray, qsizetype> m_indexByKey;
};

} // namespace tokenwise::gemini
