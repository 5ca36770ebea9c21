// `tokenwise team publish`, the team feed read by `poll`, and `report daily --json` with the team band and
// provider-reported figures, end to end against a fake Anthropic server.
#include "CliRunner.h"
#include "FakeHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kClaudeCode = QStringLiteral("/v1/organizations/usage_report/claude_code");
const QByteArray kKey = "sk-ant-admin01-TEAMCLI-0123456789-wxyz";

QByteArray actorRow(const QString &day, const char *email, const char *cents)
{
    return R"({"date":")" + day.toLatin1() + R"(T00:00:00Z","actor":{"type":"user_actor","email_address":")"
        + email
        + R"("},"model_breakdown":[{"model":"claude-sonnet-4-5-20250929","tokens":{"input":1,"output":1,)"
          R"("cache_read":0,"cache_creation":0},"estimated_cost":{"amount":)"
        + cents + R"(,"currency":"USD"}}]})";
}

QByteArray page(const QList<QByteArray> &rows)
{
    QByteArray joined;
    for (const QByteArray &row : rows)
        joined += (joined.isEmpty() ? "" : ",") + row;
    return R"({"data":[)" + joined + R"(],"has_more":false,"next_page":null})";
}

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

class TestTeamCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHttpServer m_server;
    // A closed UTC day with six people, and the next one with four.
    const QDate m_day = QDateTime::currentDateTimeUtc().date().addDays(-3);
    const QString m_dayText = m_day.toString(Qt::ISODate);
    const QString m_nextText = m_day.addDays(1).toString(Qt::ISODate);

    QString feedPath() const { return m_dir.filePath(QStringLiteral("team.json")); }
    QString claudeDir() const { return m_dir.filePath(QStringLiteral("claude")); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = cliEnvironment(m_dir.filePath(QStringLiteral("data")),
                                               m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("TOKENWISE_ANTHROPIC_BASE_URL"), m_server.baseUrl().toString());
        e.insert(QStringLiteral("TOKENWISE_ANTHROPIC_KEY"), QString::fromLatin1(kKey));
        e.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), claudeDir());
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        return e;
    }

    QJsonObject reportDay()
    {
        const CliRun run
            = runTokenwise(args({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                                 QStringLiteral("--timezone"), QStringLiteral("UTC"),
                                 QStringLiteral("--since"), m_dayText, QStringLiteral("--until"), m_dayText}),
                           env());
        if (run.exitCode != 0)
            qWarning("report failed: %s", run.all().constData());
        const QJsonArray daily
            = QJsonDocument::fromJson(run.out).object().value(QLatin1String("daily")).toArray();
        return daily.size() == 1 ? daily.first().toObject() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        const QString day = m_dayText, next = m_nextText;
        m_server.setHandler(kClaudeCode, [day, next](const RecordedRequest &r) {
            const QString asked = r.query.queryItemValue(QStringLiteral("starting_at"));
            if (asked == day) // per person: $0.50, $0.75, $1.00, $2.205, $2.50, $4.00
                return FakeReply::json(
                    page({actorRow(day, "dev@example.com", "220.5"), actorRow(day, "a@example.com", "50"),
                          actorRow(day, "b@example.com", "75"), actorRow(day, "c@example.com", "100"),
                          actorRow(day, "d@example.com", "250"), actorRow(day, "e@example.com", "400")}));
            if (asked == next)
                return FakeReply::json(
                    page({actorRow(next, "dev@example.com", "300"), actorRow(next, "a@example.com", "10"),
                          actorRow(next, "b@example.com", "20"), actorRow(next, "c@example.com", "30")}));
            return FakeReply::json(page({}));
        });
        m_server.setDefault(QStringLiteral("/v1/organizations/cost_report"), FakeReply::json(page({})));

        // One Claude Code call on that day: 1,000 input and 1,000 output tokens of Sonnet 4.5 = $0.018.
        const QString project = claudeDir() + QStringLiteral("/projects/-home-dev-app");
        QVERIFY(QDir().mkpath(project));
        QFile log(project + QStringLiteral("/s1.jsonl"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(R"({"type":"assistant","timestamp":")" + m_dayText.toLatin1()
                  + R"(T12:00:00.000Z","cwd":"/home/dev/app","sessionId":"s1","requestId":"req_1",)"
                    R"("message":{"id":"msg_1","model":"claude-sonnet-4-5-20250929",)"
                    R"("usage":{"input_tokens":1000,"output_tokens":1000}}})"
                    "\n");
    }

    void publishRefusesGroupsUnderFive()
    {
        const CliRun run = runTokenwise(
            args({QStringLiteral("team"), QStringLiteral("publish"), QStringLiteral("--source"),
                  QStringLiteral("anthropic"), QStringLiteral("--since"), m_nextText,
                  QStringLiteral("--until"), m_nextText, QStringLiteral("--out"), feedPath()}),
            env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refusing to publish: no period has at least 5 people (the largest had 4)"),
                 run.err.constData());
        QVERIFY(!QFile::exists(feedPath()));
    }

    void publishWritesQuantilesAndNoIdentity()
    {
        const CliRun run = runTokenwise(
            args({QStringLiteral("team"), QStringLiteral("publish"), QStringLiteral("--source"),
                  QStringLiteral("anthropic"), QStringLiteral("--since"), m_dayText,
                  QStringLiteral("--until"), m_nextText, QStringLiteral("--out"), feedPath()}),
            env());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY2(run.out.contains("Wrote 1 period(s) of anthropic team spend"), run.out.constData());
        QVERIFY(run.out.contains("left out 1 with fewer than 5 people"));
        QFile file(feedPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("example.com"));
        QVERIFY(!bytes.contains("@"));
        QVERIFY(!bytes.contains("TEAMCLI"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("tokenwise-team-feed"));
        QCOMPARE(root.value(QLatin1String("source")).toString(), QStringLiteral("anthropic"));
        const QJsonArray periods = root.value(QLatin1String("periods")).toArray();
        QCOMPARE(periods.size(), 1);
        const QJsonObject p = periods.first().toObject();
        QCOMPARE(p.value(QLatin1String("start")).toString(), m_dayText);
        QCOMPARE(p.value(QLatin1String("members")).toInt(), 6);
        QCOMPARE(p.value(QLatin1String("p25")).toInteger(), 812'500);
        QCOMPARE(p.value(QLatin1String("p50")).toInteger(), 1'602'500);
        QCOMPARE(p.value(QLatin1String("p75")).toInteger(), 2'426'250);
        QCOMPARE(p.value(QLatin1String("p90")).toInteger(), 3'250'000);
        // Only the Claude Code analytics were asked for: no org cost report.
        for (const RecordedRequest &r : m_server.requests())
            QCOMPARE(r.path, kClaudeCode);
    }

    void publishArgumentErrors()
    {
        CliRun run = runTokenwise(
            args({QStringLiteral("team"), QStringLiteral("publish"), QStringLiteral("--source"),
                  QStringLiteral("openrouter"), QStringLiteral("--out"), feedPath()}),
            env());
        QCOMPARE(run.exitCode, 2);
        run = runTokenwise(args({QStringLiteral("team"), QStringLiteral("publish"),
                                 QStringLiteral("--source"), QStringLiteral("anthropic")}),
                           env());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--out"));
        run = runTokenwise(args({QStringLiteral("team"), QStringLiteral("rank")}), env());
        QCOMPARE(run.exitCode, 2);
    }

    void feedGivesTheReportItsTeamBand()
    {
        QVERIFY(QFile::exists(feedPath()));
        CliRun run = runTokenwise(
            args({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("team.feed"), feedPath()}),
            env());
        QCOMPARE(run.exitCode, 0);
        const qsizetype asked = m_server.requests().size();
        run = runTokenwise(args({QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("team")}),
                           env());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QCOMPARE(run.out.trimmed(), QByteArray("team: ok: 1 team distributions (five people or more each)"));
        QCOMPARE(m_server.requests().size(), asked); // a file feed asks no server

        const QJsonObject day = reportDay();
        QCOMPARE(day.value(QLatin1String("totalCost")).toDouble(), 0.018);
        QCOMPARE(day.value(QLatin1String("teamMedian")).toDouble(), 1.6025);
        QCOMPARE(day.value(QLatin1String("teamP25")).toDouble(), 0.8125);
        QCOMPARE(day.value(QLatin1String("teamP75")).toDouble(), 2.42625);
        QCOMPARE(day.value(QLatin1String("teamMembers")).toInt(), 6);
        QCOMPARE(day.value(QLatin1String("teamSource")).toString(), QStringLiteral("anthropic"));
        QVERIFY(!day.contains(QLatin1String("reportedCost")));
    }

    void reportedDayReplacesThePricedFigure()
    {
        CliRun run
            = runTokenwise(args({QStringLiteral("config"), QStringLiteral("set"),
                                 QStringLiteral("anthropic.identity"), QStringLiteral("dev@example.com")}),
                           env());
        QCOMPARE(run.exitCode, 0);
        run = runTokenwise(
            args({QStringLiteral("poll"), QStringLiteral("--source"), QStringLiteral("anthropic")}), env());
        QVERIFY2(run.exitCode == 0, run.all().constData());

        const QJsonObject day = reportDay();
        QCOMPARE(day.value(QLatin1String("reportedCost")).toDouble(), 2.205);
        QCOMPARE(day.value(QLatin1String("pricedCost")).toDouble(), 0.018);
        QCOMPARE(day.value(QLatin1String("totalCost")).toDouble(), 2.205);
        // The published feed still wins over the band computed locally from the same admin key.
        QCOMPARE(day.value(QLatin1String("teamMedian")).toDouble(), 1.6025);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "test_team_cli.moc"
