// OpenClaw's layout: $OPENCLAW_DIR, else ~/.openclaw and its former names ~/.clawdbot, ~/.moltbot,
// ~/.moldbot. Deleted and reset sessions are kept as copies; their usage happened, so they are read, and the
// content key of each line (AssistantUsageLine) makes a repeated line count once.
#include "sources/local/openclaw/OpenClawSource.h"

#include "sources/local/AssistantUsageLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace tokenwise::openclaw {

namespace {

constexpr char kSourceId[] = "openclaw";

QString sessionOf(const QString &fileName)
{
    const qsizetype at = fileName.indexOf(QLatin1String(".jsonl"));
    return at > 0 ? fileName.left(at) : fileName;
}

} // namespace

bool isSessionFile(QByteArrayView name)
{
    static const QRegularExpression pattern(QStringLiteral("^.+\\.jsonl(\\.(deleted|reset)\\.[^/]+)?$"));
    return pattern.match(QString::fromUtf8(name)).hasMatch();
}

QString OpenClawSource::id() const
{
    return QString::fromLatin1(kSourceId);
}

QString OpenClawSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "OpenClaw");
}

LocalListing OpenClawSource::list() const
{
    QStringList roots;
    if (const QString dir = qEnvironmentVariable("OPENCLAW_DIR"); !dir.isEmpty())
        roots << QDir(dir).absolutePath();
    else
        for (const char *name : {".openclaw", ".clawdbot", ".moltbot", ".moldbot"})
            roots << QDir::home().absoluteFilePath(QLatin1String(name));
    LocalListing listing;
    for (const QString &root : roots) {
        const QString agents = QDir(root).absoluteFilePath(QStringLiteral("agents"));
        listing.searched << agents;
        if (!QFileInfo(agents).isDir())
            continue;
        listing.roots << agents;
        LogTreeListing found;
        listFilesNamed(agents, LogTreeDepth::Recursive, isSessionFile, found);
        listing.problems << found.problems;
        for (const QString &path : found.files) {
            const QStringList parts = QDir(agents).relativeFilePath(path).split(QLatin1Char('/'));
            // <agent>/sessions/<file>: the agent's name is the project label.
            listing.files.append({path, sessionOf(parts.constLast()), parts.constFirst()});
        }
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> OpenClawSource::makeScanner() const
{
    return std::make_unique<AssistantUsageScanner>(id());
}

QStringList OpenClawSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    if (model.isEmpty())
        return {model};
    return {model, QStringLiteral("openai/") + model, QStringLiteral("anthropic/") + model,
            QStringLiteral("openrouter/") + model};
}

} // namespace tokenwise::openclaw
