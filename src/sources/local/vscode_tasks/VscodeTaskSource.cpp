// The VS Code task-history reader: every ui_messages.json is rewritten whole and read again when its stamp
// changes; "<taskId>:<index>" keys keep a re-read from counting twice.
#include "sources/local/vscode_tasks/VscodeTaskSource.h"

#include "sources/local/RewrittenFile.h"
#include "sources/local/vscode_tasks/ClineSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace tokenwise::vscodetasks {

namespace {

constexpr char kUiMessages[] = "ui_messages.json";

// The files beside ui_messages.json are read as they are now, whole; a missing or damaged one says nothing.
QByteArray readSideFile(const QString &path, qint64 maxBytes = 64 << 20)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return {};
    return file.readAll();
}

// Task metadata. The title stays empty: the only title-like fields (Roo's history_item `task`, the first
// user message) are the prompt itself, which is never stored. The cwd is Roo's history_item `workspace`,
// else the folder the extension itself names in its environment details (written by the extension on the
// first request, outside the user's text, and kept only when it is an absolute path on one line).
TaskContext contextOf(const Extension &extension, const QString &dir)
{
    TaskContext context;
    const ConversationFacts facts
        = conversationFacts(readSideFile(dir + QStringLiteral("/api_conversation_history.json")));
    context.model = facts.model;
    context.cwd = facts.cwd;
    if (extension.cline) {
        context.modelUsage = parseModelUsage(readSideFile(dir + QStringLiteral("/task_metadata.json")));
    } else if (const QString workspace
               = historyItemWorkspace(readSideFile(dir + QStringLiteral("/history_item.json")));
               !workspace.isEmpty()) {
        context.cwd = workspace;
    }
    return context;
}

class Scanner final : public LocalFileScanner
{
public:
    explicit Scanner(const Extension &extension) : m_extension(extension) { }

    FileScanResult scan(const LocalFile &file, const FileCursor *previous, qint64 nowMs) override
    {
        const QString source = QString::fromLatin1(m_extension.sourceId);
        RewrittenRead read = readRewrittenFile(source, file.path, previous, nowMs);
        FileScanResult &result = read.result;
        if (!result.changed)
            return std::move(result);
        // The counts restart with the rewritten document.
        result.cursor.events = result.cursor.malformed = result.cursor.noTimestamp = 0;
        const QString dir = QFileInfo(file.path).absolutePath();
        bool valid = false;
        QString cwd;
        if (file.path.endsWith(QLatin1String(kClineMessagesSuffix))) {
            ClineSessionRead session = parseClineSession(
                read.bytes, readSideFile(dir + QLatin1Char('/') + file.sessionId + QStringLiteral(".json")),
                source, file.sessionId, result.cursor.mtimeMs);
            valid = session.valid;
            result.events = std::move(session.events);
            result.malformed = session.malformed;
            cwd = session.cwd;
        } else {
            const TaskContext context = contextOf(m_extension, dir);
            TaskRead task = parseUiMessages(read.bytes, source, file.sessionId, m_extension.input, context);
            valid = task.valid;
            result.events = std::move(task.events);
            result.malformed = task.malformed;
            result.noTimestamp = task.noTimestamp;
            cwd = context.cwd;
        }
        if (!valid) {
            // Possibly caught mid-write: counted, and read again once the file changes.
            result.malformed = result.cursor.malformed = 1;
            return std::move(result);
        }
        for (UsageEvent &e : result.events)
            e.originPath = file.path;
        result.cursor.events = result.events.size();
        result.cursor.malformed = result.malformed;
        result.cursor.noTimestamp = result.noTimestamp;
        result.task = {source, file.sessionId, {}, cwd, {}, {}};
        return std::move(result);
    }

private:
    const Extension &m_extension;
};

QString configDir()
{
#if defined(Q_OS_WIN)
    const QString appData = qEnvironmentVariable("APPDATA");
    return appData.isEmpty() ? QDir::home().absoluteFilePath(QStringLiteral("AppData/Roaming"))
                             : QDir(appData).absolutePath();
#elif defined(Q_OS_MACOS)
    return QDir::home().absoluteFilePath(QStringLiteral("Library/Application Support"));
#else
    // The XDG spec ignores a relative value.
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    return QDir::isAbsolutePath(xdg) ? QDir(xdg).absolutePath()
                                     : QDir::home().absoluteFilePath(QStringLiteral(".config"));
#endif
}

// Each task folder under `tasks` that has a ui_messages.json.
void listTasks(const QString &tasks, LogTreeListing &found)
{
    for (const QString &folder : listFolders(tasks, found))
        listFilesNamed(
            folder, LogTreeDepth::Flat, [](QByteArrayView name) { return name == kUiMessages; }, found);
}

} // namespace

const Extension &clineExtension()
{
    static const Extension cline {"cline", QT_TRANSLATE_NOOP("LocalSource", "Cline"),
                                  "saoudrizwan.claude-dev", InputCount::Uncached, true};
    return cline;
}

