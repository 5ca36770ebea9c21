// Generates the shared tools' deterministic Claude Code and Codex corpora into a test's folder.
#pragma once

#include <QFile>
#include <QProcess>
#include <QStringList>

// The shared tools live beside the checkout, not in it: a test that needs them skips, saying so, without
// them.
inline bool sharedToolsPresent()
{
    return QFile::exists(QStringLiteral(TOKENWISE_SHARED_DIR "/tools/gen_claude_logs.py"))
        && QFile::exists(QStringLiteral(TOKENWISE_SHARED_DIR "/tools/gen_codex_logs.py"));
}

#define TOKENWISE_SKIP_WITHOUT_SHARED_TOOLS()                                                                \
    do {                                                                                                     \
        if (!sharedToolsPresent())                                                                           \
            QSKIP("the shared corpus generators (../shared/tools) are not beside this checkout");            \
    } while (false)

// Runs ../shared/tools/<script> with `arguments` and says whether it finished cleanly within three minutes.
inline bool runCorpusGenerator(const char *script, const QStringList &arguments)
{
    QProcess gen;
    gen.start(QStringLiteral("python3"),
              QStringList {QStringLiteral(TOKENWISE_SHARED_DIR "/tools/") + QString::fromLatin1(script)}
                  + arguments);
    return gen.waitForFinished(180'000) && gen.exitStatus() == QProcess::NormalExit && gen.exitCode() == 0;
}

inline bool generateClaudeCorpus(const QString &out, int projects, int sessionsPerProject,
                                 int messagesPerSession)
{
    return runCorpusGenerator("gen_claude_logs.py",
                              {QStringLiteral("--out"), out, QStringLiteral("--projects"),
                               QString::number(projects), QStringLiteral("--sessions-per-project"),
                               QString::number(sessionsPerProject), QStringLiteral("--messages-per-session"),
                               QString::number(messagesPerSession)});
}

inline bool generateCodexCorpus(const QString &out, int sessions)
{
    return runCorpusGenerator(
        "gen_codex_logs.py",
        {QStringLiteral("--out"), out, QStringLiteral("--sessions"), QString::number(sessions)});
}
