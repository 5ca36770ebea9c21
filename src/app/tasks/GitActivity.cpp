// Running git: one `git log` per repository and window, parsed from a format of our own.
#include "app/tasks/GitActivity.h"

#include <QDir>
#include <QProcess>

namespace tokenwise {

namespace {

constexpr int kGitTimeoutMs = 10'000;

std::optional<QByteArray> runGit(const QString &git, const QString &dir, const QStringList &arguments)
{
    if (dir.isEmpty() || !QDir(dir).exists())
        return std::nullopt;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(git, QStringList {QStringLiteral("-C"), dir} + arguments);
    if (!process.waitForStarted(kGitTimeoutMs))
        return std::nullopt; // no git
    if (!process.waitForFinished(kGitTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt; // not a repository, or git refused
    return process.readAllStandardOutput();
}

} // namespace

GitActivity &GitActivity::operator+=(const GitActivity &other)
{
    commits += other.commits;
    added += other.added;
    removed += other.removed;
    return *this;
}

std::optional<QList<GitCommit>> gitCommits(const QString &dir, const QString &authorEmail, qint64 fromMs,
                                           qint64 toMs, const QString &git)
{
    if (authorEmail.isEmpty())
        return std::nullopt;
    // Whole seconds that cover the window; activityIn() applies the exact bounds.
    const qint64 since = fromMs >= 0 ? fromMs / 1000 : (fromMs - 999) / 1000;
    const qint64 until = toMs >= 0 ? (toMs + 999) / 1000 : toMs / 1000;
    const auto out
        = runGit(git, dir,
                 {QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--no-merges"),
                  QStringLiteral("--fixed-strings"), QStringLiteral("--author=<%1>").arg(authorEmail),
                  QStringLiteral("--since=@%1").arg(since), QStringLiteral("--until=@%1").arg(until),
                  QStringLiteral("--numstat"), QStringLiteral("--format=%x01%ct")});
    if (!out)
        return std::nullopt;
    QList<GitCommit> commits;
    for (const QByteArray &line : out->split('\n')) {
        if (line.startsWith('\x01')) {
            GitCommit c;
            c.committedMs = line.mid(1).trimmed().toLongLong() * 1000;
            commits << c;
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (commits.isEmpty() || fields.size() < 3)
            continue;
        // Binary files show "-" for both counts.
        commits.last().added += fields.at(0).toLongLong();
        commits.last().removed += fields.at(1).toLongLong();
    }
    return commits;
}

QString gitUserEmail(const QString &dir, const QString &git)
{
    const auto out = runGit(git, dir, {QStringLiteral("config"), QStringLiteral("user.email")});
    return out ? QString::fromUtf8(out->trimmed()) : QString();
}

GitActivity activityIn(const QList<GitCommit> &commits, qint64 fromMs, qint64 toMs)
{
    GitActivity a;
    for (const GitCommit &c : commits) {
        if (c.committedMs < fromMs || c.committedMs > toMs)
            continue;
        ++a.commits;
        a.added += c.added;
        a.removed += c.removed;
    }
    return a;
}

} // namespace tokenwise
