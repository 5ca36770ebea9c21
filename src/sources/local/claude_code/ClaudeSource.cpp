// Claude Code's listing and scanner behind the LocalSource interface.
#include "sources/local/claude_code/ClaudeSource.h"

#include "sources/local/claude_code/ClaudeFileScanner.h"
#include "sources/local/claude_code/ClaudePaths.h"

#include <QCoreApplication>

namespace tokenwise::claude {

namespace {

class Scanner final : public LocalFileScanner
{
public:
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        return m_scanner.scan(TranscriptFile {file.path, file.projectDir, file.sessionId}, previous, nowMs);
    }

private:
    ClaudeFileScanner m_scanner;
};

} // namespace

QString ClaudeSource::id() const
{
    return QString::fromLatin1(source::claudeCode);
}

QString ClaudeSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Claude Code");
}

LocalListing ClaudeSource::list() const
{
    const ClaudeRoots roots = findClaudeRoots();
    LocalListing listing;
    listing.searched = roots.searched;
    listing.roots = roots.projectDirs;
    for (const TranscriptFile &file : findTranscripts(roots.projectDirs, &listing.problems))
        listing.files.append({file.path, file.sessionId, file.projectDir});
    return listing;
}

std::unique_ptr<LocalFileScanner> ClaudeSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

} // namespace tokenwise::claude
