// Codex CLI file locations: the rollout list and the fast-tier flag from config.toml.
#include "sources/local/codex/CodexFiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tokenwise::codex {

QString codexHome()
{
    const QString fromEnv = qEnvironmentVariable("CODEX_HOME");
    return fromEnv.isEmpty() ? QDir::home().filePath(QStringLiteral(".codex")) : fromEnv;
}

QStringList codexRolloutFiles(const QString &codexHome, QList<LogTreeProblem> *problems)
{
    const QDir root(codexHome);
    LogTreeListing live;
    // Recursive rather than exactly YYYY/MM/DD so that a layout change in Codex does not hide usage.
    listLogFiles(root.filePath(QStringLiteral("sessions")), LogTreeDepth::Recursive, live);
    LogTreeListing archived;
    listLogFiles(root.filePath(QStringLiteral("archived_sessions")), LogTreeDepth::Flat, archived);
    QSet<QString> liveNames;
    for (const QString &path : std::as_const(live.files))
        liveNames.insert(path.sliced(path.lastIndexOf(QLatin1Char('/')) + 1));
    QStringList files = live.files;
    for (const QString &path : std::as_const(archived.files)) {
        if (!liveNames.contains(path.sliced(path.lastIndexOf(QLatin1Char('/')) + 1)))
            files << path;
    }
    std::sort(files.begin(), files.end());
    if (problems)
        *problems << live.problems << archived.problems;
    return files;
}

bool codexFastTier(const QString &codexHome)
{
    QFile file(QDir(codexHome).filePath(QStringLiteral("config.toml")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    static const QRegularExpression assignment(
        QStringLiteral("^(?:service_tier|\"service_tier\"|'service_tier')\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"
                       "\\s*(?:#.*)?$"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        // Keys after the first [table] header belong to that table, not to the top level.
        if (line.startsWith(QLatin1Char('[')))
            return false;
        const QRegularExpressionMatch match = assignment.match(line);
        if (match.hasMatch()) {
            const QString tier = match.captured(1) + match.captured(2);
            return tier == QStringLiteral("fast") || tier == QStringLiteral("priority");
        }
    }
    return false;
}

} // namespace tokenwise::codex
