// Goose in the source registry: sessions.db, session totals only.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::goose {

class GooseSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Database; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList notes(const QHash<QString, FileCursor> &cursors) const override;
};

// The folders that may hold sessions.db, best first: $GOOSE_PATH_ROOT/data/sessions, else
// ${XDG_DATA_HOME:-~/.local/share}/goose/sessions (Goose follows XDG on macOS too), then the places older
// builds and other platforms used (ccusage and codeburn probe the same).
QStringList gooseSessionDirs();

} // namespace tokenwise::goose
