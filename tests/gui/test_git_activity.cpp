// Commits and lines per task from a real git repository with commits at fixed dates by two authors.
#include "app/tasks/GitActivityService.h"
#include "gui/dashboard/TaskTableModel.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

namespace {

const QString kAlice = QStringLiteral("alice@example.org");
const QString kBob = QStringLiteral("bob@example.org");

qint64 at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 18), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

bool git(const QString &dir, const QStringList &args, const QString &email = {}, qint64 whenMs = 0)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), dir); // no user config of the machine
    if (!email.isEmpty()) {
        const QString date = QStringLiteral("@%1 +0000").arg(whenMs / 1000);
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), email.section(QLatin1Char('@'), 0, 0));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), email);
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), email.section(QLatin1Char('@'), 0, 0));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), email);
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), QStringList {QStringLiteral("-C"), dir} + args);
    return p.waitForFinished(10'000) && p.exitCode() == 0;
}

void writeLines(const QString &path, int lines, const QString &word = QStringLiteral("line"))
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (int i = 0; i < lines; ++i)
        f.write((word + QString::number(i) + QLatin1Char('\n')).toUtf8());
}

bool commit(const QString &dir, const QString &email, qint64 whenMs, const QString &message)
{
    return git(dir, {QStringLiteral("add"), QStringLiteral("-A")})
        && git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, email,
               whenMs);
}

TaskRow task(const QString &session, const QString &cwd, qint64 fromMs, qint64 toMs, MicroUsd cost)
{
    TaskRow t;
    t.source = QStringLiteral("claude-code");
    t.sessionId = session;
    t.cwd = cwd;
    t.firstMs = fromMs;
    t.lastMs = toMs;
    t.totals.cost = cost;
    return t;
}

} // namespace

class TestGitActivity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_repo));
        QVERIFY(git(m_repo, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git(m_repo, {QStringLiteral("config"), QStringLiteral("user.email"), kAlice}));
        writeLines(m_repo + QStringLiteral("/a.txt"), 3);
        QVERIFY(commit(m_repo, kAlice, at(9, 0), QStringLiteral("before the task")));
        writeLines(m_repo + QStringLiteral("/b.txt"), 4);
        QVERIFY(commit(m_repo, kAlice, at(10, 5), QStringLiteral("a: four lines")));
        writeLines(m_repo + QStringLiteral("/c.txt"), 5);
        QVERIFY(commit(m_repo, kBob, at(10, 30), QStringLiteral("bob: five lines")));
        writeLines(m_repo + QStringLiteral("/a.txt"), 2, QStringLiteral("other")); // 3 lines out, 2 in
        QVERIFY(commit(m_repo, kAlice, at(11, 0), QStringLiteral("a: rewrite")));
        writeLines(m_repo + QStringLiteral("/d.txt"), 7);
        QVERIFY(commit(m_repo, kAlice, at(13, 0), QStringLiteral("after the task")));
    }

    void commitsOfOneAuthorInTheWindow()
    {
        const auto alice = gitCommits(m_repo, kAlice, at(10, 0), at(12, 0));
        QVERIFY(alice);
        const GitActivity a = activityIn(*alice, at(10, 0), at(12, 0));
        QCOMPARE(a.commits, 2);
        QCOMPARE(a.added, 6);
        QCOMPARE(a.removed, 3);
        const auto bob = gitCommits(m_repo, kBob, at(10, 0), at(12, 0));
        QVERIFY(bob);
        QCOMPARE(bob->size(), 1);
        QCOMPARE(bob->constFirst().added, 5);
        QCOMPARE(bob->constFirst().committedMs, at(10, 30));
        // The window is inclusive at both ends.
        QCOMPARE(activityIn(*gitCommits(m_repo, kAlice, at(9, 0), at(10, 5)), at(9, 0), at(10, 5)).commits,
                 2);
        QCOMPARE(gitUserEmail(m_repo), kAlice);
    }

    void offWithoutRepositoryOrGit()
    {
        QVERIFY(!gitCommits(m_dir.path(), kAlice, at(0, 0), at(23, 0)));
        QVERIFY(!gitCommits(m_dir.filePath(QStringLiteral("missing")), kAlice, at(0, 0), at(23, 0)));
        QVERIFY(!gitCommits(m_repo, kAlice, at(0, 0), at(23, 0), QStringLiteral("/nonexistent/git")));
        QVERIFY(!gitCommits(m_repo, QString(), at(0, 0), at(23, 0)));
    }

    void serviceFillsTheTaskTable()
    {
        GitActivityService service;
        QSignalSpy ready(&service, &GitActivityService::activityReady);
        const QList<TaskRow> tasks {
            task(QStringLiteral("t1"), m_repo, at(10, 0), at(12, 0), 9 * kMicrosPerDollar),
            task(QStringLiteral("t2"), m_repo, at(12, 30), at(13, 30), 4 * kMicrosPerDollar),
            task(QStringLiteral("t3"), m_dir.path(), at(10, 0), at(12, 0), 1 * kMicrosPerDollar), // no repo
        };
        service.update(tasks, QString()); // the repository's own user.email: alice
        QVERIFY(ready.wait(10'000));
        const QHash<QString, GitActivity> byTask = service.activity();
        QCOMPARE(byTask.size(), 2);
        QCOMPARE(byTask.value(QStringLiteral("claude-code\nt1")).commits, 2);
        QCOMPARE(byTask.value(QStringLiteral("claude-code\nt2")).added, 7);

        TaskTableModel model;
        model.setTasks(tasks, QTimeZone::utc());
        model.setGitActivity(byTask);
        QCOMPARE(model.index(0, TaskTableModel::Commits).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, TaskTableModel::Lines).data().toString(), QStringLiteral("+6 −3"));
        QCOMPARE(model.index(0, TaskTableModel::CostPerCommit).data().toString(), QStringLiteral("$4.50"));
        QCOMPARE(model.index(1, TaskTableModel::CostPerCommit).data().toString(), QStringLiteral("$4.00"));
        QCOMPARE(model.index(2, TaskTableModel::Commits).data().toString(), QStringLiteral("—"));
        model.setGrouping(TaskTableModel::Grouping::Project);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TaskTableModel::Commits).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, TaskTableModel::CostPerCommit).data().toString(),
                 QStringLiteral("$4.33")); // $13 over 3 commits

        service.update(tasks, kBob); // a configured author wins over user.email
        QVERIFY(ready.wait(10'000));
        QCOMPARE(service.activity().value(QStringLiteral("claude-code\nt1")).commits, 1);
        QCOMPARE(service.activity().value(QStringLiteral("claude-code\nt2")).commits, 0);
    }
};

QTEST_MAIN(TestGitActivity)
#include "test_git_activity.moc"
