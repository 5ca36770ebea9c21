// Kimi CLI in the source registry: wire files under ~/.kimi/sessions/, appended.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::kimi {

class KimiSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Append; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;
};

// $KIMI_SHARE_DIR (Kimi's own), else $KIMI_DATA_DIR (ccusage's), else ~/.kimi.
QString kimiRoot();

} // namespace tokenwise::kimi
