// What an author committed in a repository during a task: commits and changed lines from `git log --numstat`.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tokenwise {

struct GitCommit
{
    qint64 committedMs = 0; // committer date, UTC
    qint64 added = 0;
    qint64 removed = 0;
};

struct GitActivity
{
    int commits = 0;
    qint64 added = 0;
    qint64 removed = 0;

    GitActivity &operator+=(const GitActivity &other);
};

// The author's non-merge commits on any ref of the repository holding `dir`, committed in [fromMs, toMs];
// nullopt when git is missing, `dir` is not inside a repository or git fails.
std::optional<QList<GitCommit>> gitCommits(const QString &dir, const QString &authorEmail, qint64 fromMs,
                                           qint64 toMs, const QString &git = QStringLiteral("git"));

// `git config user.email` as seen from `dir`; empty when unset or git is unavailable.
QString gitUserEmail(const QString &dir, const QString &git = QStringLiteral("git"));

// The commits of `commits` in [fromMs, toMs].
GitActivity activityIn(const QList<GitCommit> &commits, qint64 fromMs, qint64 toMs);

} // namespace tokenwise
