// Git look-ups per repository on a pool thread.
#include "app/tasks/GitActivityService.h"

#include <QMap>

namespace tokenwise {

struct GitActivityService::Cache
{
    QHash<QString, std::optional<QList<GitCommit>>> logs; // dir, author and window → commits
    QHash<QString, QString> emails; // dir → user.email
};

namespace {

struct Window
{
    qint64 fromMs = std::numeric_limits<qint64>::max();
    qint64 toMs = std::numeric_limits<qint64>::min();
    QList<const TaskRow *> tasks;
};

} // namespace

GitActivityService::GitActivityService(QObject *parent) : QObject(parent), m_cache(std::make_shared<Cache>())
{
    m_pool.setMaxThreadCount(1);
}

GitActivityService::~GitActivityService()
{
    m_pool.waitForDone();
}

void GitActivityService::update(const QList<TaskRow> &tasks, const QString &authorEmail)
{
    ++m_pending;
    m_pool.start([this, tasks, authorEmail, git = m_git, cache = m_cache] {
        QMap<QString, Window> byDir;
        for (const TaskRow &t : tasks) {
            if (t.cwd.isEmpty())
                continue;
            Window &w = byDir[t.cwd];
            w.fromMs = std::min(w.fromMs, t.firstMs);
            w.toMs = std::max(w.toMs, t.lastMs);
            w.tasks << &t;
        }
        QHash<QString, GitActivity> result;
        for (auto it = byDir.cbegin(); it != byDir.cend(); ++it) {
            QString author = authorEmail;
            if (author.isEmpty()) {
                auto email = cache->emails.constFind(it.key());
                if (email == cache->emails.cend())
                    email = cache->emails.insert(it.key(), gitUserEmail(it.key(), git));
                author = *email;
            }
            if (author.isEmpty())
                continue;
            const QString key
                = QStringList {it.key(), author, QString::number(it->fromMs), QString::number(it->toMs)}.join(
                    QLatin1Char('\n'));
            if (cache->logs.size() > 512)
                cache->logs.clear(); // windows of finished refreshes; keeps a long session's memory flat
            auto log = cache->logs.constFind(key);
            if (log == cache->logs.cend())
                log = cache->logs.insert(key, gitCommits(it.key(), author, it->fromMs, it->toMs, git));
            if (!*log)
                continue; // no repository there, or no git: the columns stay off
            for (const TaskRow *t : it->tasks)
                result.insert(taskKey(t->source, t->sessionId), activityIn(**log, t->firstMs, t->lastMs));
        }
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                --m_pending;
                m_activity = result;
                emit activityReady(m_activity);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tokenwise
