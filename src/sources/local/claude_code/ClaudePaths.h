// Where Claude Code keeps its transcripts, and what a transcript's path says about its session.
#pragma once

#include "sources/local/LogTree.h"

#include <QString>
#include <QStringList>

namespace tokenwise::claude {

struct ClaudeRoots
{
    QStringList projectDirs; // existing `projects/` directories
    QStringList searched; // every place looked at, for "where did it look" messages
    bool fromEnvironment = false;
};

// $CLAUDE_CONFIG_DIR (comma-separated; each a config dir holding projects/ or projects/ itself), else
// ${XDG_CONFIG_HOME:-~/.config}/claude and ~/.claude.
ClaudeRoots findClaudeRoots();

struct TranscriptFile
{
    QString path; // absolute
    QString projectDir; // the encoded-cwd directory name under projects/
    QString sessionId; // from the path: sub-agent files roll up into their parent session
};

// Every *.jsonl below the roots, sorted by path so that de-dup ties resolve the same way every time. Folders
// that cannot be read and names a QString path cannot open go to `problems`.
QList<TranscriptFile> findTranscripts(const QStringList &projectDirs,
                                      QList<LogTreeProblem> *problems = nullptr);

// Session of a file given its path relative to projects/: "<p>/<s>.jsonl" → s, "<p>/<s>/…/<x>.jsonl" → s.
TranscriptFile describeTranscript(const QString &projectsRoot, const QString &absolutePath);

} // namespace tokenwise::claude
