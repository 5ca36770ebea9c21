// CodexRolloutParser and the Codex file helpers: every rollout quirk, resume via saved state, the corpus.
#include "sources/local/codex/CodexFiles.h"
#include "sources/local/codex/CodexRolloutParser.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace tokenwise;
using namespace tokenwise::codex;
using Outcome = CodexRolloutParser::LineOutcome;

namespace {

const QString kFileName
    = QStringLiteral("rollout-2026-05-14T10-00-00-0196c6a2-7f3e-7a10-9c2e-4b8d1e6f5a21.jsonl");
const QString kFixture = QStringLiteral(TOKENWISE_SOURCE_DIR "/tests/unit/codex/fixtures/") + kFileName;

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray ts(int second)
{
    return "2026-05-14T10:00:" + QByteArray::number(second).rightJustified(2, '0') + ".000Z";
}

QByteArray usage(qint64 input, qint64 cached, qint64 output, qint64 reasoning)
{
    return "{\"input_tokens\":" + num(input) + ",\"cached_input_tokens\":" + num(cached)
        + ",\"output_tokens\":" + num(output) + ",\"reasoning_output_tokens\":" + num(reasoning)
        + ",\"total_tokens\":" + num(input + output) + '}';
}

const QByteArray kRateLimits = R"("rate_limits":{"primary":{"used_percent":7.0,"window_minutes":300,)"
                               R"("resets_at":1763483205},"secondary":{"used_percent":77.0,)"
                               R"("window_minutes":10080,"resets_at":1763606387}})";

// An empty total or last is left out; a null timestamp is left out; the extras are ,"key":value fragments.
QByteArray tokenCount(const QByteArray &timestamp, const QByteArray &total, const QByteArray &last,
                      const QByteArray &payloadExtra = {}, const QByteArray &infoExtra = {})
{
    QByteArray info = "{";
    if (!total.isEmpty())
        info += "\"total_token_usage\":" + total + ',';
    if (!last.isEmpty())
        info += "\"last_token_usage\":" + last + ',';
    info += "\"model_context_window\":272000" + infoExtra + '}';
    QByteArray line = "{";
    if (!timestamp.isNull())
        line += "\"timestamp\":\"" + timestamp + "\",";
    line += "\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":" + info + payloadExtra
        + ',' + kRateLimits + "}}";
    return line;
}

QByteArray sessionMeta(const QByteArray &id, const QByteArray &source = "\"cli\"",
                       const QByteArray &extra = {})
{
    return R"({"timestamp":"2026-05-14T09:59:58.000Z","type":"session_meta","payload":{"id":")" + id
        + R"(","timestamp":"2026-05-14T09:59:57.800Z","cwd":"/home/dev/code/app","originator":"codex_cli_rs",)"
          R"("cli_version":"0.63.0","instructions":null,"source":)"
        + source
        + R"(,"model_provider":"openai","git":{"commit_hash":"4f1c0de","branch":"feature/parser",)"
          R"("repository_url":"git@github.com:dev/app.git"})"
        + extra + "}}";
}

QByteArray turnContext(const QByteArray &model)
{
    return R"({"timestamp":"2026-05-14T09:59:59.000Z","type":"turn_context","payload":{"cwd":"/home/dev/code/app",)"
           R"("approval_policy":"on-request","sandbox_policy":{"mode":"workspace-write"},"model":")"
        + model + R"(","effort":"medium","summary":"auto"}})";
}

const QByteArray kSubagent = R"({"subagent":{"thread_spawn":{"parent_thread_id":"0196c6a2-0000-7000-8000-)"
                             R"(000000000001","depth":1,"agent_role":"worker"}}})";

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString describe(const UsageEvent &e)
{
    return QStringLiteral("%1 %2 in=%3 cr=%4 out=%5 rs=%6%7")
        .arg(isoUtc(e.timestampMs), e.model)
        .arg(e.tokens.input)
        .arg(e.tokens.cacheRead)
        .arg(e.tokens.output)
        .arg(e.tokens.reasoning)
        .arg(e.fallbackModel ? QStringLiteral(" fallback") : QString());
}

// Every field, for comparing whole runs.
QString describeFully(const UsageEvent &e)
{
    return describe(e)
        + QStringLiteral(" | %1 %2 %3 %4 %5 cw=%6/%7 fast=%8 cost=%9 %10")
              .arg(e.source, QString::fromUtf8(e.eventKey), e.sessionId, e.project, e.gitBranch)
              .arg(e.tokens.cacheWrite5m)
              .arg(e.tokens.cacheWrite1h)
              .arg(e.fast)
              .arg(e.cost)
              .arg(costBasisName(e.basis));
}

