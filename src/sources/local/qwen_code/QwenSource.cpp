// Qwen Code's layout: projects/<project>/chats/<sessionId>.jsonl (a Gemini CLI fork, under os.homedir()).
#include "sources/local/qwen_code/QwenSource.h"

#include "sources/local/AppendedLines.h"
#include "sources/local/qwen_code/QwenChat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tokenwise::qwen {

namespace {

class Scanner final : public LocalFileScanner
{
public:
    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        QwenChatParser parser;
        FileScanResult result = scanAppendedLines(
            m_reader, QString::fromLatin1(sourceId), file.path, previous, nowMs,
            {[&](QByteArrayView line, qint64 offset) { return parser.feedLine(line, offset); }, {}, {}});
        if (!result.changed)
            return result;
        result.events = parser.takeEvents();
        for (UsageEvent &e : result.events)
            e.originPath = file.path;
        result.cursor.events += result.events.size();
        TaskInfo task = parser.task();
        if (task.sessionId.isEmpty())
            task.sessionId = QFileInfo(file.path).completeBaseName(); // the file is named after its session
        task.source = QString::fromLatin1(sourceId);
        task.projectDir = file.projectDir;
        for (UsageEvent &e : result.events) {
            if (e.sessionId.isEmpty())
                e.sessionId = task.sessionId;
        }
        result.task = task;
        return result;
    }

private:
    LogFileReader m_reader;
};

} // namespace

QStringList qwenProjectDirs()
{
    QStringList dirs;
    for (const QString &dir :
         qEnvironmentVariable("QWEN_DATA_DIR").split(QLatin1Char(','), Qt::SkipEmptyParts))
        dirs << QDir(dir.trimmed()).absolutePath();
    if (dirs.isEmpty())
        dirs << QDir::home().absoluteFilePath(QStringLiteral(".qwen/projects"));
    return dirs;
}

QString QwenSource::id() const
{
    return QString::fromLatin1(sourceId);
}

QString QwenSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", "Qwen Code");
}

LocalListing QwenSource::list() const
{
    LocalListing listing;
    for (const QString &projects : qwenProjectDirs()) {
        listing.searched << projects;
        if (!QFileInfo(projects).isDir())
            continue;
        listing.roots << projects;
        LogTreeListing found;
        listLogFiles(projects, LogTreeDepth::Recursive, found);
        listing.problems << found.problems;
        for (const QString &path : found.files) {
            const QStringList parts = QDir(projects).relativeFilePath(path).split(QLatin1Char('/'));
            if (parts.size() == 3 && parts.at(1) == QLatin1String("chats"))
                listing.files.append({path, {}, parts.at(0)});
        }
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> QwenSource::makeScanner() const
{
    return std::make_unique<Scanner>();
}

QStringList QwenSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    if (model.isEmpty())
        return {model};
    return {model, QStringLiteral("qwen/") + model, QStringLiteral("alibaba/") + model,
            QStringLiteral("dashscope/") + model};
}

} // namespace tokenwise::qwen
