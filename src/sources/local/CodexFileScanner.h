// Turns the new lines of one Codex CLI rollout into events, carrying the parser's running totals over runs.
#pragma once

#include "sources/local/FileScanResult.h"
#include "sources/local/LogFileReader.h"

namespace tokenwise::codex {

// One per worker thread: owns the read buffer.
class CodexFileScanner
{
public:
    explicit CodexFileScanner(bool fastTier) : m_fastTier(fastTier) { }

    FileScanResult scan(const QString &path, const FileCursor *previous, qint64 nowMs);

private:
    bool m_fastTier;
    LogFileReader m_reader;
};

} // namespace tokenwise::codex
