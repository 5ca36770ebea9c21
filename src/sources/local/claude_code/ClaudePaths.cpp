// Claude Code transcript discovery.
#include "sources/local/claude_code/ClaudePaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace tokenwise::claude {

namespace {

void addRoot(ClaudeRoots &roots, const QString &configDir)
{
    const QString projects = QDir(configDir).filePath(QStringLiteral("projects"));
    roots.searched << projects;
    if (QFileInfo(projects).isDir()) {
        roots.projectDirs << QDir(projects).canonicalPath();
        return;
    }
    if (QFileInfo(configDir).fileName() == QLatin1String("projects") && QFileInfo(configDir).isDir())
        roots.projectDirs << QDir(configDir).canonicalPath();
}

} // namespace

ClaudeRoots findClaudeRoots()
{
    ClaudeRoots roots;
    const QString env = qEnvironmentVariable("CLAUDE_CONFIG_DIR");
    if (!env.trimmed().isEmpty()) {
        roots.fromEnvironment = true;
        for (const QString &entry : env.split(QLatin1Char(','), Qt::SkipEmptyParts))
            addRoot(roots, entry.trimmed());
    } else {
        QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
        if (xdg.isEmpty())
            xdg = QDir::home().filePath(QStringLiteral(".config"));
        addRoot(roots, QDir(xdg).filePath(QStringLiteral("claude")));
        addRoot(roots, QDir::home().filePath(QStringLiteral(".claude")));
    }
    roots.projectDirs.removeDuplicates();
    return roots;
}

TranscriptFile describeTranscript(const QString &projectsRoot, const QString &absolutePath)
{
    const QString relative = QDir(projectsRoot).relativeFilePath(absolutePath);
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    TranscriptFile file;
    file.path = absolutePath;
    if (parts.size() < 2) {
        file.sessionId = QFileInfo(absolutePath).completeBaseName();
        return file;
    }
    file.projectDir = parts.at(0);
    file.sessionId = parts.size() == 2 ? QFileInfo(parts.at(1)).completeBaseName() : parts.at(1);
    return file;
}

QList<TranscriptFile> findTranscripts(const QStringList &projectDirs)
{
    QList<TranscriptFile> files;
    QSet<QString> seen;
    for (const QString &root : projectDirs) {
        // Symlinked directories are not followed: a link loop must not hang the scan.
        QDirIterator it(root, {QStringLiteral("*.jsonl")}, QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (seen.contains(path))
                continue;
            seen.insert(path);
            files << describeTranscript(root, path);
        }
    }
    std::sort(files.begin(), files.end(),
              [](const TranscriptFile &a, const TranscriptFile &b) { return a.path < b.path; });
    return files;
}

} // namespace tokenwise::claude
