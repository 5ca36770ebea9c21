// Qwen Code chat records (JSONL) → usage events: the assistant records' usageMetadata only.
#pragma once

#include "core/IngestRecords.h"
#include "sources/local/AppendedLines.h"

#include <QByteArrayView>
#include <QList>

namespace tokenwise::qwen {

inline constexpr char sourceId[] = "qwen-code";

// Gemini-shaped usageMetadata. promptTokenCount includes the cached tokens: input = prompt − cached, except
// when cached exceeds prompt (a build that reported an exclusive prompt), then prompt is taken as it is.
TokenCounts tokenClasses(qint64 prompt, qint64 candidates, qint64 cached, qint64 thoughts);

class QwenChatParser
{
public:
    LineOutcome feedLine(QByteArrayView line, qint64 offset);
    QList<UsageEvent> takeEvents() { return std::exchange(m_events, {}); }
    // What the records said about the task (the last non-empty values seen).
    const TaskInfo &task() const { return m_task; }

private:
    QList<UsageEvent> m_events;
    TaskInfo m_task;
};

} // namespace tokenwise::qwen
