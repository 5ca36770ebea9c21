// Turns the lines of one Codex CLI rollout file into UsageEvents, resumable across runs via saveState().
#pragma once

#include "core/UsageEvent.h"
#include "sources/local/codex/CodexRolloutLine.h"

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace tokenwise::codex {

class CodexRolloutParser
{
public:
    // fileName (e.g. rollout-2026-05-14T10-00-00-<uuid>.jsonl) supplies the session id when a file has no
    // session_meta line.
    explicit CodexRolloutParser(QString fileName);

    enum class LineOutcome {
        Ignored, // not usage (other line types, rate-limit-only or unchanged snapshots, replayed history)
        Event, // one UsageEvent appended to out
        Malformed, // looked relevant but is not a JSON object
        NoTimestamp, // would have been an event but carries no valid ISO-8601 timestamp
    };

    // One complete line without its newline, in file order.
    LineOutcome feedLine(std::string_view line, std::vector<UsageEvent> &out);

    // Everything needed to continue with the next line of the same file in a later run.
    QByteArray saveState() const;
    // False (and the parser starts afresh) when the blob is not a state this version wrote.
    bool restoreState(const QByteArray &state);

private:
    enum class Replay : quint8 {
        AwaitingFirst, // no token_count with usage seen yet
        Skipping, // forked file: dropping the parent's replayed snapshots
        Done,
    };

    void reset();

    QString m_fallbackSessionId;

    QString m_sessionId;
    QString m_project;
    QString m_gitBranch;
    QString m_model;
    bool m_metaSeen = false;
    bool m_forked = false;
    bool m_haveBaseline = false;
    RolloutUsage m_baseline;
    Replay m_replay = Replay::AwaitingFirst;
    qint64 m_replaySecond = 0;
};

} // namespace tokenwise::codex
