// Codex CLI in the source registry: rollouts under sessions/ and archived_sessions/, appended.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::codex {

class CodexSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Append; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
};

} // namespace tokenwise::codex
