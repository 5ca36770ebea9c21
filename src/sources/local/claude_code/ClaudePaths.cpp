// Claude Code transcript discovery.
#include "sources/local/claude_code/ClaudePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    TranscriptFile file;
    file.path = absolutePath;
    const qsizetype rootLength
        = projectsRoot.endsWith(QLatin1Char('/')) ? projectsRoot.size() : projectsRoot.size() + 1;
    const QStringView relative = QStringView(absolutePath).sliced(std::min(rootLength, absolutePath.size()));
    const qsizetype firstSlash = relative.indexOf(QLatin1Char('/'));
    const auto baseName = [](QStringView name) {
        return name.endsWith(QLatin1String(".jsonl")) ? name.chopped(6).toString() : name.toString();
    };
    if (firstSlash < 0) {
        file.sessionId = baseName(relative);
        return file;
    }
    file.projectDir = relative.first(firstSlash).toString();
    const QStringView rest = relative.sliced(firstSlash + 1);
    const qsizetype secondSlash = rest.indexOf(QLatin1Char('/'));
    file.sessionId = secondSlash < 0 ? baseName(rest) : rest.first(secondSlash).toString();
    return file;
}

QList<TranscriptFile> findTranscripts(const QStringList &projectDirs, QList<LogTreeProblem> *problems)
{
    QList<TranscriptFile> files;
    for (const QString &root : projectDirs) {
        LogTreeListing listing;
        listLogFiles(root, LogTreeDepth::Recursive, listing);
        for (const QString &path : std::as_const(listing.files))
            files << describeTranscript(root, path);
        if (problems)
            *problems << listing.problems;
    }
    std::sort(files.begin(), files.end(),
              [](const TranscriptFile &a, const TranscriptFile &b) { return a.path < b.path; });
    files.erase(
        std::unique(files.begin(), files.end(),
                    [](const TranscriptFile &a, const TranscriptFile &b) { return a.path == b.path; }),
        files.end());
    return files;
}

} // namespace tokenwise::claude
