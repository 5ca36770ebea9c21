// Runs the tokenwise binary while this thread's event loop keeps serving the fake HTTP server.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

inline CliRun runTokenwise(const QStringList &args, const QProcessEnvironment &env,
                           const QByteArray &stdinData = {}, int timeoutMs = 20'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"), args);
    if (!p.waitForStarted(5'000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    // waitForFinished() would block the fake server living on this thread; spin the event loop instead.
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// An environment for one CLI run: private data and config dirs, no logs, short network timeouts.
inline QProcessEnvironment cliEnvironment(const QString &dataDir, const QString &configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENWISE_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("TOKENWISE_CONFIG_DIR"), configDir);
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), dataDir + QStringLiteral("/no-claude"));
    env.insert(QStringLiteral("CODEX_HOME"), dataDir + QStringLiteral("/no-codex"));
    env.insert(QStringLiteral("TOKENWISE_HTTP_TIMEOUT_MS"), QStringLiteral("1500"));
    env.insert(QStringLiteral("TOKENWISE_HTTP_BACKOFF_MS"), QStringLiteral("5"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const char *name : {"TOKENWISE_ANTHROPIC_KEY", "TOKENWISE_OPENAI_KEY", "TOKENWISE_CURSOR_KEY",
                             "TOKENWISE_OPENROUTER_KEY"})
        env.remove(QString::fromLatin1(name));
    return env;
}
