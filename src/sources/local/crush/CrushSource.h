// Crush in the source registry: one crush.db per project, found through the global projects.json.
#pragma once

#include "sources/local/LocalSource.h"

namespace tokenwise::crush {

class CrushSource final : public LocalSource
{
public:
    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Database; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList notes(const QHash<QString, FileCursor> &cursors) const override;
};

// Where projects.json lives: $CRUSH_GLOBAL_DATA, else ${XDG_DATA_HOME:-~/.local/share}/crush (Linux, macOS),
// %LOCALAPPDATA%\crush on Windows.
QString crushGlobalDataDir();

// The databases projects.json names: <data_dir>/crush.db for each project (an array or, in newer builds, an
// object keyed by path). Empty for a missing or unreadable registry.
struct CrushProject
{
    QString path;
    QString database;
};
QList<CrushProject> crushProjects(const QByteArray &registryJson);

} // namespace tokenwise::crush
