// One OpenCode (or Kilo CLI) assistant message as a usage event: the rules of agent-formats.md §4–§5.
#pragma once

#include "core/UsageEvent.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace tokenwise::opencode {

struct MessageParse
{
    std::optional<UsageEvent> event; // none for a user message, a placeholder with no usage, or bad JSON
    bool malformed = false; // the message (or one of its parts) was not valid JSON
    // What a fork copy shares with the message it was copied from (time, model, the message's own figures).
    QByteArray fingerprint;
};

struct MessageRules
{
    QString source; // "opencode" or "kilo-cli"
    bool trustZeroCost = false; // Kilo: a recorded cost of 0 is a free model, not a missing cost
};

// `data` is the message JSON (the `data` column, or a legacy storage file); `stepFinishParts` the JSON of its
// `step-finish` parts. The message's `tokens` hold only the last step while its `cost` accumulates (and, in
// newer Kilo builds, includes sub-agent cost), so when parts exist their tokens and cost are summed instead.
MessageParse parseMessage(const QByteArray &messageId, const QByteArray &data,
                          const QList<QByteArray> &stepFinishParts, const MessageRules &rules);

// Price-table ids for a model OpenCode reported, best first (ccusage's candidates, alias map included).
QStringList priceCandidates(const QString &model);

} // namespace tokenwise::opencode
