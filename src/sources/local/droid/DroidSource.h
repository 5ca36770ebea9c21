// Droid (Factory.ai) in the source registry: ~/.factory/sessions/<cwd-slug>/<id>.settings.json.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::droid {

class DroidSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Rewrite; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;
};

// $DROID_SESSIONS_DIR, else $FACTORY_DIR/sessions, else ~/.factory/sessions (the peers' variables).
QString droidSessionsDir();

} // namespace tokenwise::droid
