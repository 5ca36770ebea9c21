// OpenClaw (formerly Clawdbot / Moltbot) in the source registry: <root>/agents/<agent>/sessions/*.jsonl.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::openclaw {

class OpenClawSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Append; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;
};

// A session file: "<id>.jsonl", or a kept copy "<id>.jsonl.deleted.<ts>" / "<id>.jsonl.reset.<ts>".
bool isSessionFile(QByteArrayView name);

} // namespace tokenwise::openclaw