QString expect(const char *time, const char *model, qint64 in, qint64 cr, qint64 out, qint64 rs,
               bool fallback = false)
{
    UsageEvent e;
    e.timestampMs = QDateTime::fromString(QStringLiteral("2026-05-14T") + QString::fromLatin1(time)
                                              + QStringLiteral("Z"),
                                          Qt::ISODateWithMs)
                        .toMSecsSinceEpoch();
    e.model = QString::fromLatin1(model);
    e.tokens.input = in;
    e.tokens.cacheRead = cr;
    e.tokens.output = out;
    e.tokens.reasoning = rs;
    e.fallbackModel = fallback;
    return describe(e);
}

QChar outcomeChar(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ignored:
        return QLatin1Char('I');
    case Outcome::Event:
        return QLatin1Char('E');
    case Outcome::Malformed:
        return QLatin1Char('M');
    case Outcome::NoTimestamp:
        return QLatin1Char('N');
    }
    return QLatin1Char('?');
}

struct Run
{
    QString outcomes;
    QStringList events;
};

Run feedAll(CodexRolloutParser &parser, const QByteArrayList &lines, qsizetype from = 0, qsizetype to = -1)
{
    Run run;
    std::vector<UsageEvent> events;
    for (qsizetype i = from; i < (to < 0 ? lines.size() : to); ++i)
        run.outcomes += outcomeChar(
            parser.feedLine(std::string_view(lines[i].data(), size_t(lines[i].size())), events));
    for (const UsageEvent &e : events)
        run.events << describeFully(e);
    return run;
}

