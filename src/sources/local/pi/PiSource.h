// pi (pi-coding-agent) in the source registry: sessions under ~/.pi/agent/sessions/<project>/, appended.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::pi {

class PiSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Append; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;
};

// "<timestamp>_<sessionId>.jsonl" → "<sessionId>" (the whole base name when it has no '_').
QString sessionIdOf(const QString &fileName);

} // namespace tokenwise::pi
