// Claude Code transcript → candidate events (the ledger picks the winning copy of each response).
#include "sources/local/claude_code/ClaudeFileScanner.h"

#include "sources/local/LogFileReader.h"

#include <QCryptographicHash>

namespace tokenwise::claude {

const QString &ClaudeFileScanner::intern(const std::string &text)
{
    const QByteArray key = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
    auto it = m_strings.find(key);
    if (it == m_strings.end())
        it = m_strings.insert(QByteArray(text.data(), qsizetype(text.size())), QString::fromStdString(text));
    return *it;
}

FileScanResult ClaudeFileScanner::scan(const TranscriptFile &file, const FileCursor *previous, qint64 nowMs)
{
    FileScanResult result;
    const PendingRead plan = planRead(file.path, previous);
    if (plan.mode == ReadMode::Unchanged)
        return result;
    const LogChunk chunk = readLines(file.path, plan);
    if (!chunk.error.isEmpty()) {
        result.error = chunk.error;
        return result;
    }
    result.changed = true;
    result.bytesRead = chunk.bytes.size();

    FileCursor &cursor = result.cursor;
    if (previous && plan.mode == ReadMode::Append)
        cursor = *previous;
    else if (previous)
        cursor.lines = cursor.malformed = cursor.noTimestamp = cursor.events
            = 0; // counts restart with the file
    cursor.source = QString::fromLatin1(source::claudeCode);
    cursor.path = file.path;
    cursor.device = plan.identity.device;
    cursor.inode = plan.identity.inode;
    cursor.size = plan.identity.size;
    cursor.mtimeMs = plan.identity.mtimeMs;
    cursor.offset = chunk.endOffset;
    cursor.headLength = chunk.headLength;
    cursor.headHash = chunk.headHash;
    cursor.lastIngestMs = nowMs;

    TaskInfo &task = result.task;
    task.source = cursor.source;
    task.sessionId = file.sessionId;
    task.projectDir = file.projectDir;

    const QString sessionId = file.sessionId;
    const QString sourceName = cursor.source;
    ClaudeUsageLine usage;
    std::string title;
    forEachLine(chunk, [&](std::string_view line, qint64 offset) {
        ++cursor.lines;
        switch (m_parser.parse(line, usage, title)) {
        case ClaudeLineParser::Outcome::Ignored:
            return;
        case ClaudeLineParser::Outcome::Malformed:
            ++cursor.malformed;
            ++result.malformed;
            return;
        case ClaudeLineParser::Outcome::NoTimestamp:
            ++cursor.noTimestamp;
            ++result.noTimestamp;
            return;
        case ClaudeLineParser::Outcome::Title:
            task.title = QString::fromStdString(title);
            return;
        case ClaudeLineParser::Outcome::Usage:
            break;
        }
        if (!usage.cwd.empty())
            task.cwd = intern(usage.cwd);
        if (!usage.gitBranch.empty())
            task.gitBranch = intern(usage.gitBranch);
        if (usage.model.empty() || usage.tokens.isZero())
            return; // <synthetic> and empty replies: no model, nothing to count
        ++cursor.events;
        UsageEvent &e = result.events.emplace_back();
        e.source = sourceName;
        e.timestampMs = usage.timestampMs;
        e.model = intern(usage.model);
        e.fast = usage.fast;
        e.sidechain = usage.sidechain;
        e.tokens = usage.tokens;
        e.sessionId = sessionId;
        e.project = task.cwd;
        e.gitBranch = task.gitBranch;
        e.originPath = file.path;
        e.originOffset = offset;
        if (!usage.messageId.empty()) {
            e.messageId = QByteArray::fromStdString(usage.messageId);
            e.requestId = QByteArray::fromStdString(usage.requestId);
            e.eventKey = e.requestId.isEmpty() ? e.messageId : e.messageId + ':' + e.requestId;
        } else {
            // No id: cannot be de-duplicated, so the line itself is the key (re-reading it changes nothing).
            e.eventKey = "line:"
                + QCryptographicHash::hash(QByteArray::fromRawData(line.data(), qsizetype(line.size())),
                                           QCryptographicHash::Sha1)
                      .toHex();
        }
    });
    return result;
}

} // namespace tokenwise::claude