QByteArrayList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// The rows shared by the per-quirk test and the save/restore test.
void addQuirkRows()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QStringList>("events");

    const QByteArray meta = sessionMeta("sess-1");
    const QByteArray ctx = turnContext("gpt-5-codex");

    QTest::newRow("first snapshot counts its totals, not last")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(1000, 200, 300, 100), usage(600, 100, 200, 50))}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 800, 200, 300, 100)};
    QTest::newRow("monotonic totals give field-by-field deltas")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(1000, 200, 300, 100), {}),
                           tokenCount(ts(9), usage(2500, 700, 450, 150), usage(9999, 9999, 9999, 9999))}
        << QStringLiteral("IIEE")
        << QStringList {expect("10:00:05.000", "gpt-5-codex", 800, 200, 300, 100),
                        expect("10:00:09.000", "gpt-5-codex", 1000, 500, 150, 50)};
    QTest::newRow("repeated snapshot with unchanged totals is not counted again")
        << QByteArrayList {meta, ctx,
                           tokenCount(ts(5), usage(1000, 200, 300, 100), usage(1000, 200, 300, 100)),
                           tokenCount("2026-05-14T10:00:05.003Z", usage(1000, 200, 300, 100),
                                      usage(1000, 200, 300, 100))}
        << QStringLiteral("IIEI") << QStringList {expect("10:00:05.000", "gpt-5-codex", 800, 200, 300, 100)};
    QTest::newRow("last_token_usage only when totals are absent")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), {}, usage(500, 100, 50, 10)),
                           tokenCount(ts(6), {}, usage(700, 300, 60, 0))}
        << QStringLiteral("IIEE")
        << QStringList {expect("10:00:05.000", "gpt-5-codex", 400, 100, 50, 10),
                        expect("10:00:06.000", "gpt-5-codex", 400, 300, 60, 0)};
    QTest::newRow("fractional total is unusable, so last is used")
        << QByteArrayList {meta, ctx,
                           tokenCount(ts(5),
                                      R"({"input_tokens":100.5,"cached_input_tokens":0,"output_tokens":1})",
                                      usage(500, 100, 50, 10))}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 400, 100, 50, 10)};
    QTest::newRow("decreasing total uses last and rebases")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(5000, 1000, 500, 100), {}),
                           tokenCount(ts(6), usage(1200, 200, 150, 20), usage(1200, 200, 150, 20)),
                           tokenCount(ts(7), usage(1700, 300, 200, 30), usage(500, 100, 50, 10))}
        << QStringLiteral("IIEEE")
        << QStringList {expect("10:00:05.000", "gpt-5-codex", 4000, 1000, 500, 100),
                        expect("10:00:06.000", "gpt-5-codex", 1000, 200, 150, 20),
                        expect("10:00:07.000", "gpt-5-codex", 400, 100, 50, 10)};
    QTest::newRow("decreasing total without last counts nothing but rebases")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(5000, 1000, 500, 100), {}),
                           tokenCount(ts(6), usage(1000, 0, 100, 0), {}),
                           tokenCount(ts(7), usage(1500, 100, 150, 10), {})}
        << QStringLiteral("IIEIE")
        << QStringList {expect("10:00:05.000", "gpt-5-codex", 4000, 1000, 500, 100),
                        expect("10:00:07.000", "gpt-5-codex", 400, 100, 50, 10)};
    QTest::newRow("cached above input is clamped to input")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(100, 250, 40, 0), {})} << QStringLiteral("IIE")
        << QStringList {expect("10:00:05.000", "gpt-5-codex", 0, 100, 40, 0)};
    QTest::newRow("all-zero snapshot is skipped")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(0, 0, 0, 0), usage(0, 0, 0, 0))}
        << QStringLiteral("III") << QStringList {};
    QTest::newRow("info null rate-limit-only line is ignored")
        << QByteArrayList {meta, ctx,
                           R"({"timestamp":"2026-05-14T10:00:01.000Z","type":"event_msg","payload":)"
                           R"({"type":"token_count","info":null,)"
                               + kRateLimits + "}}",
                           tokenCount(ts(5), usage(1000, 200, 300, 100), {})}
        << QStringLiteral("IIIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 800, 200, 300, 100)};

    QTest::newRow("turn_context model is used")
        << QByteArrayList {meta, turnContext("gpt-5.1-codex"), tokenCount(ts(5), usage(10, 0, 1, 0), {})}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5.1-codex", 10, 0, 1, 0)};
    QTest::newRow("a later turn_context switches the model")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(10, 0, 1, 0), {}), turnContext("gpt-5"),
                           tokenCount(ts(6), usage(30, 0, 3, 0), {})}
        << QStringLiteral("IIEIE")
        << QStringList {expect("10:00:05.000", "gpt-5-codex", 10, 0, 1, 0),
                        expect("10:00:06.000", "gpt-5", 20, 0, 2, 0)};
    QTest::newRow("payload.model beats turn_context, for that event only")
        << QByteArrayList {meta, ctx,
                           tokenCount(ts(5), usage(10, 0, 1, 0), {}, R"(,"model":"gpt-5.1-codex-max")"),
                           tokenCount(ts(6), usage(30, 0, 3, 0), {})}
        << QStringLiteral("IIEE")
        << QStringList {expect("10:00:05.000", "gpt-5.1-codex-max", 10, 0, 1, 0),
                        expect("10:00:06.000", "gpt-5-codex", 20, 0, 2, 0)};
    QTest::newRow("payload.model_name beats turn_context")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(10, 0, 1, 0), {}, R"(,"model_name":"o4-mini")")}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "o4-mini", 10, 0, 1, 0)};
    QTest::newRow("info.model beats turn_context")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(10, 0, 1, 0), {}, {}, R"(,"model":"gpt-5.2")")}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5.2", 10, 0, 1, 0)};
    QTest::newRow("metadata.model beats turn_context")
        << QByteArrayList {meta, ctx,
                           tokenCount(ts(5), usage(10, 0, 1, 0), {},
                                      R"(,"metadata":{"model":"gpt-5.3-codex"})")}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5.3-codex", 10, 0, 1, 0)};
    QTest::newRow("payload.model beats info.model")
        << QByteArrayList {meta,
                           tokenCount(ts(5), usage(10, 0, 1, 0), {}, R"(,"model":"outer")",
                                      R"(,"model":"inner")")}
        << QStringLiteral("IE") << QStringList {expect("10:00:05.000", "outer", 10, 0, 1, 0)};
    QTest::newRow("blank token_count model falls through to turn_context")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(10, 0, 1, 0), {}, R"(,"model":"  ")")}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 10, 0, 1, 0)};
    QTest::newRow("no model anywhere falls back to gpt-5, flagged")
        << QByteArrayList {meta, tokenCount(ts(5), usage(10, 0, 1, 0), {})} << QStringLiteral("IE")
        << QStringList {expect("10:00:05.000", "gpt-5", 10, 0, 1, 0, true)};

    const QByteArrayList replay {tokenCount("2026-05-14T10:00:00.100Z", usage(1000, 0, 100, 0), {}),
                                 tokenCount("2026-05-14T10:00:00.200Z", usage(2000, 500, 200, 0), {}),
                                 tokenCount("2026-05-14T10:00:00.900Z", usage(3000, 1000, 300, 0), {})};
    QTest::newRow("sub-agent replay of the parent's snapshots is skipped")
        << (QByteArrayList {sessionMeta("child", kSubagent), ctx} + replay
            + QByteArrayList {tokenCount(ts(5), usage(3500, 1300, 350, 20), {})})
        << QStringLiteral("IIIIIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 200, 300, 50, 20)};
    QTest::newRow("forked_from_id replay is skipped, the parent's session_meta ignored")
        << (QByteArrayList {sessionMeta("child", "\"cli\"", R"(,"forked_from_id":"parent")"),
                            sessionMeta("parent"), ctx}
            + replay + QByteArrayList {tokenCount(ts(1), usage(3500, 1300, 350, 20), {})})
        << QStringLiteral("IIIIIIE") << QStringList {expect("10:00:01.000", "gpt-5-codex", 200, 300, 50, 20)};
    QTest::newRow("same-second snapshots of an ordinary session all count")
        << (QByteArrayList {meta, ctx} + replay) << QStringLiteral("IIEEE")
        << QStringList {expect("10:00:00.100", "gpt-5-codex", 1000, 0, 100, 0),
                        expect("10:00:00.200", "gpt-5-codex", 500, 500, 100, 0),
                        expect("10:00:00.900", "gpt-5-codex", 500, 500, 100, 0)};

    QTest::newRow("no timestamp: nothing now, the next snapshot carries the tokens")
        << QByteArrayList {meta, ctx, tokenCount({}, usage(1000, 200, 300, 100), {}),
                           tokenCount(ts(9), usage(1500, 300, 400, 100), {})}
        << QStringLiteral("IINE") << QStringList {expect("10:00:09.000", "gpt-5-codex", 1200, 300, 400, 100)};
    QTest::newRow("unparseable timestamp")
        << QByteArrayList {meta, tokenCount("yesterday", usage(10, 0, 1, 0), {})} << QStringLiteral("IN")
        << QStringList {};
    QTest::newRow("timestamp without a zone")
        << QByteArrayList {meta, tokenCount("2026-05-14T10:00:05.000", usage(10, 0, 1, 0), {})}
        << QStringLiteral("IN") << QStringList {};
    QTest::newRow("timestamp with an offset and a short fraction")
        << QByteArrayList {meta, ctx, tokenCount("2026-05-14T12:00:05.5+02:00", usage(10, 0, 1, 0), {})}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.500", "gpt-5-codex", 10, 0, 1, 0)};
    QTest::newRow("timestamp with microseconds and a negative offset")
        << QByteArrayList {meta, ctx, tokenCount("2026-05-14T04:30:05.123456-0530", usage(10, 0, 1, 0), {})}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.123", "gpt-5-codex", 10, 0, 1, 0)};

    QTest::newRow("truncated token_count line is malformed") << QByteArrayList {
        meta, ctx,
        R"({"timestamp":"2026-05-14T10:00:05.000Z","type":"event_msg","payload":{"type":"token_)"
        R"(count","info":{"total_token_usage":{"input_tokens":10)",
        tokenCount(
            ts(6), usage(10, 0, 1, 0),
            {})} << QStringLiteral("IIME") << QStringList {expect("10:00:06.000", "gpt-5-codex", 10, 0, 1, 0)};
    QTest::newRow("trailing garbage after the object is malformed")
        << QByteArrayList {meta, ctx, tokenCount(ts(5), usage(10, 0, 1, 0), {}) + " }x"}
        << QStringLiteral("IIM") << QStringList {};
    QTest::newRow("syntax error in a part the parser does not need is malformed")
        << QByteArrayList {meta, ctx,
                           tokenCount(ts(5), usage(10, 0, 1, 0), {},
                                      R"(,"extra":{"flag":tru,"list":[1,2,]})")}
        << QStringLiteral("IIM") << QStringList {};
    QTest::newRow("irrelevant truncated line is not even parsed")
        << QByteArrayList {meta, ctx,
                           R"({"timestamp":"2026-05-14T10:00:05.000Z","type":"response_item","payl)"}
        << QStringLiteral("III") << QStringList {};
    QTest::newRow("spaces around colons and commas")
        << QByteArrayList {meta, ctx,
                           R"({ "timestamp" : "2026-05-14T10:00:05.000Z" , "type" : "event_msg" , "payload" : )"
                           R"({ "type" : "token_count" , "info" : { "total_token_usage" : { "input_tokens" : 1000 , )"
                           R"("cached_input_tokens" : 200 , "output_tokens" : 300 , "reasoning_output_tokens" : 100 )"
                           R"(} } } }	)"}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 800, 200, 300, 100)};
    QTest::newRow("keys in any order")
        << QByteArrayList {meta, ctx,
                           R"({"payload":{"info":{"total_token_usage":{"output_tokens":300,"input_tokens":1000,)"
                           R"("reasoning_output_tokens":100,"cached_input_tokens":200}},"type":"token_count"},)"
                           R"("type":"event_msg","timestamp":"2026-05-14T10:00:05.000Z"})"}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 800, 200, 300, 100)};
    QTest::newRow("integral numbers written as 100.0")
        << QByteArrayList {meta, ctx,
                           tokenCount(
                               ts(5),
                               R"({"input_tokens":1000.0,"cached_input_tokens":200.0,"output_tokens":300.0,)"
                               R"("reasoning_output_tokens":1e2,"total_tokens":1300.0})",
                               {})}
        << QStringLiteral("IIE") << QStringList {expect("10:00:05.000", "gpt-5-codex", 800, 200, 300, 100)};
    QTest::newRow("UTF-8 BOM at the start of the first line")
        << QByteArrayList {"\xEF\xBB\xBF"
                           + tokenCount(ts(5), usage(1000, 200, 300, 100), {}, R"(,"model":"gpt-5")")}
        << QStringLiteral("E") << QStringList {expect("10:00:05.000", "gpt-5", 800, 200, 300, 100)};
    QTest::newRow("token_count as a string value in another event type")
        << QByteArrayList {meta, ctx,
                           R"({"timestamp":"2026-05-14T10:00:05.000Z","type":"event_msg","payload":)"
                           R"({"type":"agent_message","message":"token_count"}})"}
        << QStringLiteral("III") << QStringList {};
    QTest::newRow("escaped token_count inside tool output is not parsed")
        << QByteArrayList {meta, ctx,
                           R"({"timestamp":"2026-05-14T10:00:05.000Z","type":"response_item","payload":)"
                           "{\"type\":\"function_call_output\",\"output\":\"{\\\"type\\\":\\\"token_"
                           "count\\\"}\"}}"}
        << QStringLiteral("III") << QStringList {};
    QTest::newRow("negative count makes the usage object unusable")
        << QByteArrayList {meta, ctx,
                           tokenCount(ts(5),
                                      R"({"input_tokens":-5,"cached_input_tokens":0,"output_tokens":1})", {})}
        << QStringLiteral("III") << QStringList {};
}

} // namespace

