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

LogFileReader::LogFileReader(qint64 chunkBytes, qint64 maxLineBytes)
    : m_chunkBytes(chunkBytes), m_maxLineBytes(std::max<qint64>(maxLineBytes, 1))
{ }

bool LogFileReader::open(const QString &path, const PendingRead &plan)
{
    m_file.close();
    m_file.setFileName(path);
    m_startOffset = m_readEnd = m_consumedEnd = plan.startOffset;
    m_fileEnd = plan.identity.size;
    m_carry = 0;
    m_pendingShift = 0;
    m_skipping = false;
    m_skippedLines = 0;
    m_headLength = 0;
    m_headHash.clear();
    m_error.clear();
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(plan.startOffset)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

qint64 countLines(const LogChunk &chunk)
{
    qint64 lines = 0;
    const char *p = chunk.bytes.data();
    const char *end = p + chunk.bytes.size();
    while (p < end) {
        const void *nl = memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        ++lines;
        p = static_cast<const char *>(nl) + 1;
    }
    return lines;
}

bool LogFileReader::next(LogChunk &chunk)
{
    if (m_pendingShift > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pendingShift, size_t(m_carry));
        m_buffer.resize(m_carry);
        m_pendingShift = 0;
    }
    for (;;) {
        if (m_readEnd >= m_fileEnd)
            return false; // whatever is carried is an unfinished last line
        // Keep the unfinished line, then fill up to a chunk (more when one line is longer than a chunk).
        const qint64 want = std::min(m_fileEnd - m_readEnd,
                                     m_skipping ? m_chunkBytes : std::max<qint64>(m_chunkBytes, m_carry));
        const qsizetype kept = m_carry;
        m_buffer.resize(kept + want);
        const qint64 got = m_file.read(m_buffer.data() + kept, want);
        if (got <= 0) {
            if (got < 0)
                m_error = m_file.errorString();
            m_fileEnd = m_readEnd; // the file shrank under us: stop here, a later run re-plans
            return false;
        }
        m_buffer.resize(kept + got);
        m_readEnd += got;
        if (m_skipping) {
            const qsizetype newline = m_buffer.indexOf('\n');
            if (newline < 0) {
                m_buffer.resize(0);
                m_carry = 0;
                continue;
            }
            m_buffer.remove(0, newline + 1);
            m_consumedEnd = m_readEnd - m_buffer.size();
            m_skipping = false;
            ++m_skippedLines;
        }
        const qsizetype lastNewline = m_buffer.lastIndexOf('\n');
        if (lastNewline < 0) {
            m_carry = m_buffer.size();
            if (m_carry > m_maxLineBytes) {
                // Over the limit and still no newline: stop keeping it. If it never ends, the cursor stays
                // before it and a later run (once it is finished) skips it then.
                m_skipping = true;
                m_buffer.resize(0);
                m_carry = 0;
            }
            continue;
        }
        chunk.bytes = QByteArrayView(m_buffer.constData(), lastNewline + 1);
        chunk.startOffset = m_consumedEnd;
        m_consumedEnd += lastNewline + 1;
        m_carry = m_buffer.size() - (lastNewline + 1);
        // The caller reads the chunk before calling next() again; only then does the tail move to the front.
        m_pendingShift = lastNewline + 1;
        return true;
    }
}

void LogFileReader::finish()
{
    // Only consumed bytes are hashed: an unfinished tail may still change.
    m_headLength = std::min(kHeadBytes, m_consumedEnd);
    if (m_file.isOpen() && m_file.seek(0))
        m_headHash = hashOf(m_file.read(m_headLength));
    m_file.close();
}

} // namespace tokenwise
