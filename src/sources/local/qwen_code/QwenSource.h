// Qwen Code in the source registry: chats under ~/.qwen/projects/<project>/chats/, appended.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::qwen {

class QwenSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Append; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;
};

// $QWEN_DATA_DIR (comma-separated projects/ folders, ccusage's variable), else ~/.qwen/projects.
QStringList qwenProjectDirs();

} // namespace tokenwise::qwen