class TestCodexParser : public QObject
{
    Q_OBJECT
private slots:
    void feedLine_data() { addQuirkRows(); }
    void feedLine()
    {
        QFETCH(QByteArrayList, lines);
        QFETCH(QString, outcomes);
        QFETCH(QStringList, events);
        CodexRolloutParser parser(kFileName);
        std::vector<UsageEvent> out;
        QString seen;
        for (const QByteArray &line : lines)
            seen += outcomeChar(parser.feedLine(std::string_view(line.data(), size_t(line.size())), out));
        QStringList described;
        for (const UsageEvent &e : out)
            described << describe(e);
        QCOMPARE(seen, outcomes);
        QCOMPARE(described, events);
    }

    void eventIdentity()
    {
        CodexRolloutParser parser(kFileName);
        std::vector<UsageEvent> out;
        const QByteArray meta = "\xEF\xBB\xBF" + sessionMeta("0196c6a2-aaaa-7bbb-8ccc-dddddddddddd");
        QCOMPARE(parser.feedLine(std::string_view(meta.constData(), size_t(meta.size())), out),
                 Outcome::Ignored);
        const QByteArray line
            = tokenCount(ts(5), usage(1000, 200, 300, 100), {}, R"(,"model":"gpt-5-codex")");
        QCOMPARE(parser.feedLine(std::string_view(line.constData(), size_t(line.size())), out),
                 Outcome::Event);
        QCOMPARE(out.size(), size_t(1));
        const UsageEvent &e = out.front();
        QCOMPARE(e.source, QStringLiteral("codex"));
        QCOMPARE(e.sessionId, QStringLiteral("0196c6a2-aaaa-7bbb-8ccc-dddddddddddd"));
        QCOMPARE(e.project, QStringLiteral("/home/dev/code/app"));
        QCOMPARE(e.gitBranch, QStringLiteral("feature/parser"));
        QCOMPARE(
            e.eventKey,
            QByteArray("0196c6a2-aaaa-7bbb-8ccc-dddddddddddd:2026-05-14T10:00:05.000Z:1000:200:300:100"));
        QCOMPARE(e.timestampMs, qint64(1778752805000));
        QCOMPARE(e.basis, CostBasis::Priced);
        QCOMPARE(e.cost, MicroUsd(0));
        QCOMPARE(e.fast, false);
        QCOMPARE(e.tokens.cacheWrite(), qint64(0));
    }

