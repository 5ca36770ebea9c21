// Claude Code transcript → candidate events (the ledger picks the winning copy of each response).
#include "sources/local/claude_code/ClaudeFileScanner.h"

#include "core/DedupRule.h"
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
    if (!m_reader.open(file.path, plan)) {
        result.error = m_reader.error();
        return result;
    }
    result.changed = true;

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
    cursor.lastIngestMs = nowMs;

    TaskInfo &task = result.task;
    task.source = cursor.source;
    task.sessionId = file.sessionId;
    task.projectDir = file.projectDir;

    const QString sessionId = file.sessionId;
    const QString sourceName = cursor.source;
    ClaudeUsageLine usage;
    std::string title;
    QHash<QByteArray, qsizetype> keptAt;
    const auto visit = [&](std::string_view line, qint64 offset) {
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
        UsageEvent e;
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
            e.setResponseKey(QByteArrayView(usage.messageId.data(), qsizetype(usage.messageId.size())),
                             QByteArrayView(usage.requestId.data(), qsizetype(usage.requestId.size())));
        } else {
            // No id: cannot be de-duplicated, so the line itself is the key (re-reading it changes nothing).
            e.eventKey = "line:"
                + QCryptographicHash::hash(QByteArray::fromRawData(line.data(), qsizetype(line.size())),
                                           QCryptographicHash::Sha1)
                      .toHex();
        }
        // One response is written once per content block: keep the best copy of each key already here.
        const auto seen = keptAt.constFind(e.eventKey);
        if (seen == keptAt.cend()) {
            keptAt.insert(e.eventKey, result.events.size());
            result.events.append(std::move(e));
        } else if (isBetterCopy(e, result.events.at(*seen))) {
            result.events[*seen] = std::move(e);
        }
    };
    LogChunk chunk;
    while (m_reader.next(chunk)) {
        cursor.lines += countLines(chunk);
        // Only lines that can hold usage or a title are parsed (ClaudeLineParser checks the same needles).
        forEachLineWith(chunk, "\"usage\"", "\"summary\"", 48, visit);
    }
    m_reader.finish();
    if (!m_reader.error().isEmpty()) {
        result = FileScanResult(); // keep the old cursor: nothing half-read is committed
        result.error = m_reader.error();
        return result;
    }
    // Over-long lines were never parsed: they count as malformed, so a report says something was skipped.
    cursor.malformed += m_reader.skippedLines();
    result.malformed += m_reader.skippedLines();
    result.bytesRead = m_reader.bytesRead();
    cursor.offset = m_reader.endOffset();
    cursor.headLength = m_reader.headLength();
    cursor.headHash = m_reader.headHash();
    return result;
}

} // namespace tokenwise::claude
