// Where Codex CLI keeps its rollout files and its service-tier setting.
#pragma once

#include "sources/local/LogTree.h"

#include <QString>
#include <QStringList>

namespace tokenwise::codex {

// $CODEX_HOME, or ~/.codex.
QString codexHome();

// sessions/YYYY/MM/DD/*.jsonl and archived_sessions/*.jsonl, sorted by path. An archived file whose name
// also exists under sessions/ is left out: the live copy is the one that keeps growing. Folders that cannot
// be read and names a QString path cannot open go to `problems`.
QStringList codexRolloutFiles(const QString &codexHome, QList<LogTreeProblem> *problems = nullptr);

// True when <codexHome>/config.toml sets a top-level service_tier = "fast" or "priority".
bool codexFastTier(const QString &codexHome);

} // namespace tokenwise::codex