    void sessionIdFallsBackToFileName()
    {
        CodexRolloutParser parser(QStringLiteral("/x/sessions/2026/05/14/") + kFileName);
        std::vector<UsageEvent> out;
        const QByteArray line = tokenCount(ts(5), usage(10, 0, 1, 0), {});
        QCOMPARE(parser.feedLine(std::string_view(line.constData(), size_t(line.size())), out),
                 Outcome::Event);
        QCOMPARE(out.front().sessionId, QStringLiteral("0196c6a2-7f3e-7a10-9c2e-4b8d1e6f5a21"));
        QCOMPARE(out.front().eventKey,
                 QByteArray("0196c6a2-7f3e-7a10-9c2e-4b8d1e6f5a21:2026-05-14T10:00:05.000Z:10:0:1:0"));
        QVERIFY(out.front().project.isEmpty());
    }

    void fixtureFile()
    {
        const QByteArrayList lines = readLines(kFixture);
        QCOMPARE(lines.size(), 22);
        CodexRolloutParser parser(kFileName);
        const Run run = feedAll(parser, lines);
        QCOMPARE(run.outcomes, QStringLiteral("IIIIIIIEIIMEIIENEEEEII"));
        std::vector<UsageEvent> out;
        CodexRolloutParser again(kFileName);
        for (const QByteArray &line : lines)
            again.feedLine(std::string_view(line.constData(), size_t(line.size())), out);
        QStringList described;
        for (const UsageEvent &e : out)
            described << describe(e);
        QCOMPARE(described,
                 (QStringList {expect("10:00:09.500", "gpt-5-codex", 2000, 6000, 300, 120),
                               expect("10:00:15.250", "gpt-5-codex", 1000, 8000, 350, 150),
                               expect("10:01:20.125", "gpt-5.1-codex", 2000, 8000, 350, 130),
                               expect("10:01:40.000", "gpt-5.1-codex", 5000, 18000, 900, 300),
                               expect("10:02:00.000", "gpt-5.1-codex-max", 2000, 9000, 400, 150),
                               expect("10:02:30.000", "gpt-5.1-codex", 3000, 9000, 500, 200),
                               expect("10:03:00.000", "gpt-5.1-codex", 2000, 6000, 300, 100)}));
        QCOMPARE(out.front().sessionId, QStringLiteral("0196c6a2-7f3e-7a10-9c2e-4b8d1e6f5a21"));
        QCOMPARE(out.front().project, QStringLiteral("/home/dev/code/parser"));
        QCOMPARE(out.front().gitBranch, QStringLiteral("main"));
    }

