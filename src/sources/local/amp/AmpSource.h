// Amp in the source registry: thread documents under ~/.local/share/amp/threads/, rewritten whole.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::amp {

class AmpSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Rewrite; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList notes(const QHash<QString, FileCursor> &cursors) const override;
};

// $AMP_DATA_DIR, else ${XDG_DATA_HOME:-~/.local/share}/amp and the platform's data folder when it differs
// (~/Library/Application Support/amp, %APPDATA%\amp): Amp's own choice there is not documented, so both.
QStringList ampDataDirs();

} // namespace tokenwise::amp
