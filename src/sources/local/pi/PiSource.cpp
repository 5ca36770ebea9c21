// pi's layout: <$PI_AGENT_DIR or ~/.pi/agent>/sessions/<project>/<timestamp>_<sessionId>.jsonl. pi records
// its own cost per message (usage.cost.total): that is the event's cost when it is above zero.
#include "sources/local/pi/PiSource.h"

#include "sources/local/AssistantUsageLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tokenwise::pi {

namespace {

constexpr char kSourceId[] = "pi";

} // namespace

QString sessionIdOf(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    const qsizetype underscore = base.indexOf(QLatin1Char('_'));
    return underscore >= 0 && underscore + 1 < base.size() ? base.mid(underscore + 1) : base;
}

QString PiSource::id() const
{
    return QString::fromLatin1(kSourceId);
}

QString PiSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "pi");
}

LocalListing PiSource::list() const
{
    const QString root
        = qEnvironmentVariable("PI_AGENT_DIR", QDir::home().absoluteFilePath(QStringLiteral(".pi/agent")));
    const QString sessions = QDir(root).absoluteFilePath(QStringLiteral("sessions"));
    LocalListing listing;
    listing.searched << sessions;
    if (!QFileInfo(sessions).isDir())
        return listing;
    listing.roots << sessions;
    LogTreeListing found;
    listLogFiles(sessions, LogTreeDepth::Recursive, found);
    listing.problems = found.problems;
    for (const QString &path : found.files) {
        const QStringList parts = QDir(sessions).relativeFilePath(path).split(QLatin1Char('/'));
        listing.files.append(
            {path, sessionIdOf(parts.constLast()), parts.size() > 1 ? parts.constFirst() : QString()});
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> PiSource::makeScanner() const
{
    return std::make_unique<AssistantUsageScanner>(id());
}

QStringList PiSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    // pi talks to many providers and names models as they do: the bare id first, then the usual prefixes.
    if (model.isEmpty())
        return {model};
    return {model, QStringLiteral("anthropic/") + model, QStringLiteral("openai/") + model,
            QStringLiteral("gemini/") + model, QStringLiteral("openrouter/") + model};
}

} // namespace tokenwise::pi
