// The `tokenwise` CLI end to end: report JSON/CSV/table with exact figures, empty data, demo, persistence.
#include "../unit/agents/SqliteFixture.h"
#include "app/settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray line(const char *messageId, const char *model, const char *usage, const char *extra = "")
{
    return QByteArray(R"({"type":"assistant","timestamp":"2026-03-10T12:00:00.000Z","cwd":"/home/a/app",)"
                      R"("sessionId":"s1","gitBranch":"feature/PAY-7-refunds","requestId":"req_)")
        + messageId + R"(",)" + extra + R"("message":{"id":"msg_)" + messageId + R"(","model":")" + model
        + R"(","usage":)" + usage + "}}\n";
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_claude;
    bool m_agentsHomeReady = false;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run tokenwise(const QStringList &args, const QString &claudeDir, const QString &codexHome = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), claudeDir);
        env.insert(QStringLiteral("CODEX_HOME"),
                   codexHome.isEmpty() ? m_dir.filePath(QStringLiteral("no-codex")) : codexHome);
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must not need a display
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"), args);
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QJsonObject json(const Run &run) { return QJsonDocument::fromJson(run.out).object(); }

    static bool writeText(const QString &path, const QString &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
    }

    // A fixture .sql (one statement a line, `--` comments) run into a new database, as the agent writes it.
    static bool buildDatabase(const QString &sqlFile, const QString &target)
    {
        QFile sql(sqlFile);
        if (!sql.open(QIODevice::ReadOnly))
            return false;
        QStringList statements;
        for (const QString &line : QString::fromUtf8(sql.readAll()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(QStringLiteral("--")))
                statements.append(line);
        }
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
        agenttest::SqliteFixture db(target);
        return db.execAll(statements);
    }

    // Every agent's shared sample at the agent's default place under one HOME (laid out once).
    void layOutAgentsHome()
    {
        if (m_agentsHomeReady)
            return;
        const QString home = agentsHome();
        const QString fixtures = QStringLiteral(TOKENWISE_FIXTURES_DIR "/agents/");
        const QList<std::pair<const char *, const char *>> layout {
            {"gemini-cli/session-2026-05-17T11-07-session-a.jsonl",
             ".gemini/tmp/project-a/chats/session-2026-05-17T11-07-session-a.jsonl"},
            {"qwen-code/session.jsonl", ".qwen/projects/-tmp-qwentest/chats/69f0814a.jsonl"},
            {"pi/agent_session-a.jsonl", ".pi/agent/sessions/project-a/agent_session-a.jsonl"},
            {"openclaw/abc.jsonl", ".openclaw/agents/main/sessions/abc.jsonl"},
            {"kimi-cli/config.json", ".kimi/config.json"},
            {"kimi-cli/wire.jsonl", ".kimi/sessions/group/session-a/wire.jsonl"},
            {"amp/T-thread-a.json", ".local/share/amp/threads/T-thread-a.json"},
            {"droid/session-a.settings.json", ".factory/sessions/-tmp-my-project/session-a.settings.json"},
            {"copilot-cli/session-state-events.jsonl",
             ".copilot/session-state/cli-session-usage/events.jsonl"}};
        // The VS Code extensions' task folders, file by file.
        const QString globalStorage = QStringLiteral(".config/Code/User/globalStorage/");
        const QList<std::pair<QString, QString>> tasks {
            {QStringLiteral("cline/tasks/1767225600000/"),
             QStringLiteral("saoudrizwan.claude-dev/tasks/1767225600000/")},
            {QStringLiteral("roo-code/tasks/task-abc/"),
             QStringLiteral("rooveterinaryinc.roo-cline/tasks/task-abc/")},
            {QStringLiteral("kilo-code/tasks/1767312000000/"),
             QStringLiteral("kilocode.kilo-code/tasks/1767312000000/")}};
        for (const auto &[from, to] : tasks) {
            for (const QString &name : QDir(fixtures + from).entryList(QDir::Files)) {
                const QString target = home + QLatin1Char('/') + globalStorage + to + name;
                QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
                QFile::remove(target);
                QVERIFY2(QFile::copy(fixtures + from + name, target), qPrintable(from + name));
            }
        }
        for (const auto &[from, to] : layout) {
            const QString target = home + QLatin1Char('/') + QLatin1String(to);
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
            QFile::remove(target);
            QVERIFY2(QFile::copy(fixtures + QLatin1String(from), target), from);
        }
        const QList<std::pair<const char *, QString>> databases {
            {"opencode/opencode.sql", QStringLiteral(".local/share/opencode/opencode.db")},
            {"kilo-cli/kilo.sql", QStringLiteral(".local/share/kilo/kilo.db")},
            {"crush/crush.sql", QStringLiteral("work/app/.crush/crush.db")},
            {"goose/goose.sql", QStringLiteral(".local/share/goose/sessions/sessions.db")}};
        for (const auto &[from, to] : databases)
            QVERIFY2(buildDatabase(fixtures + QLatin1String(from), home + QLatin1Char('/') + to), from);
        QVERIFY(writeText(home + QStringLiteral("/.local/share/crush/projects.json"),
                          QStringLiteral(R"({"projects":[{"path":"%1/work/app"}]})").arg(home)));
        m_agentsHomeReady = true;
    }
    QString agentsHome() const { return m_dir.filePath(QStringLiteral("agents-home")); }

    // The binary over the agents' HOME only: `--no-store --timezone UTC` and a config of its own.
    Run agentsCli(QStringList args)
    {
        layOutAgentsHome();
        if (QTest::currentTestFailed())
            return {};
        const QString home = agentsHome();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        for (const char *name :
             {"XDG_DATA_HOME", "CRUSH_GLOBAL_DATA", "GOOSE_PATH_ROOT", "OPENCODE_DATA_DIR", "KILO_DATA_DIR"})
            env.remove(QLatin1String(name));
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        for (const char *name : {"CLINE_DATA_DIR", "CLINE_DIR", "CLINE_SESSION_DATA_DIR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_dir.filePath(QStringLiteral("no-claude")));
        env.insert(QStringLiteral("CODEX_HOME"), m_dir.filePath(QStringLiteral("no-codex")));
        p.setProcessEnvironment(env);
        args << QStringLiteral("--no-store") << QStringLiteral("--timezone") << QStringLiteral("UTC")
             << QStringLiteral("--config-dir") << m_dir.filePath(QStringLiteral("agents-config"));
        p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"), args);
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        m_claude = m_dir.filePath(QStringLiteral("claude"));
        QVERIFY(QDir().mkpath(m_claude + QStringLiteral("/projects/-home-a-app")));
        QFile file(m_claude + QStringLiteral("/projects/-home-a-app/s1.jsonl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"summary","summary":"Refund retries","leafUuid":"u"})"
                   "\n");
        // Sonnet 4.5: 100×3 + 200×15 + 1000×3.75 + 2000×6 + 10000×0.3 = 22 050 micro-dollars.
        file.write(
            line("A", "claude-sonnet-4-5-20250929",
                 R"({"input_tokens":100,"output_tokens":200,"cache_creation_input_tokens":3000,)"
                 R"("cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":2000},)"
                 R"("cache_read_input_tokens":10000})"));
        // The same response again (a later content block with more output): counted once, the larger copy.
        file.write(
            line("A", "claude-sonnet-4-5-20250929",
                 R"({"input_tokens":100,"output_tokens":200,"cache_creation_input_tokens":3000,)"
                 R"("cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":2000},)"
                 R"("cache_read_input_tokens":10000})"));
        // Opus 4.6 fast: (10×5 + 100×25) × 6 = 15 300 micro-dollars.
        file.write(line("B", "claude-opus-4-6", R"({"input_tokens":10,"output_tokens":100,"speed":"fast"})"));
        // Not in the price table: tokens kept, cost unknown.
        file.write(line("C", "kimi-k2-fake", R"({"input_tokens":50,"output_tokens":5})"));
        file.write("{\"type\":\"assistant\",\"usage\": broken\n");
    }

    void dailyJsonHasCcusageFieldsAndExactFigures()
    {
        const Run run
            = tokenwise({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                         QStringLiteral("--no-store"), QStringLiteral("--timezone"), QStringLiteral("UTC")},
                        m_claude);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = json(run);
        const QJsonArray daily = root.value(QStringLiteral("daily")).toArray();
        QCOMPARE(daily.size(), 1);
        const QJsonObject day = daily.at(0).toObject();
        QCOMPARE(day.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(day.value(QStringLiteral("inputTokens")).toInteger(), 160);
        QCOMPARE(day.value(QStringLiteral("outputTokens")).toInteger(), 305);
        QCOMPARE(day.value(QStringLiteral("cacheCreationTokens")).toInteger(), 3000);
        QCOMPARE(day.value(QStringLiteral("cacheReadTokens")).toInteger(), 10000);
        QCOMPARE(day.value(QStringLiteral("totalTokens")).toInteger(), 13465);
        QCOMPARE(day.value(QStringLiteral("totalCost")).toDouble(), 0.03735);
        QCOMPARE(day.value(QStringLiteral("unpriced")).toBool(), true);
        QCOMPARE(day.value(QStringLiteral("modelsUsed")).toArray(),
                 QJsonArray({QStringLiteral("claude-opus-4-6-fast"),
                             QStringLiteral("claude-sonnet-4-5-20250929"), QStringLiteral("kimi-k2-fake")}));
        const QJsonArray models = day.value(QStringLiteral("modelBreakdowns")).toArray();
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.at(0).toObject().value(QStringLiteral("modelName")).toString(),
                 QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(models.at(0).toObject().value(QStringLiteral("cost")).toDouble(), 0.02205);
        QCOMPARE(models.at(1).toObject().value(QStringLiteral("cost")).toDouble(), 0.0153);
        const QJsonObject unpriced = models.at(2).toObject();
        QCOMPARE(unpriced.value(QStringLiteral("modelName")).toString(), QStringLiteral("kimi-k2-fake"));
        QCOMPARE(unpriced.value(QStringLiteral("unpriced")).toBool(), true);
        QCOMPARE(unpriced.value(QStringLiteral("inputTokens")).toInteger(), 50);
        QCOMPARE(
            root.value(QStringLiteral("totals")).toObject().value(QStringLiteral("totalCost")).toDouble(),
            0.03735);
        QVERIFY(!root.contains(QStringLiteral("demo")));
    }

    void zoneMovesTheDay()
    {
        const Run run = tokenwise({QStringLiteral("report"), QStringLiteral("daily"),
                                   QStringLiteral("--json"), QStringLiteral("--no-store"),
                                   QStringLiteral("--timezone"), QStringLiteral("Pacific/Kiritimati")},
                                  m_claude);
        QCOMPARE(run.exitCode, 0);
        // 12:00 UTC is 02:00 the next day at UTC+14.
        QCOMPARE(json(run)
                     .value(QStringLiteral("daily"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("date"))
                     .toString(),
                 QStringLiteral("2026-03-11"));
    }

    void sessionAndTaskReports()
    {
        const Run run = tokenwise({QStringLiteral("report"), QStringLiteral("task"), QStringLiteral("--json"),
                                   QStringLiteral("--no-store")},
                                  m_claude);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject task = json(run).value(QStringLiteral("tasks")).toArray().at(0).toObject();
        QCOMPARE(task.value(QStringLiteral("sessionId")).toString(), QStringLiteral("s1"));
        QCOMPARE(task.value(QStringLiteral("projectPath")).toString(), QStringLiteral("-home-a-app"));
        QCOMPARE(task.value(QStringLiteral("cwd")).toString(), QStringLiteral("/home/a/app"));
        QCOMPARE(task.value(QStringLiteral("ticket")).toString(), QStringLiteral("PAY-7"));
        QCOMPARE(task.value(QStringLiteral("title")).toString(), QStringLiteral("Refund retries"));
        QCOMPARE(task.value(QStringLiteral("totalCost")).toDouble(), 0.03735);

        const Run sessions = tokenwise(
            {QStringLiteral("report"), QStringLiteral("session"), QStringLiteral("--no-store")}, m_claude);
        QCOMPARE(sessions.exitCode, 0);
        QVERIFY(sessions.out.contains("s1"));
        QVERIFY(sessions.out.contains("$0.04*")); // the unpriced mark
        QVERIFY(sessions.out.contains("cost is unknown, not zero"));
    }

    void csvIsRfc4180()
    {
        const Run run
            = tokenwise({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--csv"),
                         QStringLiteral("--no-store"), QStringLiteral("--timezone"), QStringLiteral("UTC")},
                        m_claude);
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY(lines.at(0).startsWith(
            "date,inputTokens,outputTokens,cacheCreationTokens,cacheReadTokens,totalTokens,"
            "totalCost"));
        QVERIFY(lines.at(0).endsWith("\r"));
        QVERIFY2(lines.at(1).startsWith("2026-03-10,160,305,3000,10000,13465,0.037350,true,priced,"),
                 lines.at(1).constData());
    }

    void malformedLinesAreCountedNotFatal()
    {
        const Run run = tokenwise(
            {QStringLiteral("ingest"), QStringLiteral("--json"), QStringLiteral("--no-store")}, m_claude);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject claude = json(run).value(QStringLiteral("sources")).toArray().at(0).toObject();
        QCOMPARE(claude.value(QStringLiteral("malformedLines")).toInteger(), 1);
        QCOMPARE(claude.value(QStringLiteral("usageLines")).toInteger(),
                 3); // the repeated copy collapses in-file
    }

    void noDataSaysWhereItLooked()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(empty);
        const Run table = tokenwise(
            {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--no-store")}, empty);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("No usage found."));
        QVERIFY(table.out.contains(QByteArray(empty.toUtf8() + "/projects")));
        const Run asJson = tokenwise({QStringLiteral("report"), QStringLiteral("daily"),
                                      QStringLiteral("--json"), QStringLiteral("--no-store")},
                                     empty);
        QCOMPARE(asJson.exitCode, 0);
        QCOMPARE(json(asJson).value(QStringLiteral("daily")).toArray().size(), 0);
        QVERIFY(asJson.err.contains("No usage found."));
    }

    void demoIsMarked()
    {
        const Run run = tokenwise({QStringLiteral("report"), QStringLiteral("daily"),
                                   QStringLiteral("--json"), QStringLiteral("--demo")},
                                  m_dir.filePath(QStringLiteral("empty")));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = json(run);
        QCOMPARE(root.value(QStringLiteral("demo")).toBool(), true);
        QVERIFY(root.value(QStringLiteral("daily")).toArray().size() > 50);
        QCOMPARE(
            root.value(QStringLiteral("totals")).toObject().value(QStringLiteral("costBasis")).toString(),
            QStringLiteral("demo"));
        const Run table
            = tokenwise({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--demo")},
                        m_dir.filePath(QStringLiteral("empty")));
        QVERIFY(table.out.startsWith("DEMO DATA"));
    }

    void persistentLedgerIsIdempotent()
    {
        const QString data = m_dir.filePath(QStringLiteral("ledger"));
        const QStringList ingest {QStringLiteral("ingest"), QStringLiteral("--json"),
                                  QStringLiteral("--data-dir"), data};
        const Run first = tokenwise(ingest, m_claude);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(json(first).value(QStringLiteral("events")).toInteger(), 3);
        const Run second = tokenwise(ingest, m_claude);
        QCOMPARE(json(second).value(QStringLiteral("events")).toInteger(), 3);
        QCOMPARE(json(second)
                     .value(QStringLiteral("sources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("bytesRead"))
                     .toInteger(),
                 0);
        const Run sources = tokenwise(
            {QStringLiteral("sources"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data},
            m_claude);
        const QJsonObject claude = json(sources).value(QStringLiteral("sources")).toArray().at(0).toObject();
        QCOMPARE(claude.value(QStringLiteral("files")).toInteger(), 1);
        QCOMPARE(claude.value(QStringLiteral("events")).toInteger(), 3);
        QCOMPARE(claude.value(QStringLiteral("malformedLines")).toInteger(), 1);
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/ledger.sqlite")));
        QCOMPARE(QFileInfo(data).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void codexCorpusMatchesItsManifest()
    {
        const QString generator = QStringLiteral(TOKENWISE_SHARED_DIR "/tools/gen_codex_logs.py");
        if (!QFile::exists(generator))
            QSKIP("the shared corpus generator is not beside this checkout");
        const QString home = m_dir.filePath(QStringLiteral("codex"));
        QProcess gen;
        gen.start(QStringLiteral("python3"),
                  {generator, QStringLiteral("--out"), home, QStringLiteral("--sessions"),
                   QStringLiteral("12"), QStringLiteral("--days"), QStringLiteral("4")});
        QVERIFY(gen.waitForFinished(60'000) && gen.exitCode() == 0);
        QFile manifestFile(home + QStringLiteral("/manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(manifestFile.readAll())
                                         .object()
                                         .value(QStringLiteral("daily_utc_by_model"))
                                         .toObject();

        const Run run
            = tokenwise({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                         QStringLiteral("--no-store"), QStringLiteral("--source"), QStringLiteral("codex"),
                         QStringLiteral("--timezone"), QStringLiteral("UTC")},
                        m_dir.filePath(QStringLiteral("empty")), home);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray daily = json(run).value(QStringLiteral("daily")).toArray();
        QCOMPARE(daily.size(), expected.size());
        for (const QJsonValue &value : daily) {
            const QJsonObject day = value.toObject();
            const QJsonObject models
                = expected.value(day.value(QStringLiteral("date")).toString()).toObject();
            QCOMPARE(day.value(QStringLiteral("modelBreakdowns")).toArray().size(), models.size());
            for (const QJsonValue &b : day.value(QStringLiteral("modelBreakdowns")).toArray()) {
                const QJsonObject breakdown = b.toObject();
                const QJsonArray v
                    = models.value(breakdown.value(QStringLiteral("modelName")).toString()).toArray();
                // Codex input includes cached tokens; reports show it as non-cached input plus cache reads.
                QCOMPARE(breakdown.value(QStringLiteral("inputTokens")).toInteger(),
                         v[0].toInteger() - v[1].toInteger());
                QCOMPARE(breakdown.value(QStringLiteral("cacheReadTokens")).toInteger(), v[1].toInteger());
                QCOMPARE(breakdown.value(QStringLiteral("outputTokens")).toInteger(), v[2].toInteger());
                QCOMPARE(breakdown.value(QStringLiteral("cacheCreationTokens")).toInteger(), 0);
            }
        }
    }

    // Codex's reasoning_output_tokens: inside outputTokens, and shown as its own figure in every format.
    void codexReasoningInJsonCsvAndTable()
    {
        const QString home = m_dir.filePath(QStringLiteral("codex-reasoning"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/sessions/2026/03/10")));
        QFile rollout(home + QStringLiteral("/sessions/2026/03/10/rollout-2026-03-10T09-00-00-r1.jsonl"));
        QVERIFY(rollout.open(QIODevice::WriteOnly));
        rollout.write(
            R"({"timestamp":"2026-03-10T09:00:00.000Z","type":"session_meta","payload":{"id":"r1","cwd":"/home/a/app"}})"
            "\n"
            R"({"timestamp":"2026-03-10T09:00:00.010Z","type":"turn_context","payload":{"cwd":"/home/a/app","model":"gpt-5-codex"}})"
            "\n"
            R"({"timestamp":"2026-03-10T09:00:09.500Z","type":"event_msg","payload":{"type":"token_count","info":{"total_token_usage":{"input_tokens":8000,"cached_input_tokens":6000,"output_tokens":300,"reasoning_output_tokens":120,"total_tokens":8300},"last_token_usage":{"input_tokens":8000,"cached_input_tokens":6000,"output_tokens":300,"reasoning_output_tokens":120,"total_tokens":8300}}}})"
            "\n");
        rollout.close();
        const QString noClaude = m_dir.filePath(QStringLiteral("no-claude"));
        const QStringList base {QStringLiteral("report"),     QStringLiteral("daily"),
                                QStringLiteral("--no-store"), QStringLiteral("--timezone"),
                                QStringLiteral("UTC"),        QStringLiteral("--source"),
                                QStringLiteral("codex")};
        const Run asJson = tokenwise(base + QStringList {QStringLiteral("--json")}, noClaude, home);
        QCOMPARE(asJson.exitCode, 0);
        const QJsonObject day = json(asJson).value(QStringLiteral("daily")).toArray().at(0).toObject();
        QCOMPARE(day.value(QStringLiteral("inputTokens")).toInteger(), 2000);
        QCOMPARE(day.value(QStringLiteral("cacheReadTokens")).toInteger(), 6000);
        QCOMPARE(day.value(QStringLiteral("outputTokens")).toInteger(), 300);
        QCOMPARE(day.value(QStringLiteral("reasoningTokens")).toInteger(), 120);
        QCOMPARE(day.value(QStringLiteral("totalTokens")).toInteger(), 8300);
        // 2000 × $1.25/M + 6000 × $0.125/M + 300 × $10/M (reasoning priced as output, once).
        QCOMPARE(day.value(QStringLiteral("totalCost")).toDouble(), 0.00625);

        const Run csv = tokenwise(base + QStringList {QStringLiteral("--csv")}, noClaude, home);
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QVERIFY2(lines.at(0).trimmed().endsWith(",sources,reasoningTokens"), lines.at(0).constData());
        QVERIFY2(lines.at(1).trimmed().endsWith(",codex,120"), lines.at(1).constData());

        const Run table = tokenwise(base, noClaude, home);
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("of which reasoning"), table.out.constData());
        const Run claudeTable = tokenwise(
            {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--no-store")}, m_claude);
        QVERIFY2(!claudeTable.out.contains("of which reasoning"), claudeTable.out.constData());
    }

    // A source turned off in Settings is not read by a plain report; naming it with --source still reads it.
    void settingsToggleIsHonoured()
    {
        const QString config = m_dir.filePath(QStringLiteral("config-off"));
        QVERIFY(QDir().mkpath(config));
        const Run plain
            = tokenwise({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                         QStringLiteral("--no-store"), QStringLiteral("--config-dir"), config},
                        m_claude);
        QCOMPARE(json(plain).value(QStringLiteral("daily")).toArray().size(), 1);
        {
            tokenwise::Settings settings(config);
            QVERIFY(settings.setValue(QStringLiteral("sources/claudeCode"), false));
        }
        const Run off
            = tokenwise({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                         QStringLiteral("--no-store"), QStringLiteral("--config-dir"), config},
                        m_claude);
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(json(off).value(QStringLiteral("daily")).toArray().size(), 0);
        const Run named
            = tokenwise({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                         QStringLiteral("--no-store"), QStringLiteral("--config-dir"), config,
                         QStringLiteral("--source"), QStringLiteral("claude-code")},
                        m_claude);
        QCOMPARE(json(named).value(QStringLiteral("daily")).toArray().size(), 1);
    }

    // Every agent of the registry through the real binary: its shared sample laid out at the agent's default
    // place under one HOME, `report daily --json --no-store --timezone UTC --source ID`, exact tokens and
    // cost.
    void everyAgentThroughTheCli_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QList<qint64>>("figures"); // input, output, reasoning, cache write, cache read
        QTest::addColumn<double>("cost");
        QTest::newRow("gemini-cli") << QStringLiteral("gemini-cli") << QStringLiteral("2026-05-17")
                                    << QList<qint64> {3808, 942, 919, 0, 11526} << 0.005306;
        QTest::newRow("qwen-code") << QStringLiteral("qwen-code") << QStringLiteral("2026-06-15")
                                   << QList<qint64> {1050, 25, 0, 0, 50} << 0.0;
        QTest::newRow("pi") << QStringLiteral("pi") << QStringLiteral("2026-01-02")
                            << QList<qint64> {100, 200, 0, 0, 0} << 0.05;
        QTest::newRow("openclaw") << QStringLiteral("openclaw") << QStringLiteral("2026-01-30")
                                  << QList<qint64> {1660, 55, 0, 0, 108928} << 0.02;
        QTest::newRow("kimi-cli") << QStringLiteral("kimi-cli") << QStringLiteral("2026-02-13")
                                  << QList<qint64> {100, 50, 0, 20, 10} << 0.0;
        QTest::newRow("amp") << QStringLiteral("amp") << QStringLiteral("2026-01-19")
                             << QList<qint64> {15, 220, 0, 986, 23372} << 0.004685;
        QTest::newRow("droid") << QStringLiteral("droid") << QStringLiteral("2026-05-01")
                               << QList<qint64> {100, 55, 5, 20, 10} << 0.001203;
        // The journal's shutdown totals, priced at base rates (a session total, not one request).
        QTest::newRow("copilot-cli") << QStringLiteral("copilot-cli") << QStringLiteral("2026-04-08")
                                     << QList<qint64> {200000, 41400, 0, 0, 6800000} << 2.981;
        // The database agents: each fixture's .sql run into the agent's database at its default place.
        // OpenCode: the sample row (recorded $0.03) and a sub-agent's message whose two step-finish parts
        // are summed (600 + 400 input; 100 + 100 output plus 20 + 30 reasoning; $0.003 + $0.0024).
        QTest::newRow("opencode") << QStringLiteral("opencode") << QStringLiteral("2026-01-02")
                                  << QList<qint64> {1120, 310, 50, 24, 12} << 0.0354;
        // Kilo CLI: a recorded $0 is the agent's own figure (a free model), not re-priced.
        QTest::newRow("kilo-cli") << QStringLiteral("kilo-cli") << QStringLiteral("2026-01-03")
                                  << QList<qint64> {800, 150, 10, 0, 200} << 0.0012;
        // Crush records no tokens: the root session's running cost, its sub-agent's not counted again.
        QTest::newRow("crush") << QStringLiteral("crush") << QStringLiteral("2026-01-05")
                               << QList<qint64> {0, 0, 0, 0, 0} << 0.4125;
        // Goose: accumulated totals, reasoning = 12,500 − 10,000 − 2,000, priced at Sonnet 4's base rates.
        QTest::newRow("goose") << QStringLiteral("goose") << QStringLiteral("2026-01-05")
                               << QList<qint64> {10000, 2500, 500, 0, 0} << 0.0675;
        QTest::newRow("cline") << QStringLiteral("cline") << QStringLiteral("2026-01-01")
                               << QList<qint64> {25, 370, 0, 3500, 4000} << 0.017057;
        QTest::newRow("roo-code") << QStringLiteral("roo-code") << QStringLiteral("2026-02-18")
                                  << QList<qint64> {75, 50, 0, 5, 20} << 0.12;
        QTest::newRow("kilo-code") << QStringLiteral("kilo-code") << QStringLiteral("2026-01-02")
                                   << QList<qint64> {2100, 810, 0, 400, 10500} << 0.0171;
    }

    void everyAgentThroughTheCli()
    {
        QFETCH(QString, source);
        QFETCH(QString, date);
        QFETCH(QList<qint64>, figures);
        QFETCH(double, cost);
        const Run run = agentsCli({QStringLiteral("report"), QStringLiteral("daily"),
                                   QStringLiteral("--json"), QStringLiteral("--source"), source});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray daily = json(run).value(QStringLiteral("daily")).toArray();
        QCOMPARE(daily.size(), 1);
        const QJsonObject day = daily.at(0).toObject();
        QCOMPARE(day.value(QStringLiteral("date")).toString(), date);
        const QList<qint64> got {day.value(QStringLiteral("inputTokens")).toInteger(),
                                 day.value(QStringLiteral("outputTokens")).toInteger(),
                                 day.value(QStringLiteral("reasoningTokens")).toInteger(),
                                 day.value(QStringLiteral("cacheCreationTokens")).toInteger(),
                                 day.value(QStringLiteral("cacheReadTokens")).toInteger()};
        QCOMPARE(got, figures);
        QCOMPARE(day.value(QStringLiteral("totalCost")).toDouble(), cost);
        QCOMPARE(day.value(QStringLiteral("sources")).toArray().at(0).toString(), source);
    }

    // The table's last line says where each figure came from: priced tokens (Goose) and costs an agent wrote
    // down (OpenCode) in one total name both; one alone names only itself.
    void costsLineNamesEveryOrigin()
    {
        const auto costsLine = [this](const QStringList &sources) {
            QStringList args {QStringLiteral("report"), QStringLiteral("daily")};
            for (const QString &source : sources)
                args << QStringLiteral("--source") << source;
            const Run run = agentsCli(args);
            const QList<QByteArray> lines = run.out.trimmed().split('\n');
            return run.exitCode == 0 ? QString::fromUtf8(lines.constLast()) : QString::fromUtf8(run.err);
        };
        const QString priced = QStringLiteral("tokens × litellm-");
        const QString both = costsLine({QStringLiteral("goose"), QStringLiteral("opencode")});
        QVERIFY2(both.startsWith(QStringLiteral("Costs: ") + priced), qPrintable(both));
        QVERIFY2(both.endsWith(QStringLiteral(" prices and the costs the agents recorded")),
                 qPrintable(both));
        QCOMPARE(costsLine({QStringLiteral("crush")}),
                 QStringLiteral("Costs: the costs the agents recorded"));
        const QString goose = costsLine({QStringLiteral("goose")});
        QVERIFY2(goose.startsWith(QStringLiteral("Costs: ") + priced)
                     && goose.endsWith(QStringLiteral(" prices")),
                 qPrintable(goose));
    }

    // `sources --json` lists every registered source with its name, where it looked and what it found.
    void sourcesListsTheRegistry()
    {
        const Run run = tokenwise(
            {QStringLiteral("sources"), QStringLiteral("--json"), QStringLiteral("--no-store")}, m_claude);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray sources = json(run).value(QStringLiteral("sources")).toArray();
        QVERIFY(sources.size() >= 2);
        const QJsonObject claude = sources.at(0).toObject();
        QCOMPARE(claude.value(QStringLiteral("source")).toString(), QStringLiteral("claude-code"));
        QCOMPARE(claude.value(QStringLiteral("name")).toString(), QStringLiteral("Claude Code"));
        QCOMPARE(claude.value(QStringLiteral("filesListed")).toInteger(), 1);
        QCOMPARE(claude.value(QStringLiteral("roots")).toArray().size(), 1);
        const QJsonObject codex = sources.at(1).toObject();
        QCOMPARE(codex.value(QStringLiteral("source")).toString(), QStringLiteral("codex"));
        QCOMPARE(codex.value(QStringLiteral("filesListed")).toInteger(), 0);
        QCOMPARE(codex.value(QStringLiteral("roots")).toArray().size(), 0);
        QVERIFY(codex.value(QStringLiteral("searched")).toArray().size() == 2);

        const Run only
            = tokenwise({QStringLiteral("sources"), QStringLiteral("--json"), QStringLiteral("--no-store"),
                         QStringLiteral("--source"), QStringLiteral("codex")},
                        m_claude);
        QCOMPARE(json(only).value(QStringLiteral("sources")).toArray().size(), 1);
    }

    void badArgumentsAreClearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown kind") << QStringList {QStringLiteral("report"), QStringLiteral("yearly")}
                                      << QByteArray("report takes one of");
        QTest::newRow("bad zone") << QStringList {QStringLiteral("report"), QStringLiteral("daily"),
                                                  QStringLiteral("--timezone"),
                                                  QStringLiteral("Mars/Olympus")}
                                  << QByteArray("unknown time zone: Mars/Olympus");
        QTest::newRow("bad date") << QStringList {QStringLiteral("report"), QStringLiteral("daily"),
                                                  QStringLiteral("--since"), QStringLiteral("2026-13-01")}
                                  << QByteArray("YYYY-MM-DD");
        QTest::newRow("unknown source") << QStringList {QStringLiteral("report"), QStringLiteral("daily"),
                                                        QStringLiteral("--source"), QStringLiteral("copilot")}
                                        << QByteArray("unknown source: copilot (claude-code, codex");
        QTest::newRow("unknown ingest source")
            << QStringList {QStringLiteral("ingest"), QStringLiteral("--source"), QStringLiteral("cursor")}
            << QByteArray("unknown source: cursor (claude-code, codex");
    }
    void badArgumentsAreClearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run run = tokenwise(args + QStringList {QStringLiteral("--no-store")}, m_claude);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
