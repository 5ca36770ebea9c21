// Cline, Roo Code and Kilo Code in the source registry: one reader of the VS Code extensions' task folders
// (<VS Code user dir>/User/globalStorage/<extension id>/tasks/<taskId>/), one source per extension.
#pragma once

#include "sources/local/LocalSource.h"
#include "sources/local/vscode_tasks/VscodeTask.h"

namespace tokenwise::vscodetasks {

struct Extension
{
    const char *sourceId; // "roo-code"
    const char *displayName; // untranslated, marked for translation where the table is
    const char *extensionId; // "rooveterinaryinc.roo-cline"
    InputCount input;
    bool cline; // Cline's layout: the model from task_metadata.json, and the new store (~/.cline/data)
};

const Extension &clineExtension();
const Extension &rooCodeExtension();
const Extension &kiloCodeExtension();

class VscodeTaskSource final : public LocalSource
{
public:
    explicit VscodeTaskSource(const Extension &extension) : m_extension(extension) { }

    QString id() const override;
    QString displayName() const override;
    FileUpdateStyle updateStyle() const override { return FileUpdateStyle::Rewrite; }
    LocalListing list() const override;
    std::unique_ptr<LocalFileScanner> makeScanner() const override;
    QStringList priceCandidates(const QString &model, qint64 timestampMs) const override;

private:
    const Extension &m_extension;
};

// The "User" folders of every VS Code flavour (Code, Code - Insiders, VSCodium, Cursor, Windsurf, Positron,
// Antigravity) under the platform's config folder (${XDG_CONFIG_HOME:-~/.config}, ~/Library/Application
// Support, %APPDATA%), then the remote servers' ~/.vscode-server{,-insiders}/data/User.
QStringList vscodeUserDirs();

// $CLINE_SESSION_DATA_DIR, else ${CLINE_DATA_DIR:-${CLINE_DIR:-~/.cline}/data}/sessions.
QString clineSessionsDir();

} // namespace tokenwise::vscodetasks
