// Gemini CLI in the source registry: chat recordings under ~/.gemini/tmp/<project>/chats/.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::gemini {

class GeminiSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    // JSONL chats are appended; the legacy session-*.json documents are rewritten whole (read again).
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Append; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;
};

// The tmp/ folders that hold project chats: $GEMINI_DATA_DIR (comma-separated, ccusage's variable), else
// <$GEMINI_CLI_HOME or home>/.gemini/tmp.
QStringList geminiTmpDirs();

} // namespace tokenwise::gemini
