// Incremental log reading.
#include "sources/local/LogFileReader.h"

#include <QCryptographicHash>
#include <QFile>

#include <cstring>
#include <sys/stat.h>

namespace tokenwise {

namespace {

constexpr qint64 kHeadBytes = 4096;

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

// True when the first `length` bytes of the file still hash to `hash`: it is the file we read before.
bool sameHead(QFile &file, qint64 length, const QByteArray &hash)
{
    if (length == 0)
        return true;
    if (!file.seek(0))
        return false;
    return hashOf(file.read(length)) == hash;
}

} // namespace

FileIdentity identify(const QString &path)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    return {true, qint64(st.st_dev), qint64(st.st_ino), qint64(st.st_size),
            qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000};
}

PendingRead planRead(const QString &path, const FileCursor *cursor)
{
    PendingRead plan;
    plan.identity = identify(path);
    if (!plan.identity.exists)
        return plan; // gone: its events stay in the ledger
    if (!cursor) {
        plan.mode = ReadMode::Reread;
        return plan;
    }
    const FileIdentity &now = plan.identity;
    const bool sameInode = now.device == cursor->device && now.inode == cursor->inode;
    if (sameInode && now.size == cursor->size && now.mtimeMs == cursor->mtimeMs)
        return plan; // Unchanged
    if (sameInode && now.size >= cursor->offset) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && sameHead(file, cursor->headLength, cursor->headHash)) {
            plan.mode = now.size == cursor->offset ? ReadMode::Unchanged : ReadMode::Append;
            plan.startOffset = cursor->offset;
            return plan;
        }
    }
    plan.mode = ReadMode::Reread;
    return plan;
}

LogChunk readLines(const QString &path, const PendingRead &plan)
{
    LogChunk chunk;
    chunk.startOffset = plan.startOffset;
    chunk.endOffset = plan.startOffset;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(plan.startOffset)) {
        chunk.error = file.errorString();
        return chunk;
    }
    // Read what stat() saw; bytes appended meanwhile are picked up next time.
    const qint64 want = plan.identity.size - plan.startOffset;
    if (want > 0) {
        chunk.bytes.resize(want);
        const qint64 got = file.read(chunk.bytes.data(), want);
        if (got < 0) {
            chunk.error = file.errorString();
            chunk.bytes.clear();
            return chunk;
        }
        chunk.bytes.resize(got);
        chunk.bytes.truncate(chunk.bytes.lastIndexOf('\n') + 1); // a half-written last line waits
        chunk.endOffset = plan.startOffset + chunk.bytes.size();
    }
    // Only consumed bytes are hashed: an unfinished tail may still change.
    chunk.headLength = std::min(kHeadBytes, chunk.endOffset);
    if (file.seek(0))
        chunk.headHash = hashOf(file.read(chunk.headLength));
    return chunk;
}

} // namespace tokenwise
