// Cline, Roo Code and Kilo Code: task folders under a private HOME's VS Code global storage, read whole when
// they change; the Roo tokensIn rule, copies under two flavours, the new Cline store, and no prompt text.
#include "AgentTestSupport.h"
#include "sources/local/LocalSourceRegistry.h"
#include "sources/local/vscode_tasks/VscodeTask.h"
#include "store/SqliteLedger.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace tokenwise;
using namespace agenttest;

namespace {

const QString kCline = QStringLiteral("cline");
const QString kRoo = QStringLiteral("roo-code");
const QString kKilo = QStringLiteral("kilo-code");

const char *extensionOf(const QString &source)
{
    return source == kCline ? "saoudrizwan.claude-dev"
                            : (source == kRoo ? "rooveterinaryinc.roo-cline" : "kilocode.kilo-code");
}

// <config>/<app>/User/globalStorage/<extension>/tasks/<task>/
QString taskDir(const QString &source, const QString &task, const QString &app = QStringLiteral("Code"))
{
    return QDir::homePath() + QStringLiteral("/.config/") + app + QStringLiteral("/User/globalStorage/")
        + QLatin1String(extensionOf(source)) + QStringLiteral("/tasks/") + task + QLatin1Char('/');
}

// One api_req_started entry; `info` is the object its text holds.
QByteArray request(qint64 ts, const QByteArray &info, const QByteArray &extra = {})
{
    QByteArray text = info;
    text.replace('"', "\\\"");
    return "{\"ts\":" + QByteArray::number(ts) + ",\"type\":\"say\",\"say\":\"api_req_started\"" + extra
        + ",\"text\":\"" + text + "\"}";
}

QByteArray uiMessages(const QList<QByteArray> &entries)
{
    return '[' + entries.join(',') + ']';
}

QByteArray counts(qint64 in, qint64 out, qint64 writes, qint64 reads, const char *cost = nullptr)
{
    QByteArray info = "{\"tokensIn\":" + QByteArray::number(in) + ",\"tokensOut\":" + QByteArray::number(out)
        + ",\"cacheWrites\":" + QByteArray::number(writes) + ",\"cacheReads\":" + QByteArray::number(reads);
    if (cost)
        info += ",\"cost\":" + QByteArray(cost);
    return info + '}';
}

constexpr qint64 kDay = 86400000;
constexpr qint64 kJan1 = 1767225600000; // 2026-01-01T00:00:00Z

void copyFixtureDir(const QString &from, const QString &to)
{
    QDirIterator it(fixture(from), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY(writeFile(to + QDir(fixture(from)).relativeFilePath(path),
                          readFixture(from + QLatin1Char('/') + QDir(fixture(from)).relativeFilePath(path))));
    }
}

} // namespace

class TestVscodeTasks : public QObject
{
    Q_OBJECT

    std::optional<PriceBook> m_prices;

    SourceScanStatus ingest(Ledger &ledger, const QString &source)
    {
        return ingestSource(ledger, *m_prices, source);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        for (const char *name :
             {"XDG_CONFIG_HOME", "CLINE_DATA_DIR", "CLINE_DIR", "CLINE_SESSION_DATA_DIR", "APPDATA"})
            qunsetenv(name);
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        m_prices = std::move(*prices);
        QCOMPARE(findLocalSource(kCline)->displayName(), QStringLiteral("Cline"));
        QCOMPARE(findLocalSource(kRoo)->displayName(), QStringLiteral("Roo Code"));
        QCOMPARE(findLocalSource(kKilo)->displayName(), QStringLiteral("Kilo Code"));
        QCOMPARE(findLocalSource(kRoo)->updateStyle(), FileUpdateStyle::Rewrite);
    }

    void init()
    {
        QDir(QDir::homePath() + QStringLiteral("/.config")).removeRecursively();
        QDir(QDir::homePath() + QStringLiteral("/.cline")).removeRecursively();
    }

