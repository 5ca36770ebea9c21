// GitHub Copilot CLI in the source registry: ~/.copilot's session-store.db, OTel file export and session
// journal, read in that order of precedence and never two for one session.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::copilot {

class CopilotSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Database; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;
    QStringList notes(const QHash<QString, FileCursor> &cursors) const override;
};

// $COPILOT_HOME, else ~/.copilot (every platform).
QString copilotHome();

} // namespace tokenwise::copilot
