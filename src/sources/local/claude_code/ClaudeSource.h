// Claude Code in the source registry: transcripts under projects/, appended line by line.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::claude {

class ClaudeSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Append; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
};

} // namespace tokenwise::claude