    // The shared sample under the Roo path. Dated 2026-02-18, after Roo made tokensIn the total input, and
    // 100 ≥ 20 + 5: input 100 − 20 − 5 = 75, output 50, cache write 5, cache read 20; the recorded $0.12 is
    // the cost (claude-sonnet-4 is not in the price table, and need not be).
    void sharedSampleUnderRoo()
    {
        copyFixtureDir(QStringLiteral("roo-code/tasks"), taskDir(kRoo, QString()));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger, kRoo);
        QCOMPARE(status.files, 1);
        QCOMPARE(status.malformed, 0);
        const QMap<QString, Stored> all = stored(ledger, kRoo);
        QCOMPARE(all.size(), 1);
        const Stored day = all.value(QStringLiteral("2026-02-18 claude-sonnet-4"));
        QCOMPARE(day.events, 1);
        QCOMPARE(day.tokens, tokens(75, 50, 20, 5));
        QCOMPARE(day.cost, 120000);
        QCOMPARE(day.bases, QStringList {QStringLiteral("recorded")});
        QVERIFY(ledger.tasks().contains(kRoo + QStringLiteral("\ntask-abc")));
        QCOMPARE(ingest(ledger, kKilo).files, 0); // another extension's folder
        QCOMPARE(ingest(ledger, kCline).files, 0);
    }

    // Cline: the model of each request from task_metadata.json's model_usage (sonnet, then haiku from
    // ts 1767225800000); a request without a cost priced from its tokens; partial entries and placeholders
    // skipped; a cancelled request counted with what it recorded; tokensIn taken as uncached.
    void clineModelSwitchMidTask()
    {
        copyFixtureDir(QStringLiteral("cline/tasks"), taskDir(kCline, QString()));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger, kCline);
        QCOMPARE(status.files, 1);
        QCOMPARE(status.malformed, 0);
        QCOMPARE(status.candidateEvents, 4);
        const QMap<QString, Stored> all = stored(ledger, kCline);
        QCOMPARE(all.size(), 2);
        // 10 + 5 in, 200 + 100 out, 3000 + 500 written, 0 + 3000 read; $0.0123 + $0.004 recorded.
        const Stored sonnet = all.value(QStringLiteral("2026-01-01 claude-sonnet-4-5-20250929"));
        QCOMPARE(sonnet.events, 2);
        QCOMPARE(sonnet.tokens, tokens(15, 300, 3000, 3500));
        QCOMPARE(sonnet.cost, 16300);
        // 7 in, 50 out priced (7 × $1/M + 50 × $5/M = 257 µ$) + the cancelled 3 in, 20 out, 1000 read: 500
        // µ$.
        const Stored haiku = all.value(QStringLiteral("2026-01-01 claude-haiku-4-5-20251001"));
        QCOMPARE(haiku.events, 2);
        QCOMPARE(haiku.tokens, tokens(10, 70, 1000));
        QCOMPARE(haiku.cost, 757);
        QVERIFY(haiku.bases.contains(QStringLiteral("priced"))
                && haiku.bases.contains(QStringLiteral("recorded")));
        const TaskInfo task = ledger.tasks().value(kCline + QStringLiteral("\n1767225600000"));
        QCOMPARE(task.cwd, QStringLiteral("/home/dev/webapp"));
        QVERIFY(task.title.isEmpty());
    }

    void modelAtPicksTheLatestEarlierEntry()
    {
        const QList<vscodetasks::ModelUse> usage {{100, QStringLiteral("a")}, {200, QStringLiteral("b")}};
        QCOMPARE(vscodetasks::modelAt(usage, 50), QStringLiteral("a")); // before the first: the first
        QCOMPARE(vscodetasks::modelAt(usage, 100), QStringLiteral("a"));
        QCOMPARE(vscodetasks::modelAt(usage, 199), QStringLiteral("a"));
        QCOMPARE(vscodetasks::modelAt(usage, 200), QStringLiteral("b"));
        QCOMPARE(vscodetasks::modelAt({}, 200), QString());
    }

    // Roo's tokensIn is the total input from 2025-10-31T00:00Z on: the same entry one millisecond before
    // keeps tokensIn as is (1000), at the instant loses its cache (1000 − 300 − 200 = 500); a later entry
    // whose tokensIn is below its cache counts cannot be a total and is kept (100). Cline's is never changed.
    void rooTokensInAroundTheDate()
    {
        constexpr qint64 rule = vscodetasks::kRooTotalInputFromMs;
        QCOMPARE(rule, QDateTime(QDate(2025, 10, 31), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        const QByteArray doc = uiMessages({request(rule - 1, counts(1000, 10, 200, 300, "0.01")),
                                           request(rule, counts(1000, 10, 200, 300, "0.01")),
                                           request(rule + kDay, counts(100, 10, 200, 300, "0.01"))});
        QVERIFY(writeFile(taskDir(kRoo, QStringLiteral("t1")) + QStringLiteral("ui_messages.json"), doc));
        // History totals are the task's sums, never added to the requests.
        QVERIFY(
            writeFile(taskDir(kRoo, QStringLiteral("t1")) + QStringLiteral("history_item.json"),
                      R"({"id":"t1","tokensIn":99999,"tokensOut":99999,"totalCost":99,"workspace":"/w"})"));
        QVERIFY(writeFile(taskDir(kCline, QStringLiteral("t1")) + QStringLiteral("ui_messages.json"), doc));
        MemoryLedger ledger;
        ingest(ledger, kRoo);
        ingest(ledger, kCline);
        const QMap<QString, Stored> roo = stored(ledger, kRoo);
        QCOMPARE(roo.value(QStringLiteral("2025-10-30 ")).tokens, tokens(1000, 10, 300, 200));
        QCOMPARE(roo.value(QStringLiteral("2025-10-31 ")).tokens, tokens(500, 10, 300, 200));
        QCOMPARE(roo.value(QStringLiteral("2025-11-01 ")).tokens, tokens(100, 10, 300, 200));
        QCOMPARE(roo.value(QStringLiteral("2025-10-31 ")).cost, 10000);
        const QMap<QString, Stored> cline = stored(ledger, kCline);
        QCOMPARE(cline.value(QStringLiteral("2025-10-31 ")).tokens, tokens(1000, 10, 300, 200));
        QCOMPARE(ledger.tasks().value(kRoo + QStringLiteral("\nt1")).cwd, QStringLiteral("/w"));
    }

    // Kilo Code, a Roo fork: the same rule, for the openai protocol too (its prompt count includes the
    // cache).
    void kiloOpenAiAndAnthropic()
    {
        copyFixtureDir(QStringLiteral("kilo-code/tasks"), taskDir(kKilo, QString()));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger, kKilo).candidateEvents, 2);
        const Stored day = stored(ledger, kKilo).value(QStringLiteral("2026-01-02 claude-sonnet-4-5"));
        // openai 12000 − 10000 = 2000 in, 800 out, 10000 read, $0.015; anthropic 1000 − 400 − 500 = 100 in,
        // 10 out, 400 written, 500 read, 300 + 150 + 1500 + 150 = 2100 µ$.
        QCOMPARE(day.tokens, tokens(2100, 810, 10500, 400));
        QCOMPARE(day.cost, 17100);
        QCOMPARE(ledger.tasks().value(kKilo + QStringLiteral("\n1767312000000")).cwd,
                 QStringLiteral("/home/dev/service"));
    }

    // A rewrite with one more request adds only that one; a document caught mid-write counts as malformed
    // and is read again when complete; an entry whose text is not JSON is one malformed record, the rest
    // read.
    void rewritesCountNothingTwice()
    {
        const QString path = taskDir(kRoo, QStringLiteral("t2")) + QStringLiteral("ui_messages.json");
        const QByteArray first = request(kJan1, counts(100, 10, 0, 0, "0.001"));
        QVERIFY(writeFile(path, uiMessages({first})));
        MemoryLedger ledger;
        QCOMPARE(ingest(ledger, kRoo).candidateEvents, 1);
        const QByteArray longer = uiMessages({first, request(kJan1 + 1000, "{not json"),
                                              request(kJan1 + 2000, counts(200, 20, 0, 0, "0.002"))});
        QVERIFY(writeFile(path, longer.left(longer.size() / 2)));
        QVERIFY(touchLater(path, 5));
        SourceScanStatus status = ingest(ledger, kRoo);
        QCOMPARE(status.malformed, 1);
        QCOMPARE(status.candidateEvents, 0);
        QVERIFY(writeFile(path, longer));
        QVERIFY(touchLater(path, 10));
        status = ingest(ledger, kRoo);
        QCOMPARE(status.malformed, 1); // the bad text
        QCOMPARE(status.candidateEvents, 2);
        const Stored day = stored(ledger, kRoo).value(QStringLiteral("2026-01-01 "));
        QCOMPARE(day.events, 2);
        QCOMPARE(day.tokens, tokens(300, 30, 0));
        QCOMPARE(day.cost, 3000);
        QCOMPARE(ingest(ledger, kRoo).changedFiles, 0);
        QCOMPARE(ledger.cursors(kRoo).value(path).malformed, 1);
        QCOMPARE(ledger.cursors(kRoo).value(path).events, 2);
    }

    // The same task under Code and Cursor is one task: the newest copy is read, and when the copy that was
    // read first is older, the newer one's extra request is all that is added; a diverged older copy is not
    // read at all.
    void duplicateTaskUnderTwoFlavours()
    {
        const QByteArray one = request(kJan1, counts(100, 10, 0, 0, "0.001"));
        const QByteArray two = request(kJan1 + 1000, counts(200, 20, 0, 0, "0.002"));
        const QString code = taskDir(kCline, QStringLiteral("dup")) + QStringLiteral("ui_messages.json");
        const QString cursor = taskDir(kCline, QStringLiteral("dup"), QStringLiteral("Cursor"))
            + QStringLiteral("ui_messages.json");
        QVERIFY(writeFile(code, uiMessages({one})));
        MemoryLedger ledger;
        ingest(ledger, kCline);
        QVERIFY(writeFile(cursor, uiMessages({one, two})));
        QVERIFY(touchLater(cursor, 60));
        const LocalListing listing = findLocalSource(kCline)->list();
        QCOMPARE(listing.roots.size(), 2);
        QCOMPARE(listing.files.size(), 1);
        QCOMPARE(listing.files.constFirst().path, cursor);
        QCOMPARE(listing.files.constFirst().sessionId, QStringLiteral("dup"));
        ingest(ledger, kCline);
        const Stored day = stored(ledger, kCline).value(QStringLiteral("2026-01-01 "));
        QCOMPARE(day.events, 2);
        QCOMPARE(day.tokens, tokens(300, 30, 0));
        QCOMPARE(day.cost, 3000);

        // Both copies present from the start, the older one diverged at index 1 with larger numbers: only
        // the newer copy is read, so its numbers are the ones stored (the ledger alone would keep the
        // larger).
        const QString older = taskDir(kCline, QStringLiteral("div")) + QStringLiteral("ui_messages.json");
        const QString newer = taskDir(kCline, QStringLiteral("div"), QStringLiteral("Cursor"))
            + QStringLiteral("ui_messages.json");
        QVERIFY(writeFile(older, uiMessages({one, request(kJan1 + 500, counts(5000, 500, 0, 0, "0.5"))})));
        QVERIFY(writeFile(newer, uiMessages({one, two})));
        QVERIFY(touchLater(newer, 60));
        MemoryLedger fresh;
        ingest(fresh, kCline);
        LedgerQuery query;
        query.sources = {kCline};
        TokenCounts div;
        MicroUsd divCost = 0;
        for (const TaskSlice &slice : fresh.taskSlices(query)) {
            if (slice.sessionId == QLatin1String("div")) {
                div += slice.tokens;
                divCost += slice.cost;
            }
        }
        QCOMPARE(div, tokens(300, 30, 0));
        QCOMPARE(divCost, 3000);
    }

    // The new Cline store: each assistant message's metrics (the shared cassette's per-turn numbers).
    void newClineStore()
    {
        copyFixtureDir(QStringLiteral("cline/sessions"),
                       QDir::homePath() + QStringLiteral("/.cline/data/sessions/"));
        MemoryLedger ledger;
        const SourceScanStatus status = ingest(ledger, kCline);
        QCOMPARE(status.files, 1);
        QCOMPARE(status.candidateEvents, 2);
        const Stored day
            = stored(ledger, kCline).value(QStringLiteral("2026-01-03 claude-sonnet-4-5-20250929"));
        QCOMPARE(day.events, 2);
        QCOMPARE(day.tokens, tokens(2500, 65, 1100, 80));
        QCOMPARE(day.cost, 9900);
        QCOMPARE(ledger.tasks().value(kCline + QStringLiteral("\nsess-2026a")).cwd,
                 QStringLiteral("/home/dev/cli-app"));
    }

    // One build stamped the session total on every turn: identical metrics equal to metadata.usage count
    // once. Identical turns that are not the roll-up are real turns and each count.
    void newClineStampedTotalCountsOnce()
    {
        const QString dir = QDir::homePath() + QStringLiteral("/.cline/data/sessions/");
        const QByteArray turn
            = R"({"role":"assistant","ts":1767398401000,"modelInfo":{"id":"claude-sonnet-4-5-20250929","provider":"anthropic"},"metrics":{"inputTokens":2500,"outputTokens":65,"cacheReadTokens":1100,"cacheWriteTokens":80,"cost":0.0099}})";
        const QByteArray messages = R"({"messages":[)" + turn + ',' + turn + ',' + turn + "]}";
        const QByteArray usage
            = R"({"metadata":{"usage":{"inputTokens":2500,"outputTokens":65,"cacheReadTokens":1100,"cacheWriteTokens":80,"totalCost":0.0099}}})";
        QVERIFY(writeFile(dir + QStringLiteral("stamped/stamped.messages.json"), messages));
        QVERIFY(writeFile(dir + QStringLiteral("stamped/stamped.json"), usage));
        QVERIFY(writeFile(dir + QStringLiteral("repeated/repeated.messages.json"), messages));
        QVERIFY(writeFile(
            dir + QStringLiteral("repeated/repeated.json"),
            R"({"metadata":{"usage":{"inputTokens":7500,"outputTokens":195,"cacheReadTokens":3300,"cacheWriteTokens":240,"totalCost":0.0297}}})"));
        MemoryLedger ledger;
        ingest(ledger, kCline);
        LedgerQuery query;
        query.sources = {kCline};
        QHash<QString, TokenCounts> bySession;
        QHash<QString, MicroUsd> costBySession;
        for (const TaskSlice &slice : ledger.taskSlices(query)) {
            bySession[slice.sessionId] += slice.tokens;
            costBySession[slice.sessionId] += slice.cost;
        }
        QCOMPARE(bySession.value(QStringLiteral("stamped")), tokens(2500, 65, 1100, 80));
        QCOMPARE(costBySession.value(QStringLiteral("stamped")), 9900);
        QCOMPARE(bySession.value(QStringLiteral("repeated")), tokens(7500, 195, 3300, 240));
        QCOMPARE(costBySession.value(QStringLiteral("repeated")), 29700);
    }

    // Where it looks: every flavour under $XDG_CONFIG_HOME (else ~/.config), the remote servers, and for
    // Cline the new store at $CLINE_SESSION_DATA_DIR, else $CLINE_DATA_DIR/sessions, else
    // $CLINE_DIR/data/sessions, else ~/.cline/data/sessions. `roots` are the places that exist.
    void environmentOverrides()
    {
        QTemporaryDir xdg, data, root, sessions;
        qputenv("XDG_CONFIG_HOME", xdg.path().toUtf8());
        QVERIFY(writeFile(xdg.path()
                              + QStringLiteral("/VSCodium/User/globalStorage/kilocode.kilo-code/tasks/k1/"
                                               "ui_messages.json"),
                          uiMessages({request(kJan1, counts(1, 1, 0, 0))})));
        LocalListing kilo = findLocalSource(kKilo)->list();
        QCOMPARE(kilo.searched.size(), 9);
        QCOMPARE(kilo.searched.at(0),
                 xdg.path() + QStringLiteral("/Code/User/globalStorage/kilocode.kilo-code/tasks"));
        QVERIFY(kilo.searched.contains(QDir::homePath()
                                       + QStringLiteral("/.vscode-server/data/User/globalStorage/"
                                                        "kilocode.kilo-code/tasks")));
        QVERIFY(kilo.searched.contains(QDir::homePath()
                                       + QStringLiteral("/.vscode-server-insiders/data/User/globalStorage/"
                                                        "kilocode.kilo-code/tasks")));
        QCOMPARE(kilo.roots,
                 QStringList {xdg.path()
                              + QStringLiteral("/VSCodium/User/globalStorage/kilocode.kilo-code/tasks")});
        QCOMPARE(kilo.files.size(), 1);
        QCOMPARE(kilo.files.constFirst().sessionId, QStringLiteral("k1"));
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(findLocalSource(kKilo)->list().searched.at(0),
                 QDir::homePath()
                     + QStringLiteral("/.config/Code/User/globalStorage/kilocode.kilo-code/tasks"));

        const auto clineSessions = [] { return findLocalSource(kCline)->list().searched.constLast(); };
        QCOMPARE(findLocalSource(kCline)->list().searched.size(), 10);
        QCOMPARE(clineSessions(), QDir::homePath() + QStringLiteral("/.cline/data/sessions"));
        qputenv("CLINE_DIR", root.path().toUtf8());
        QCOMPARE(clineSessions(), root.path() + QStringLiteral("/data/sessions"));
        qputenv("CLINE_DATA_DIR", data.path().toUtf8());
        QCOMPARE(clineSessions(), data.path() + QStringLiteral("/sessions"));
        qputenv("CLINE_SESSION_DATA_DIR", sessions.path().toUtf8());
        QCOMPARE(clineSessions(), sessions.path());
        QVERIFY(writeFile(sessions.path() + QStringLiteral("/s1/s1.messages.json"), R"({"messages":[]})"));
        QVERIFY(writeFile(sessions.path() + QStringLiteral("/s1/s1.json"), "{}"));
        QVERIFY(writeFile(sessions.path() + QStringLiteral("/s1/other.messages.json"), "{}"));
        const LocalListing cline = findLocalSource(kCline)->list();
        for (const char *name : {"CLINE_DIR", "CLINE_DATA_DIR", "CLINE_SESSION_DATA_DIR"})
            qunsetenv(name);
        QCOMPARE(cline.roots, QStringList {sessions.path()});
        QCOMPARE(cline.files.size(), 1);
        QCOMPARE(cline.files.constFirst().path, sessions.path() + QStringLiteral("/s1/s1.messages.json"));
        QCOMPARE(cline.files.constFirst().sessionId, QStringLiteral("s1"));
    }

    // Prompt text is never stored: a marker in the user's message, the request text, the history item's task
    // and the new store's messages appears nowhere in the ledger's files; the tasks keep only a folder.
    void noPromptTextInTheLedger()
    {
        const QByteArray marker = "PROMPT-MARKER-9c41e7";
        // "@M@" in a document stands for the marker.
        const auto write = [&](const QString &path, QByteArray document) {
            return writeFile(path, document.replace("@M@", marker));
        };
        const QString roo = taskDir(kRoo, QStringLiteral("p1"));
        QVERIFY(write(
            roo + QStringLiteral("ui_messages.json"),
            uiMessages(
                {R"({"ts":1767225600000,"type":"say","say":"text","text":"@M@"})",
                 request(kJan1 + 1, R"({"request":"<task>@M@</task>","tokensIn":10,"tokensOut":5})")})));
        QVERIFY(write(roo + QStringLiteral("history_item.json"),
                      R"({"id":"p1","task":"@M@","workspace":"/home/dev/p1"})"));
        QVERIFY(write(roo + QStringLiteral("api_conversation_history.json"),
                      R"([{"role":"user","content":[{"type":"text","text":"<task>@M@</task>"},)"
                      R"({"type":"text","text":"<environment_details>\n<model>@M@ words</model>\n)"
                      R"(<model>claude-sonnet-4-5</model>\n</environment_details>"}]}])"));
        const QString cline = taskDir(kCline, QStringLiteral("p2"));
        QVERIFY(write(cline + QStringLiteral("ui_messages.json"),
                      uiMessages({request(kJan1 + 2, R"({"request":"@M@","tokensIn":1})")})));
        QVERIFY(write(
            cline + QStringLiteral("api_conversation_history.json"),
            // One line: moc would take a '#' opening a source line for a directive.
            R"([{"role":"user","content":"@M@\n<environment_details>\n# Current Working Directory (@M@ is here) Files\n</environment_details>"}])"));
        const QString sdk = QDir::homePath() + QStringLiteral("/.cline/data/sessions/p3/");
        QVERIFY(
            write(sdk + QStringLiteral("p3.messages.json"),
                  R"({"messages":[{"role":"user","content":"@M@"},{"role":"assistant","ts":1767225600003,)"
                  R"("content":"@M@","metrics":{"inputTokens":3,"outputTokens":1}}]})"));
        QVERIFY(write(sdk + QStringLiteral("p3.json"), R"({"title":"@M@"})"));

        QTemporaryDir data;
        {
            auto opened = SqliteLedger::open(data.filePath(QStringLiteral("ledger.sqlite")));
            QVERIFY(opened.ok());
            SqliteLedger &ledger = **opened;
            QCOMPARE(ingest(ledger, kRoo).candidateEvents, 1);
            QCOMPARE(ingest(ledger, kCline).candidateEvents, 2);
            const QHash<QString, TaskInfo> tasks = ledger.tasks();
            QCOMPARE(tasks.size(), 3);
            for (const TaskInfo &task : tasks) {
                for (const QString &field : {task.title, task.cwd, task.projectDir, task.gitBranch})
                    QVERIFY2(!field.contains(QLatin1String(marker)), qPrintable(field));
            }
            QCOMPARE(tasks.value(kRoo + QStringLiteral("\np1")).cwd, QStringLiteral("/home/dev/p1"));
            QVERIFY(tasks.value(kCline + QStringLiteral("\np2")).cwd.isEmpty()); // not a path: not kept
            QCOMPARE(stored(ledger, kRoo).value(QStringLiteral("2026-01-01 claude-sonnet-4-5")).events, 1);
        }
        QDirIterator it(data.path(), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestVscodeTasks)
#include "test_vscode_tasks.moc"
