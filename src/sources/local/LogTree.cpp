// Plain readdir with d_type: QDirIterator builds a QFileInfo per entry, several times slower on thousands of
// files, and silently skips a folder it cannot open.
#include "sources/local/LogTree.h"

#include <QFile>

#include <algorithm>
#include <functional>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>

namespace tokenwise {

namespace {

void addDecoded(const QByteArray &path, QStringList &to, LogTreeListing &listing)
{
    const QString decoded = QFile::decodeName(path);
    if (QFile::encodeName(decoded) == path)
        to << decoded;
    else
        listing.problems.append({LogTreeProblem::Kind::UndecodableName, decoded, {}});
}

// `folders`, when given, collects the sub-folders of a flat walk instead of ignoring them.
void walk(const QByteArray &dir, LogTreeDepth depth, const std::function<bool(QByteArrayView)> &wanted,
          LogTreeListing &listing, QStringList *folders = nullptr)
{
    DIR *handle = ::opendir(dir.constData());
    if (!handle) {
        if (errno != ENOENT && errno != ENOTDIR)
            listing.problems.append({LogTreeProblem::Kind::UnreadableFolder, QFile::decodeName(dir),
                                     QString::fromLocal8Bit(std::strerror(errno))});
        return;
    }
    while (const dirent *entry = ::readdir(handle)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        const QByteArray path = dir + '/' + name;
        unsigned char type = entry->d_type;
        struct stat st;
        if (type == DT_UNKNOWN && ::lstat(path.constData(), &st) == 0) {
            if (S_ISLNK(st.st_mode))
                type = DT_LNK;
            else if (S_ISDIR(st.st_mode))
                type = DT_DIR;
            else if (S_ISREG(st.st_mode))
                type = DT_REG;
        }
        // A link is looked through only to see whether it names a file; a linked folder is not followed.
        if (type == DT_LNK)
            type = ::stat(path.constData(), &st) == 0 && S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        if (type == DT_DIR) {
            if (depth == LogTreeDepth::Recursive)
                walk(path, depth, wanted, listing);
            else if (folders)
                addDecoded(path, *folders, listing);
        } else if (type == DT_REG && wanted(QByteArrayView(name))) {
            addDecoded(path, listing.files, listing);
        }
    }
    ::closedir(handle);
}

} // namespace

void listLogFiles(const QString &dir, LogTreeDepth depth, LogTreeListing &listing)
{
    listFiles(dir, depth, {QByteArrayLiteral(".jsonl")}, listing);
}

void listFiles(const QString &dir, LogTreeDepth depth, const QList<QByteArray> &suffixes,
               LogTreeListing &listing)
{
    listFilesNamed(
        dir, depth,
        [&](QByteArrayView name) {
            return std::any_of(suffixes.cbegin(), suffixes.cend(),
                               [&](const QByteArray &suffix) { return name.endsWith(suffix); });
        },
        listing);
}

void listFilesNamed(const QString &dir, LogTreeDepth depth, const std::function<bool(QByteArrayView)> &wanted,
                    LogTreeListing &listing)
{
    walk(QFile::encodeName(dir), depth, wanted, listing);
}

QStringList listFolders(const QString &dir, LogTreeListing &listing)
{
    QStringList folders;
    walk(
        QFile::encodeName(dir), LogTreeDepth::Flat, [](QByteArrayView) { return false; }, listing, &folders);
    return folders;
}

} // namespace tokenwise
