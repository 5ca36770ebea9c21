// Turns the new lines of one Codex CLI rollout into events, carrying the parser's running totals over runs.
#pragma once

#include "sources/local/FileScanResult.h"

namespace tokenwise::codex {

FileScanResult scanRollout(const QString &path, const FileCursor *previous, bool fastTier, qint64 nowMs);

} // namespace tokenwise::codex
