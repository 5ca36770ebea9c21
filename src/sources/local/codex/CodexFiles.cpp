// Codex CLI file locations: the rollout list and the fast-tier flag from config.toml.
#include "sources/local/codex/CodexFiles.h"

#include <QDir>
#include <QDirIterator>
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

QStringList codexRolloutFiles(const QString &codexHome)
{
    const QDir root(codexHome);
    const QStringList pattern {QStringLiteral("*.jsonl")};
    QStringList files;
    QSet<QString> liveNames;
    // Recursive rather than exactly YYYY/MM/DD so that a layout change in Codex does not hide usage.
    QDirIterator live(root.filePath(QStringLiteral("sessions")), pattern, QDir::Files,
                      QDirIterator::Subdirectories);
    while (live.hasNext()) {
        files << live.next();
        liveNames.insert(live.fileName());
    }
    QDirIterator archived(root.filePath(QStringLiteral("archived_sessions")), pattern, QDir::Files);
    while (archived.hasNext()) {
        const QString path = archived.next();
        if (!liveNames.contains(archived.fileName()))
            files << path;
    }
    std::sort(files.begin(), files.end());
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
