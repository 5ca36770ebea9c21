// Commits and lines per task, looked up with git off the UI thread: one `git log` per repository and
// window, cached, so a refresh that changes no task window runs no git at all.
#pragma once

#include "app/tasks/GitActivity.h"
#include "core/UsageReport.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace tokenwise {

class GitActivityService : public QObject
{
    Q_OBJECT
public:
    explicit GitActivityService(QObject *parent = nullptr);
    ~GitActivityService() override;

    void setGitProgram(const QString &git) { m_git = git; }
    // Looks up every task whose working directory is in a repository; `authorEmail` empty: each
    // repository's own `git config user.email`. Emits activityReady when done.
    void update(const QList<TaskRow> &tasks, const QString &authorEmail);
    bool isBusy() const { return m_pending > 0; }
    // By taskKey(); tasks whose folder is no repository (or without git) are absent.
    const QHash<QString, GitActivity> &activity() const { return m_activity; }

signals:
    void activityReady(const QHash<QString, GitActivity> &byTask);

private:
    struct Cache;

    QString m_git = QStringLiteral("git");
    std::shared_ptr<Cache> m_cache; // only touched on the pool's one thread
    QHash<QString, GitActivity> m_activity;
    int m_pending = 0;
    QThreadPool m_pool;
};

} // namespace tokenwise
