// Codex CLI's listing and scanner behind the LocalSource interface.
#include "sources/local/codex/CodexSource.h"

#include "sources/local/CodexFileScanner.h"
#include "sources/local/codex/CodexFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tokenwise::codex {

namespace {

class Scanner final : public LocalFileScanner
{
public:
    explicit Scanner(bool fastTier) : m_scanner(fastTier) { }

    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        return m_scanner.scan(file.path, previous, nowMs);
    }

private:
    CodexFileScanner m_scanner;
};

} // namespace

QString CodexSource::id() const
{
    return QString::fromLatin1(source::codex);
}

QString CodexSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Codex");
}

LocalListing CodexSource::list() const
{
    const QString home = codexHome();
    LocalListing listing;
    listing.searched << home + QStringLiteral("/sessions") << home + QStringLiteral("/archived_sessions");
    if (QFileInfo(home).isDir())
        listing.roots << home;
    for (const QString &path : codexRolloutFiles(home, &listing.problems))
        listing.files.append({path, {}, {}});
    return listing;
}

std::unique_ptr<LocalFileScanner> CodexSource::makeScanner() const
{
    // Read once per scan run: the setting applies to every rollout read in it.
    return std::make_unique<Scanner>(codexFastTier(codexHome()));
}

} // namespace tokenwise::codex
