// Codex rollout → events; a rollout's deltas depend on earlier lines, so the parser state rides on the
// cursor.
#include "sources/local/CodexFileScanner.h"

#include "sources/local/LogFileReader.h"
#include "sources/local/codex/CodexRolloutParser.h"

#include <QFileInfo>

namespace tokenwise::codex {

FileScanResult CodexFileScanner::scan(const QString &path, const FileCursor *previous, qint64 nowMs)
{
    FileScanResult result;
    const PendingRead plan = planRead(path, previous);
    if (plan.mode == ReadMode::Unchanged)
        return result;
    if (!m_reader.open(path, plan)) {
        result.error = m_reader.error();
        return result;
    }
    result.changed = true;

    CodexRolloutParser parser(QFileInfo(path).fileName());
    FileCursor &cursor = result.cursor;
    if (previous && plan.mode == ReadMode::Append) {
        cursor = *previous;
        parser.restoreState(previous->parserState);
    }
    cursor.source = QString::fromLatin1(source::codex);
    cursor.path = path;
    cursor.device = plan.identity.device;
    cursor.inode = plan.identity.inode;
    cursor.size = plan.identity.size;
    cursor.mtimeMs = plan.identity.mtimeMs;
    cursor.lastIngestMs = nowMs;

    std::vector<UsageEvent> events;
    const auto visit = [&](std::string_view line, qint64 offset) {
        ++cursor.lines;
        const size_t before = events.size();
        switch (parser.feedLine(line, events)) {
        case CodexRolloutParser::LineOutcome::Malformed:
            ++cursor.malformed;
            ++result.malformed;
            break;
        case CodexRolloutParser::LineOutcome::NoTimestamp:
            ++cursor.noTimestamp;
            ++result.noTimestamp;
            break;
        default:
            break;
        }
        for (size_t i = before; i < events.size(); ++i) {
            events[i].originPath = path;
            events[i].originOffset = offset;
            events[i].fast = events[i].fast || m_fastTier;
        }
    };
    LogChunk chunk;
    while (m_reader.next(chunk))
        forEachLine(chunk, visit);
    m_reader.finish();
    if (!m_reader.error().isEmpty()) {
        FileScanResult failed; // keep the old cursor: nothing half-read is committed
        failed.error = m_reader.error();
        return failed;
    }
    // Over-long lines were never parsed: they count as malformed, so a report says something was skipped.
    cursor.malformed += m_reader.skippedLines();
    result.malformed += m_reader.skippedLines();
    result.bytesRead = m_reader.bytesRead();
    cursor.offset = m_reader.endOffset();
    cursor.headLength = m_reader.headLength();
    cursor.headHash = m_reader.headHash();
    cursor.parserState = parser.saveState();
    cursor.events += qint64(events.size());
    result.events.reserve(qsizetype(events.size()));
    for (UsageEvent &e : events)
        result.events.append(std::move(e));
    if (!result.events.isEmpty()) {
        const UsageEvent &last = result.events.constLast();
        result.task = {cursor.source, last.sessionId, {}, last.project, last.gitBranch, {}};
    }
    return result;
}

} // namespace tokenwise::codex
