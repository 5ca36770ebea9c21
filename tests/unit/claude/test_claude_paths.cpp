// Claude Code roots from CLAUDE_CONFIG_DIR (comma list, config dir or projects/ itself) and sessions from
// paths.
#include "sources/local/claude_code/ClaudePaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise::claude;

class TestClaudePaths : public QObject
{
    Q_OBJECT
private slots:
    void sessionFromPath_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("session");
        QTest::newRow("main transcript") << QStringLiteral("-home-a-app/abc.jsonl")
                                         << QStringLiteral("-home-a-app") << QStringLiteral("abc");
        QTest::newRow("sub-agent rolls up into the parent session")
            << QStringLiteral("-home-a-app/abc/subagents/agent-1f.jsonl") << QStringLiteral("-home-a-app")
            << QStringLiteral("abc");
        QTest::newRow("other nested file: the parent directory")
            << QStringLiteral("-home-a-app/abc/side.jsonl") << QStringLiteral("-home-a-app")
            << QStringLiteral("abc");
    }
    void sessionFromPath()
    {
        QFETCH(QString, relative);
        QFETCH(QString, project);
        QFETCH(QString, session);
        const TranscriptFile f
            = describeTranscript(QStringLiteral("/r/projects"), QStringLiteral("/r/projects/") + relative);
        QCOMPARE(f.projectDir, project);
        QCOMPARE(f.sessionId, session);
    }

    void rootsFromEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("one/projects/-p")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("two/projects/-q/s1/subagents")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty")));
        for (const char *f :
             {"one/projects/-p/b.jsonl", "one/projects/-p/a.jsonl", "two/projects/-q/s1.jsonl",
              "two/projects/-q/s1/subagents/agent-1.jsonl", "one/projects/-p/notes.txt"}) {
            QFile file(dir.filePath(QString::fromLatin1(f)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        // A config dir, a projects/ dir itself (with spaces around the comma), and one that does not exist.
        qputenv("CLAUDE_CONFIG_DIR",
                (dir.filePath(QStringLiteral("one")) + QStringLiteral(" , ")
                 + dir.filePath(QStringLiteral("two/projects")) + QLatin1Char(',')
                 + dir.filePath(QStringLiteral("empty")))
                    .toUtf8());
        const ClaudeRoots roots = findClaudeRoots();
        qunsetenv("CLAUDE_CONFIG_DIR");
        QVERIFY(roots.fromEnvironment);
        QCOMPARE(roots.projectDirs.size(), 2);
        const QList<TranscriptFile> files = findTranscripts(roots.projectDirs);
        QCOMPARE(files.size(), 4);
        QVERIFY(
            std::is_sorted(files.cbegin(), files.cend(),
                           [](const TranscriptFile &a, const TranscriptFile &b) { return a.path < b.path; }));
        QCOMPARE(files.at(0).sessionId, QStringLiteral("a"));
        QCOMPARE(files.at(3).sessionId, QStringLiteral("s1"));
        QCOMPARE(files.at(3).projectDir, QStringLiteral("-q"));
    }

    void defaultRootsAreBothHomeLocations()
    {
        qunsetenv("CLAUDE_CONFIG_DIR");
        const ClaudeRoots roots = findClaudeRoots(); // HOME and XDG_CONFIG_HOME are private to this test run
        QVERIFY(!roots.fromEnvironment);
        QCOMPARE(roots.searched.size(), 2);
        QVERIFY(roots.searched.at(0).endsWith(QStringLiteral("/claude/projects")));
        QVERIFY(roots.searched.at(1).endsWith(QStringLiteral("/.claude/projects")));
    }
};

QTEST_GUILESS_MAIN(TestClaudePaths)
#include "test_claude_paths.moc"
