// Turns the new lines of one Claude Code transcript into candidate usage events.
#pragma once

#include "sources/local/FileScanResult.h"
#include "sources/local/LogFileReader.h"
#include "sources/local/claude_code/ClaudeLineParser.h"
#include "sources/local/claude_code/ClaudePaths.h"

#include <QHash>

namespace tokenwise::claude {

// One per worker thread: owns a parser and interned strings.
class ClaudeFileScanner
{
public:
    FileScanResult scan(const TranscriptFile &file, const FileCursor *previous, qint64 nowMs);

private:
    const QString &intern(const std::string &text);

    ClaudeLineParser m_parser;
    LogFileReader m_reader;
    QHash<QByteArray, QString> m_strings;
};

} // namespace tokenwise::claude
