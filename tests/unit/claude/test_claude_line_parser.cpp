// One row per Claude Code line quirk (provider-formats.md §1), with the exact tokens each must yield.
#include "sources/local/claude_code/ClaudeLineParser.h"

#include <QTest>

using namespace tokenwise;
using namespace tokenwise::claude;

Q_DECLARE_METATYPE(ClaudeLineParser::Outcome)

namespace {

QByteArray assistant(const QByteArray &usage, const QByteArray &extra = {},
                     const QByteArray &model = "claude-sonnet-4-5-20250929")
{
    return R"({"parentUuid":"p1","isSidechain":false,"cwd":"/home/a/app","sessionId":"s-1","version":"2.1.20",)"
           R"("gitBranch":"feature/PAY-12-x","type":"assistant","timestamp":"2026-03-11T02:40:22.650Z",)"
           R"("requestId":"req_1",)"
        + extra + R"("message":{"id":"msg_1","type":"message","role":"assistant","model":")" + model
        + R"(","content":[{"type":"text","text":"mentions usage"}],"usage":)" + usage + "}}";
}

} // namespace

class TestClaudeLineParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<ClaudeLineParser::Outcome>("outcome");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("write5m");
        QTest::addColumn<qint64>("write1h");
        QTest::addColumn<qint64>("read");
        QTest::addColumn<bool>("fast");
        QTest::addColumn<QByteArray>("model");

        using O = ClaudeLineParser::Outcome;
        const QByteArray sonnet = "claude-sonnet-4-5-20250929";
        QTest::newRow("breakdown: 5m + 1h writes replace the scalar") << assistant(
            R"({"input_tokens":3,"cache_creation_input_tokens":2285,"cache_read_input_tokens":22137,)"
            R"("cache_creation":{"ephemeral_5m_input_tokens":285,"ephemeral_1h_input_tokens":2000},"output_tokens":159})")
                                                                      << O::Usage << qint64(3) << qint64(159)
                                                                      << qint64(285) << qint64(2000)
                                                                      << qint64(22137) << false << sonnet;
        QTest::newRow("no breakdown: scalar at the 5m rate") << assistant(
            R"({"input_tokens":10,"cache_creation_input_tokens":500,"cache_read_input_tokens":7,"output_tokens":2})")
                                                             << O::Usage << qint64(10) << qint64(2)
                                                             << qint64(500) << qint64(0) << qint64(7) << false
                                                             << sonnet;
        QTest::newRow("missing output_tokens counts as 0")
            << assistant(R"({"input_tokens":10})") << O::Usage << qint64(10) << qint64(0) << qint64(0)
            << qint64(0) << qint64(0) << false << sonnet;
        QTest::newRow("integral numbers written as 100.0")
            << assistant(R"({"input_tokens":100.0,"output_tokens":20.0})") << O::Usage << qint64(100)
            << qint64(20) << qint64(0) << qint64(0) << qint64(0) << false << sonnet;
        QTest::newRow("fast speed") << assistant(R"({"input_tokens":1,"output_tokens":2,"speed":"fast"})", {},
                                                 "claude-opus-4-6")
                                    << O::Usage << qint64(1) << qint64(2) << qint64(0) << qint64(0)
                                    << qint64(0) << true << QByteArray("claude-opus-4-6");
        QTest::newRow("JSON written with spaces") << QByteArray(
            R"({ "type" : "assistant", "timestamp" : "2026-03-11T02:40:22Z", "requestId" : "r", )"
            R"("message" : { "id" : "m", "model" : "claude-haiku-4-5", "usage" : { "input_tokens" : 5 , )"
            R"("output_tokens" : 6 } } })") << O::Usage
                                                  << qint64(5) << qint64(6) << qint64(0) << qint64(0)
                                                  << qint64(0) << false << QByteArray("claude-haiku-4-5");
        QTest::newRow("UTF-8 BOM before the first line")
            << QByteArray("\xEF\xBB\xBF") + assistant(R"({"input_tokens":4,"output_tokens":5})") << O::Usage
            << qint64(4) << qint64(5) << qint64(0) << qint64(0) << qint64(0) << false << sonnet;
        QTest::newRow("synthetic: no model, zero tokens") << assistant(
            R"({"input_tokens":0,"output_tokens":0})", R"("isApiErrorMessage":true,)", "<synthetic>")
                                                          << O::Usage << qint64(0) << qint64(0) << qint64(0)
                                                          << qint64(0) << qint64(0) << false << QByteArray();
        QTest::newRow("progress echo of a sub-agent reply is ignored") << QByteArray(
            R"({"type":"progress","timestamp":"2026-03-11T02:40:22Z","data":{"type":"agent_progress",)"
            R"("message":{"type":"assistant","message":{"id":"m","model":"x","usage":{"input_tokens":9}}}}})")
                                                                       << O::Ignored << qint64(0) << qint64(0)
                                                                       << qint64(0) << qint64(0) << qint64(0)
                                                                       << false << QByteArray();
        QTest::newRow("line cut before any usage is not a usage line")
            << assistant(R"({"input_tokens":3})").left(120) << O::Ignored << qint64(0) << qint64(0)
            << qint64(0) << qint64(0) << qint64(0) << false << QByteArray();
        QTest::newRow("user line without usage is not parsed")
            << QByteArray(R"({"type":"user","message":{"role":"user","content":"hello"}})") << O::Ignored
            << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << false << QByteArray();
        QTest::newRow("line cut after its usage began is malformed")
            << assistant(R"({"input_tokens":3,"output_tokens":4})").chopped(12) << O::Malformed << qint64(0)
            << qint64(0) << qint64(0) << qint64(0) << qint64(0) << false << QByteArray();
        QTest::newRow("junk containing the word usage")
            << QByteArray(R"(not json but "usage" appears)") << O::Malformed << qint64(0) << qint64(0)
            << qint64(0) << qint64(0) << qint64(0) << false << QByteArray();
        QTest::newRow("no timestamp cannot be placed in time") << QByteArray(
            R"({"type":"assistant","message":{"id":"m","model":"claude-haiku-4-5","usage":{"input_tokens":5}}})")
                                                               << O::NoTimestamp << qint64(0) << qint64(0)
                                                               << qint64(0) << qint64(0) << qint64(0) << false
                                                               << QByteArray();
        QTest::newRow("timestamp without a zone cannot be placed in time")
            << assistant(R"({"input_tokens":5})").replace("02:40:22.650Z", "02:40:22.650") << O::NoTimestamp
            << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << false << QByteArray();
    }

    void parse()
    {
        QFETCH(QByteArray, line);
        QFETCH(ClaudeLineParser::Outcome, outcome);
        ClaudeLineParser parser;
        ClaudeUsageLine usage;
        std::string title;
        QCOMPARE(parser.parse(std::string_view(line.constData(), size_t(line.size())), usage, title),
                 outcome);
        if (outcome != ClaudeLineParser::Outcome::Usage)
            return;
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        QFETCH(qint64, write5m);
        QFETCH(qint64, write1h);
        QFETCH(qint64, read);
        QFETCH(bool, fast);
        QFETCH(QByteArray, model);
        QCOMPARE(usage.tokens.input, input);
        QCOMPARE(usage.tokens.output, output);
        QCOMPARE(usage.tokens.cacheWrite5m, write5m);
        QCOMPARE(usage.tokens.cacheWrite1h, write1h);
        QCOMPARE(usage.tokens.cacheRead, read);
        QCOMPARE(usage.fast, fast);
        QCOMPARE(QByteArray::fromStdString(usage.model), model);
    }

    void envelopeFields()
    {
        ClaudeLineParser parser;
        ClaudeUsageLine usage;
        std::string title;
        const QByteArray line
            = assistant(R"({"input_tokens":1,"output_tokens":1})", R"("isSidechain":true,)");
        QCOMPARE(parser.parse(std::string_view(line.constData(), size_t(line.size())), usage, title),
                 ClaudeLineParser::Outcome::Usage);
        QCOMPARE(usage.messageId, std::string("msg_1"));
        QCOMPARE(usage.requestId, std::string("req_1"));
        QCOMPARE(usage.cwd, std::string("/home/a/app"));
        QCOMPARE(usage.gitBranch, std::string("feature/PAY-12-x"));
        QCOMPARE(usage.timestampMs, qint64(1773196822650)); // 2026-03-11T02:40:22.650Z
        QVERIFY(usage.sidechain); // the later duplicate key wins, as in JSON.parse
    }

    void summaryLineGivesTitle()
    {
        ClaudeLineParser parser;
        ClaudeUsageLine usage;
        std::string title;
        const QByteArray line = R"({"type":"summary","summary":"Refund webhook retries","leafUuid":"u1"})";
        QCOMPARE(parser.parse(std::string_view(line.constData(), size_t(line.size())), usage, title),
                 ClaudeLineParser::Outcome::Title);
        QCOMPARE(title, std::string("Refund webhook retries"));
    }
};

QTEST_GUILESS_MAIN(TestClaudeLineParser)
#include "test_claude_line_parser.moc"
