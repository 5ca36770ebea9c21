// The weekly summary fixture ledger and price table.
#include "SummaryFixture.h"

#include <QDateTime>

namespace tokenwise::test {

namespace {

struct Spec
{
    const char *source;
    const char *session;
    const char *model;
    const char *at;
    MicroUsd cost;
    TokenCounts tokens;
    CostBasis basis = CostBasis::Priced;
};

TokenCounts tokens(qint64 input, qint64 output, qint64 write5m, qint64 write1h, qint64 read)
{
    TokenCounts t;
    t.input = input;
    t.output = output;
    t.cacheWrite5m = write5m;
    t.cacheWrite1h = write1h;
    t.cacheRead = read;
    return t;
}

} // namespace

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

void fillLedger(MemoryLedger &ledger)
{
    const char *cc = source::claudeCode;
    const char *codex = source::codex;
    const Spec specs[] = {
        // W13
        {cc, "s-refunds", "claude-opus-4-6", "2026-03-23T08:00:00Z", 4'000'000,
         tokens(1000, 20000, 50000, 0, 400000)},
        {cc, "s-refunds", "claude-opus-4-6", "2026-03-24T09:00:00Z", 2'500'000,
         tokens(500, 10000, 0, 0, 300000)},
        {codex, "c-ledger", "gpt-5-codex", "2026-03-25T13:00:00Z", 1'250'000,
         tokens(100000, 5000, 0, 0, 200000)},
        {cc, "s-docs", "claude-sonnet-4-5-20250929", "2026-03-28T23:30:00Z", 750'000,
         tokens(200, 3000, 0, 10000, 100000)},
        {cc, "s-docs", "claude-sonnet-4-5-20250929", "2026-03-29T21:30:00Z", 250'000,
         tokens(100, 1000, 0, 0, 50000)},
        {cc, "s-kimi", "kimi-k2", "2026-03-22T23:10:00Z", 0, tokens(5000, 1000, 0, 0, 0),
         CostBasis::Unpriced},
        // W14: Monday 00:15 local
        {cc, "s-docs", "claude-sonnet-4-5-20250929", "2026-03-29T22:15:00Z", 9'000'000,
         tokens(10, 10, 0, 0, 0)},
        // W12 and before
        {cc, "s-docs", "claude-sonnet-4-5-20250929", "2026-03-22T22:50:00Z", 500'000,
         tokens(10, 10, 0, 0, 0)},
        {cc, "s-prev", "claude-opus-4-6", "2026-03-18T12:00:00Z", 6'000'000, tokens(10, 10, 0, 0, 0)},
        {cc, "s-w11", "claude-opus-4-6", "2026-03-10T12:00:00Z", 3'000'000, tokens(10, 10, 0, 0, 0)},
        {codex, "c-w10", "gpt-5-codex", "2026-03-05T12:00:00Z", 10'000'000, tokens(10, 10, 0, 0, 0)},
        {cc, "s-w08", "claude-opus-4-6", "2026-02-16T12:00:00Z", 5'000'000, tokens(10, 10, 0, 0, 0)},
        {cc, "s-w07", "claude-opus-4-6", "2026-02-13T12:00:00Z", 2'000'000, tokens(10, 10, 0, 0, 0)},
    };
    IngestBatch batch;
    int n = 0;
    for (const Spec &spec : specs) {
        UsageEvent e;
        e.source = QString::fromLatin1(spec.source);
        e.eventKey = QByteArray("event-") + QByteArray::number(++n);
        e.timestampMs = utcMs(spec.at);
        e.model = QString::fromLatin1(spec.model);
        e.tokens = spec.tokens;
        e.sessionId = QString::fromLatin1(spec.session);
        e.cost = spec.cost;
        e.basis = spec.basis;
        e.priceVersion = QStringLiteral("fixture-prices");
        batch.events << e;
    }
    auto task = [](const char *source, const char *session, const char *cwd, const char *branch,
                   const QString &title) {
        TaskInfo t;
        t.source = QString::fromLatin1(source);
        t.sessionId = QString::fromLatin1(session);
        t.cwd = QString::fromLatin1(cwd);
        t.gitBranch = QString::fromLatin1(branch);
        t.title = title;
        return t;
    };
    batch.tasks << task(cc, "s-refunds", "/home/dev/src/payments", "feature/PAY-1423-refunds",
                        QStringLiteral("Refund retries | idempotency"))
                << task(codex, "c-ledger", "/home/dev/src/ledger", "main", QString())
                << task(cc, "s-docs", "/home/dev/src/docs", "docs/update",
                        QStringLiteral("Docs, \"quoted\" title"))
                << task(cc, "s-kimi", "/home/dev/src/tools", "", QStringLiteral("Try kimi"));
    FileCursor cursor;
    cursor.source = QString::fromLatin1(cc);
    cursor.path = QStringLiteral("/home/dev/.claude/projects/x/session.jsonl");
    cursor.lastIngestMs = utcMs("2026-03-30T07:00:00Z");
    batch.cursors << cursor;
    const Status stored = ledger.commit(batch);
    Q_ASSERT(stored.ok());
}

PriceBook fixturePrices()
{
    static const char json[] = R"({
  "claude-opus-4-6":   {"mode": "chat", "input_cost_per_token": 5e-06, "output_cost_per_token": 2.5e-05,
                        "cache_creation_input_token_cost": 6.25e-06, "cache_read_input_token_cost": 5e-07},
  "claude-sonnet-4-5": {"mode": "chat", "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
                        "cache_creation_input_token_cost": 3.75e-06, "cache_read_input_token_cost": 3e-07},
  "claude-haiku-4-5":  {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 5e-06,
                        "cache_creation_input_token_cost": 1.25e-06, "cache_read_input_token_cost": 1e-07},
  "gpt-5":             {"mode": "chat", "input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05,
                        "cache_read_input_token_cost": 1.25e-07},
  "gpt-5-mini":        {"mode": "chat", "input_cost_per_token": 2.5e-07, "output_cost_per_token": 2e-06,
                        "cache_read_input_token_cost": 2.5e-08}
})";
    auto prices = PriceBook::fromJson(QByteArray(json), QStringLiteral("fixture-prices"));
    Q_ASSERT(prices.ok());
    return std::move(prices).value();
}

report::SummaryRequest fixtureRequest(const PriceBook &prices)
{
    report::SummaryRequest request;
    request.week = report::IsoWeek(2026, 13);
    request.zone = QTimeZone("Europe/Berlin");
    request.prices = prices;
    request.generatedAtMs = utcMs("2026-03-30T08:00:00Z");
    return request;
}

} // namespace tokenwise::test