const Extension &rooCodeExtension()
{
    static const Extension roo {"roo-code", QT_TRANSLATE_NOOP("LocalSource", "Roo Code"),
                                "rooveterinaryinc.roo-cline", InputCount::TotalSinceRoo8954, false};
    return roo;
}

const Extension &kiloCodeExtension()
{
    // The legacy Kilo Code extension, a Roo fork; the Kilo CLI (an OpenCode fork) is another store.
    static const Extension kilo {"kilo-code", QT_TRANSLATE_NOOP("LocalSource", "Kilo Code"),
                                 "kilocode.kilo-code", InputCount::TotalSinceRoo8954, false};
    return kilo;
}

QStringList vscodeUserDirs()
{
    QStringList dirs;
    const QDir config(configDir());
    for (const char *app :
         {"Code", "Code - Insiders", "VSCodium", "Cursor", "Windsurf", "Positron", "Antigravity"})
        dirs << config.absoluteFilePath(QLatin1String(app) + QStringLiteral("/User"));
    dirs << QDir::home().absoluteFilePath(QStringLiteral(".vscode-server/data/User"))
         << QDir::home().absoluteFilePath(QStringLiteral(".vscode-server-insiders/data/User"));
    return dirs;
}

QString clineSessionsDir()
{
    if (const QString dir = qEnvironmentVariable("CLINE_SESSION_DATA_DIR"); !dir.isEmpty())
        return QDir(dir).absolutePath();
    QString data = qEnvironmentVariable("CLINE_DATA_DIR");
    if (data.isEmpty()) {
        const QString root = qEnvironmentVariable("CLINE_DIR");
        data = root.isEmpty() ? QDir::home().absoluteFilePath(QStringLiteral(".cline/data"))
                              : QDir(root).absoluteFilePath(QStringLiteral("data"));
    }
    return QDir(data).absoluteFilePath(QStringLiteral("sessions"));
}

QString VscodeTaskSource::id() const
{
    return QString::fromLatin1(m_extension.sourceId);
}

QString VscodeTaskSource::displayName() const
{
    return QCoreApplication::translate("LocalSource", m_extension.displayName);
}

LocalListing VscodeTaskSource::list() const
{
    LocalListing listing;
    LogTreeListing found;
    for (const QString &user : vscodeUserDirs()) {
        const QString tasks = user + QStringLiteral("/globalStorage/")
            + QLatin1String(m_extension.extensionId) + QStringLiteral("/tasks");
        listing.searched << tasks;
        if (!QFileInfo(tasks).isDir())
            continue;
        listing.roots << tasks;
        listTasks(tasks, found);
    }
    // The same task under two flavours (settings sync, a copied profile): only its newest ui_messages.json
    // is read, ties going to the path that sorts first. Both copies key their requests "<taskId>:<index>",
    // and a copy is the same request list, so entry i is the same request with the same numbers in both:
    // the ledger (which keys by source + key) stores it once whichever copy it read first, and entries the
    // newer copy appended get new indexes and are added. Were the copies to diverge after the copy, the
    // older one's divergent requests are not read; for a key read from both, the ledger keeps the larger.
    QHash<QString, std::pair<QString, qint64>> newest;
    for (const QString &path : std::as_const(found.files)) {
        const QString task = QFileInfo(QFileInfo(path).absolutePath()).fileName();
        const qint64 mtime = QFileInfo(path).lastModified().toMSecsSinceEpoch();
        const auto it = newest.constFind(task);
        if (it == newest.cend() || mtime > it->second || (mtime == it->second && path < it->first))
            newest.insert(task, {path, mtime});
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it)
        listing.files.append({it->first, it.key(), {}});

    if (m_extension.cline) {
        const QString sessions = clineSessionsDir();
        listing.searched << sessions;
        if (QFileInfo(sessions).isDir()) {
            listing.roots << sessions;
            LogTreeListing sdk;
            for (const QString &folder : listFolders(sessions, sdk)) {
                const QByteArray wanted
                    = QFile::encodeName(QFileInfo(folder).fileName()) + kClineMessagesSuffix;
                listFilesNamed(
                    folder, LogTreeDepth::Flat, [&](QByteArrayView name) { return name == wanted; }, sdk);
            }
            for (const QString &path : std::as_const(sdk.files))
                listing.files.append({path, QFileInfo(QFileInfo(path).absolutePath()).fileName(), {}});
            found.problems << sdk.problems;
        }
    }
    listing.problems = found.problems;
    std::sort(listing.files.begin(), listing.files.end(),
              [](const LocalFile &a, const LocalFile &b) { return a.path < b.path; });
    return listing;
}

std::unique_ptr<LocalFileScanner> VscodeTaskSource::makeScanner() const
{
    return std::make_unique<Scanner>(m_extension);
}

QStringList VscodeTaskSource::priceCandidates(const QString &model, qint64 timestampMs) const
{
    Q_UNUSED(timestampMs);
    // The extensions name models as their provider does: the bare id, then the usual LiteLLM prefixes.
    if (model.isEmpty())
        return {model};
    return {model, QStringLiteral("anthropic/") + model, QStringLiteral("openrouter/") + model};
}

} // namespace tokenwise::vscodetasks
