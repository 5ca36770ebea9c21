// One task folder of the VS Code extensions Cline, Roo Code and Kilo Code (globalStorage/<extension>/tasks/
// <taskId>/): ui_messages.json → usage events, with the model and workspace from the files beside it.
#pragma once

#include "core/IngestRecords.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tokenwise::vscodetasks {

// What `tokensIn` means in an api_req_started entry.
enum class InputCount {
    Uncached, // Cline: Anthropic style, cache reads and writes apart
    TotalSinceRoo8954, // Roo and its forks: the total input from 2025-10-31 (see effectiveInput())
};

// 2025-10-31T00:00:00Z, the day Roo's PR #8954 (commit 416fa572) made tokensIn the total input.
inline constexpr qint64 kRooTotalInputFromMs = 1'761'868'800'000;

// One entry of Cline's task_metadata.json model_usage: the model in use from `ts` on.
struct ModelUse
{
    qint64 ts = 0;
    QString model;
};

// What the files beside ui_messages.json say about the task. Never prompt text: the conversation is read for
// a model name and a folder path only.
struct TaskContext
{
    QString model; // Roo/Kilo: the last <model> tag of the conversation's environment details
    QList<ModelUse> modelUsage; // Cline: by ts, oldest first
    QString cwd;
};

struct TaskRead
{
    bool valid = false; // false: ui_messages.json is not a JSON array (caught mid-write)
    QList<UsageEvent> events;
    qint64 malformed = 0; // api_req_started entries whose text is not the JSON object it should be
    qint64 noTimestamp = 0;
};

// The api_req_started entries of a ui_messages.json, keyed "<taskId>:<index in the array>".
TaskRead parseUiMessages(QByteArrayView json, const QString &source, const QString &taskId, InputCount input,
                         const TaskContext &context);

// The uncached input of an entry: tokensIn as is, unless `input` is TotalSinceRoo8954, the entry is dated on
// or after 2025-10-31 and tokensIn covers the cache counts; then tokensIn − cacheReads − cacheWrites.
qint64 effectiveInput(InputCount input, qint64 timestampMs, qint64 tokensIn, qint64 cacheReads,
                      qint64 cacheWrites);

// The model for a request at `ts` under Cline's model_usage: the latest entry at or before it, else the
// first entry (a request logged a moment before its model_usage entry); empty when there is none.
QString modelAt(const QList<ModelUse> &usage, qint64 ts);

// task_metadata.json → model_usage, sorted by ts.
QList<ModelUse> parseModelUsage(QByteArrayView json);

// api_conversation_history.json → the last <model> tag and the working directory its environment details
// name ("# Current Working Directory (<path>) Files" in Cline, "… Workspace Directory …" in Roo).
struct ConversationFacts
{
    QString model;
    QString cwd;
};
ConversationFacts conversationFacts(QByteArrayView json);

// Roo's history_item.json → its `workspace` (a folder path). Its `task` is the prompt and is never read.
QString historyItemWorkspace(QByteArrayView json);

} // namespace tokenwise::vscodetasks
