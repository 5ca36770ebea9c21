// Claude Code transcript discovery.
#include "sources/local/claude_code/ClaudePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <dirent.h>
#include <sys/stat.h>

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

namespace {

// Plain readdir with d_type: QDirIterator builds a QFileInfo per entry, several times slower on thousands of
// files. Symlinked directories are not followed, so a link loop cannot hang the scan.
void walk(const QByteArray &dir, const QString &root, QList<TranscriptFile> &files, QStringList *undecodable)
{
    DIR *handle = ::opendir(dir.constData());
    if (!handle)
        return; // unreadable: nothing to count
    while (const dirent *entry = ::readdir(handle)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        const QByteArray path = dir + '/' + name;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            if (::lstat(path.constData(), &st) != 0)
                continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            walk(path, root, files, undecodable);
        } else if (type == DT_REG && path.endsWith(".jsonl")) {
            const QString decoded = QFile::decodeName(path);
            if (QFile::encodeName(decoded) == path)
                files << describeTranscript(root, decoded);
            else if (undecodable)
                *undecodable << decoded;
        }
    }
    ::closedir(handle);
}

} // namespace

QList<TranscriptFile> findTranscripts(const QStringList &projectDirs, QStringList *undecodable)
{
    QList<TranscriptFile> files;
    for (const QString &root : projectDirs)
        walk(QFile::encodeName(root), root, files, undecodable);
    std::sort(files.begin(), files.end(),
              [](const TranscriptFile &a, const TranscriptFile &b) { return a.path < b.path; });
    files.erase(
        std::unique(files.begin(), files.end(),
                    [](const TranscriptFile &a, const TranscriptFile &b) { return a.path == b.path; }),
        files.end());
    return files;
}

} // namespace tokenwise::claude