    void saveRestore_data()
    {
        addQuirkRows();
        QTest::newRow("fixture file") << readLines(kFixture) << QString() << QStringList();
    }
    // Stopping after any line and resuming from the saved state must not change the output.
    void saveRestore()
    {
        QFETCH(QByteArrayList, lines);
        QVERIFY(!lines.isEmpty());
        CodexRolloutParser whole(kFileName);
        const Run expected = feedAll(whole, lines);

        for (qsizetype split = 0; split <= lines.size(); ++split) {
            CodexRolloutParser first(kFileName);
            Run run = feedAll(first, lines, 0, split);
            const QByteArray state = first.saveState();
            QVERIFY2(state.size() < 256, state.toHex().constData());
            CodexRolloutParser second(kFileName);
            QVERIFY(second.restoreState(state));
            const Run rest = feedAll(second, lines, split);
            run.outcomes += rest.outcomes;
            run.events += rest.events;
            QCOMPARE(run.outcomes, expected.outcomes);
            QCOMPARE(run.events, expected.events);
        }

        // A fresh parser after every single line.
        Run chained;
        QByteArray state = CodexRolloutParser(kFileName).saveState();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            CodexRolloutParser parser(kFileName);
            QVERIFY(parser.restoreState(state));
            const Run step = feedAll(parser, lines, i, i + 1);
            chained.outcomes += step.outcomes;
            chained.events += step.events;
            state = parser.saveState();
        }
        QCOMPARE(chained.outcomes, expected.outcomes);
        QCOMPARE(chained.events, expected.events);
    }

    void restoreRejectsForeignState_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("junk") << QByteArray("not a parser state");
        QByteArray wrongVersion = CodexRolloutParser(kFileName).saveState();
        wrongVersion[0] = char(99);
        QTest::newRow("other version") << wrongVersion;
        QByteArray truncated = CodexRolloutParser(kFileName).saveState();
        truncated.chop(3);
        QTest::newRow("truncated") << truncated;
    }
    void restoreRejectsForeignState()
    {
        QFETCH(QByteArray, state);
        CodexRolloutParser parser(kFileName);
        QVERIFY(!parser.restoreState(state));
        // It starts afresh, keeping the file-name session id.
        std::vector<UsageEvent> out;
        const QByteArray line = tokenCount(ts(5), usage(10, 0, 1, 0), {});
        QCOMPARE(parser.feedLine(std::string_view(line.constData(), size_t(line.size())), out),
                 Outcome::Event);
        QCOMPARE(out.front().sessionId, QStringLiteral("0196c6a2-7f3e-7a10-9c2e-4b8d1e6f5a21"));
        QCOMPARE(describe(out.front()), expect("10:00:05.000", "gpt-5", 10, 0, 1, 0, true));
    }

    // The generator's own ground truth, per UTC day × model, must come out exactly.
    void generatedCorpusMatchesManifest()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        if (!QFile::exists(QStringLiteral(TOKENWISE_SHARED_DIR "/tools/gen_codex_logs.py")))
            QSKIP("the shared corpus generator (../shared/tools) is not beside this checkout");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess gen;
        gen.start(python,
                  {QStringLiteral(TOKENWISE_SHARED_DIR "/tools/gen_codex_logs.py"), QStringLiteral("--out"),
                   dir.path(), QStringLiteral("--sessions"), QStringLiteral("24"),
                   QStringLiteral("--turns-per-session"), QStringLiteral("12"), QStringLiteral("--days"),
                   QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY(gen.waitForFinished(90'000));
        QVERIFY2(gen.exitStatus() == QProcess::NormalExit && gen.exitCode() == 0,
                 gen.readAllStandardError().constData());

        QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        const QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();

        const QStringList files = codexRolloutFiles(dir.path());
        QCOMPARE(qint64(files.size()), counts.value(QStringLiteral("session_files")).toInteger());

        // input incl. cached, cached, output incl. reasoning, reasoning, total, events: the manifest's order.
        using Vector = std::array<qint64, 6>;
        QMap<QString, QMap<QString, Vector>> actual;
        QMap<Outcome, int> outcomes;
        for (const QString &path : files) {
            const QByteArrayList lines = readLines(path);
            CodexRolloutParser parser(path);
            std::vector<UsageEvent> out;
            for (const QByteArray &line : lines)
                ++outcomes[parser.feedLine(std::string_view(line.constData(), size_t(line.size())), out)];
            for (const UsageEvent &e : out) {
                Vector &v = actual[QDateTime::fromMSecsSinceEpoch(e.timestampMs, Qt::UTC)
                                       .date()
                                       .toString(Qt::ISODate)][e.model];
                const qint64 input = e.tokens.input + e.tokens.cacheRead;
                v[0] += input;
                v[1] += e.tokens.cacheRead;
                v[2] += e.tokens.output;
                v[3] += e.tokens.reasoning;
                v[4] += input + e.tokens.output;
                v[5] += 1;
                QVERIFY(!e.fallbackModel);
            }
        }
        QCOMPARE(qint64(outcomes.value(Outcome::Event)),
                 counts.value(QStringLiteral("token_count_events")).toInteger());
        QCOMPARE(outcomes.value(Outcome::NoTimestamp), 0);
        QCOMPARE(outcomes.value(Outcome::Malformed), 0);

        QMap<QString, QMap<QString, Vector>> expected;
        const QJsonObject daily = manifest.value(QStringLiteral("daily_utc_by_model")).toObject();
        qint64 totalTokens = 0;
        int cells = 0;
        for (auto day = daily.begin(); day != daily.end(); ++day) {
            const QJsonObject models = day.value().toObject();
            for (auto model = models.begin(); model != models.end(); ++model) {
                const QJsonArray a = model.value().toArray();
                expected[day.key()][model.key()] = {a[0].toInteger(), a[1].toInteger(), a[2].toInteger(),
                                                    a[3].toInteger(), a[4].toInteger(), a[6].toInteger()};
                totalTokens += a[4].toInteger();
                ++cells;
            }
        }
        QVERIFY(cells >= 5);
        for (auto day = expected.cbegin(); day != expected.cend(); ++day) {
            for (auto model = day->cbegin(); model != day->cend(); ++model) {
                const Vector got = actual.value(day.key()).value(model.key());
                for (size_t i = 0; i < got.size(); ++i)
                    QVERIFY2(got[i] == model.value()[i],
                             qPrintable(QStringLiteral("%1 %2 field %3: %4 != %5")
                                            .arg(day.key(), model.key())
                                            .arg(i)
                                            .arg(got[i])
                                            .arg(model.value()[i])));
            }
        }
        QCOMPARE(actual, expected);
        qInfo("corpus: %d files, %d day x model cells, %lld tokens matched", int(files.size()), cells,
              totalTokens);

        // Resuming after every line on a real-shaped file gives the same events.
        const QByteArrayList lines = readLines(files.first());
        CodexRolloutParser whole(files.first());
        const Run expectedRun = feedAll(whole, lines);
        Run chained;
        QByteArray state = CodexRolloutParser(files.first()).saveState();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            CodexRolloutParser parser(files.first());
            QVERIFY(parser.restoreState(state));
            const Run step = feedAll(parser, lines, i, i + 1);
            chained.outcomes += step.outcomes;
            chained.events += step.events;
            state = parser.saveState();
        }
        QCOMPARE(chained.outcomes, expectedRun.outcomes);
        QCOMPARE(chained.events, expectedRun.events);
    }

    void rolloutFiles()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const auto touch = [&home](const QString &relative) {
            const QString path = home.filePath(relative);
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        };
        touch(QStringLiteral("sessions/2026/05/14/rollout-2026-05-14T10-00-00-b.jsonl"));
        touch(QStringLiteral("sessions/2026/05/13/rollout-2026-05-13T09-00-00-a.jsonl"));
        touch(QStringLiteral("sessions/2026/05/13/notes.txt"));
        touch(QStringLiteral("archived_sessions/rollout-2026-05-14T10-00-00-b.jsonl")); // also live: dropped
        touch(QStringLiteral("archived_sessions/rollout-2026-04-01T08-00-00-c.jsonl"));
        touch(QStringLiteral(
            "archived_sessions/old/rollout-2026-03-01T08-00-00-d.jsonl")); // not flat: not listed
        const QStringList expected {
            home.filePath(QStringLiteral("archived_sessions/rollout-2026-04-01T08-00-00-c.jsonl")),
            home.filePath(QStringLiteral("sessions/2026/05/13/rollout-2026-05-13T09-00-00-a.jsonl")),
            home.filePath(QStringLiteral("sessions/2026/05/14/rollout-2026-05-14T10-00-00-b.jsonl")),
        };
        QCOMPARE(codexRolloutFiles(home.path()), expected);
        QCOMPARE(codexRolloutFiles(home.filePath(QStringLiteral("missing"))), QStringList());
    }

    void codexHomeFromEnvironment()
    {
        qputenv("CODEX_HOME", "/srv/codex-home");
        QCOMPARE(codexHome(), QStringLiteral("/srv/codex-home"));
        qunsetenv("CODEX_HOME");
        QCOMPARE(codexHome(), QDir::home().filePath(QStringLiteral(".codex")));
    }

    void fastTier_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("fast");
        QTest::newRow("fast") << QByteArray("model = \"gpt-5-codex\"\nservice_tier = \"fast\"\n") << true;
        QTest::newRow("priority, single quotes, comment")
            << QByteArray("service_tier='priority' # paid\n") << true;
        QTest::newRow("flex") << QByteArray("service_tier = \"flex\"\n") << false;
        QTest::newRow("inside a table is not top-level")
            << QByteArray("model = \"gpt-5\"\n[profiles.quick]\nservice_tier = \"fast\"\n") << false;
        QTest::newRow("commented out") << QByteArray("# service_tier = \"fast\"\n") << false;
        QTest::newRow("other key with the same prefix") << QByteArray("service_tier_x = \"fast\"\n") << false;
        QTest::newRow("no file") << QByteArray() << false;
    }
    void fastTier()
    {
        QFETCH(QByteArray, config);
        QFETCH(bool, fast);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        if (!config.isNull()) {
            QFile file(home.filePath(QStringLiteral("config.toml")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(config);
        }
        QCOMPARE(codexFastTier(home.path()), fast);
    }
};

QTEST_GUILESS_MAIN(TestCodexParser)
#include "test_codex_parser.moc"
