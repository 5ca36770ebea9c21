// Default implementations of the cheaper cursor queries, in terms of cursors().
#include "store/Ledger.h"

namespace tokenwise {

QHash<QString, FileStamp> Ledger::fileStamps(const QString &source)
{
    QHash<QString, FileStamp> stamps;
    const QHash<QString, FileCursor> all = cursors(source);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        stamps.insert(it.key(), {it->device, it->inode, it->size, it->mtimeMs});
    return stamps;
}

QHash<QString, FileCursor> Ledger::cursors(const QString &source, const QStringList &paths)
{
    const QHash<QString, FileCursor> all = cursors(source);
    QHash<QString, FileCursor> some;
    for (const QString &path : paths) {
        const auto it = all.constFind(path);
        if (it != all.cend())
            some.insert(path, *it);
    }
    return some;
}

} // namespace tokenwise
