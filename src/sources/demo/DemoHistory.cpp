// Generates the demo history: planned agent sessions per calendar day, then their model calls, priced.
#include "sources/demo/DemoHistory.h"

#include "sources/demo/DemoCatalog.h"

#include <QMap>

#include <algorithm>
#include <limits>

namespace tokenwise::demo {
namespace {

constexpr quint64 kSeed = 0x7a0c3e1d5b298f41ULL;
constexpr quint64 kGolden = 0x9e3779b97f4a7c15ULL;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kUnixEpochJulianDay = 2440588;
// Claude Code compacts the conversation near the end of the context window.
constexpr qint64 kCompactAt = 160'000;
constexpr int kSurgeDaysBeforeToday = 21;
constexpr int kSurgeMultiple = 10;
constexpr int kMaxCallsPerDay = 150;

const QString kSonnet = QStringLiteral("claude-sonnet-4-5-20250929");
const QString kOpus = QStringLiteral("claude-opus-4-6");
const QString kHaiku = QStringLiteral("claude-haiku-4-5-20251001");
const QString kGpt5Codex = QStringLiteral("gpt-5-codex");
const QString kGpt51Codex = QStringLiteral("gpt-5.1-codex");

// splitmix64: std::rand, QRandomGenerator and the std distributions differ between platforms or runs; this
// does not, so the same date always yields the same bytes. Keep one draw per full expression (except
// symmetric ones like skewed()): the evaluation order of `a() + b()` is up to the compiler.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) { }
    quint64 next()
    {
        quint64 z = (m_state += kGolden);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return between(0, 99) < percent; }
    // Most tool results and replies are short and a few are long: the smaller of two draws.
    qint64 skewed(qint64 lo, qint64 hi) { return std::min(between(lo, hi), between(lo, hi)); }

private:
    quint64 m_state;
};

quint64 seedFor(quint64 a, quint64 b = 0)
{
    return Rng(kSeed ^ (a * kGolden) ^ (b * 0xd1b54a32d192ed03ULL)).next();
}

qint64 dayStartMs(const QDate &date)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDay;
}

qint64 dayOf(qint64 timestampMs)
{
    return timestampMs >= 0 ? timestampMs / kDay : (timestampMs - kDay + 1) / kDay;
}

qint64 dateNumber(const QDate &date)
{
    return qint64(date.year()) * 10000 + date.month() * 100 + date.day();
}

QString encodeProjectDir(const QString &cwd)
{
    QString encoded = cwd;
    for (QChar &c : encoded) {
        const char16_t u = c.unicode();
        const bool alphanumeric
            = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alphanumeric)
            c = u'-';
    }
    return encoded;
}

struct PlannedTask
{
    QString source;
    QString model;
    DemoProject project;
    DemoBranch branch;
    QString title;
    qint64 startMs = 0;
    qint64 dayEndMs = 0;
    int calls = 0;
    bool oneHourCache = false;
    int subagentAt = -1; // main-chain call after which an Explore subagent runs; -1: none
    quint64 seed = 0;
    bool surge = false;
    QString sessionId;
};

// Projects come and go in phases: a project's share is rescaled every week.
PlannedTask planTask(Rng &rng, qint64 julianDay, const QDate &date, bool weekend)
{
    const QList<DemoProject> &projects = demoProjects();
    const qint64 week = julianDay / 7;
    QList<int> weights;
    int totalWeight = 0;
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const int w = projects.at(i).weight * int(1 + seedFor(quint64(week), quint64(i)) % 3);
        weights.append(w);
        totalWeight += w;
    }
    qint64 draw = rng.between(0, totalWeight - 1);
    qsizetype index = 0;
    while (draw >= weights.at(index))
        draw -= weights.at(index++);

    PlannedTask task;
    task.project = projects.at(index);
    // A feature branch lives for about a week; the last branch of every project is main.
    const qsizetype featureBranches = task.project.branches.size() - 1;
    const qsizetype branch = rng.chance(25)
        ? featureBranches
        : qsizetype(seedFor(quint64(week) + 1000, quint64(index)) % quint64(featureBranches));
    task.branch = task.project.branches.at(branch);
    task.title = task.branch.titles.at(rng.between(0, task.branch.titles.size() - 1));

    if (rng.chance(20)) {
        task.source = QString::fromLatin1(source::codex);
        task.model = rng.chance(60) ? kGpt51Codex : kGpt5Codex;
    } else {
        task.source = QString::fromLatin1(source::claudeCode);
        task.model = rng.chance(55) ? kSonnet : kOpus;
    }
    task.startMs = dayStartMs(date) + rng.between(8 * kHour, 17 * kHour);
    task.dayEndMs = dayStartMs(date) + kDay - kMinute;
    const int size = int(rng.between(0, 99));
    if (weekend || size < 35)
        task.calls = int(rng.between(12, 30));
    else if (size < 85)
        task.calls = int(rng.between(30, 60));
    else
        task.calls = int(rng.between(55, 90));
    task.oneHourCache = rng.chance(50);
    if (task.source == QLatin1String(source::claudeCode) && rng.chance(35))
        task.subagentAt = int(rng.between(0, task.calls / 2));
    task.seed = rng.next();
    return task;
}

QList<PlannedTask> planDay(const QDate &date, bool forceActive)
{
    const qint64 julianDay = date.toJulianDay();
    Rng rng(seedFor(quint64(julianDay)));
    const bool weekend = date.dayOfWeek() >= 6;
    int count = 0;
    if (weekend) {
        count = rng.chance(22) ? 1 : 0;
    } else if (!rng.chance(7)) {
        const int draw = int(rng.between(0, 99));
        count = draw < 5 ? 1 : draw < 35 ? 2 : draw < 75 ? 3 : 4;
    }
    if (forceActive)
        count = std::max(count, 2);
    QList<PlannedTask> tasks;
    int calls = 0;
    for (int i = 0; i < count; ++i) {
        tasks.append(planTask(rng, julianDay, date, weekend));
        calls += tasks.last().calls;
    }
    // A day has only so many hours to review agent work: busy days are trimmed, so the surge stays unique.
    if (calls > kMaxCallsPerDay) {
        for (PlannedTask &task : tasks)
            task.calls = std::max(12, task.calls * kMaxCallsPerDay / calls);
    }
    return tasks;
}

class EventSink
{
public:
    EventSink(const PlannedTask &task, const PriceBook &prices, QList<UsageEvent> &out)
        : m_task(task), m_prices(prices), m_out(out)
    { }

    void add(const QString &model, qint64 timestampMs, const TokenCounts &tokens, bool sidechain = false)
    {
        UsageEvent e;
        e.source = m_task.source;
        e.timestampMs = timestampMs;
        e.model = model;
        e.sidechain = sidechain;
        e.tokens = tokens;
        e.sessionId = m_task.sessionId;
        e.project = m_task.project.cwd;
        e.gitBranch = m_task.branch.name;
        e.cost = m_prices.price(model, tokens, false).cost;
        e.basis = CostBasis::Demo;
        e.priceVersion = m_prices.version();
        m_out.append(e);
        m_cost += e.cost;
    }
    MicroUsd cost() const { return m_cost; }

private:
    const PlannedTask &m_task;
    const PriceBook &m_prices;
    QList<UsageEvent> &m_out;
    MicroUsd m_cost = 0;
};

void writeCache(TokenCounts &tokens, qint64 count, bool oneHour)
{
    (oneHour ? tokens.cacheWrite1h : tokens.cacheWrite5m) = count;
}

// Output includes extended thinking, which Claude Code turns on by default.
qint64 claudeOutput(Rng &rng)
{
    const int kind = int(rng.between(0, 99));
    if (kind < 40)
        return rng.between(80, 800); // a tool call
    if (kind < 80)
        return rng.between(800, 3'500);
    return rng.between(3'500, 9'000); // writing a file
}

// Claude Code's Explore subagent: Haiku with its own context, reading files for the main agent.
qint64 runSubagent(Rng &rng, EventSink &sink, qint64 timestampMs, qint64 endMs)
{
    const qint64 prefix = rng.between(9'000, 12'000);
    qint64 context = prefix;
    qint64 pending = rng.between(200, 800);
    const int calls = int(rng.between(5, 12));
    for (int i = 0; i < calls; ++i) {
        timestampMs += rng.between(3 * kSecond, 15 * kSecond);
        if (timestampMs > endMs)
            break;
        TokenCounts tokens;
        tokens.input = rng.between(1, 8);
        tokens.cacheRead = context;
        tokens.cacheWrite5m = pending;
        context += pending;
        tokens.output = rng.skewed(40, 600);
        pending = tokens.output + rng.skewed(500, 6'000);
        sink.add(kHaiku, timestampMs, tokens, true);
    }
    return timestampMs;
}

// Every call re-reads the cached conversation and caches what was added since: cache reads dominate.
void runClaudeTask(const PlannedTask &task, EventSink &sink)
{
    Rng rng(task.seed);
    // System prompt, tools and CLAUDE.md, shared by every session of the project.
    const qint64 prefix = rng.between(18'000, 26'000);
    qint64 context = prefix + rng.between(4'000, 12'000);
    qint64 pending = context - prefix;
    qint64 timestampMs = task.startMs;
    for (int i = 0; i < task.calls; ++i) {
        if (i > 0) {
            const qint64 gap = rng.chance(7) ? rng.between(2 * kMinute, 14 * kMinute)
                                             : rng.between(4 * kSecond, 45 * kSecond);
            timestampMs += gap;
            if (!task.oneHourCache && gap > 5 * kMinute)
                pending = context - prefix; // the 5-minute cache expired while the user was away
        }
        if (timestampMs > task.dayEndMs)
            break;
        TokenCounts tokens;
        tokens.input = rng.between(1, 12);
        tokens.cacheRead = context - pending;
        writeCache(tokens, pending, task.oneHourCache);
        const bool compacting = context > kCompactAt;
        tokens.output = compacting ? rng.between(2'500, 5'000) : claudeOutput(rng);
        sink.add(task.model, timestampMs, tokens);

        if (i == task.subagentAt)
            timestampMs = runSubagent(rng, sink, timestampMs, task.dayEndMs);
        if (compacting) {
            context = prefix + tokens.output + rng.between(3'000, 6'000);
            pending = context - prefix;
        } else {
            pending
                = tokens.output + (rng.chance(12) ? rng.between(10'000, 30'000) : rng.skewed(1'000, 10'000));
            context += pending;
        }
    }
}

// Codex reports input including cached tokens; the ledger stores the uncached part, as the Codex reader does.
void runCodexTask(const PlannedTask &task, EventSink &sink)
{
    Rng rng(task.seed);
    qint64 prompt = rng.between(9'000, 14'000);
    qint64 cached = 0;
    qint64 timestampMs = task.startMs;
    for (int i = 0; i < task.calls; ++i) {
        if (i > 0)
            timestampMs += rng.chance(6) ? rng.between(2 * kMinute, 10 * kMinute)
                                         : rng.between(6 * kSecond, 60 * kSecond);
        if (timestampMs > task.dayEndMs)
            break;
        TokenCounts tokens;
        tokens.cacheRead = cached;
        tokens.input = prompt - cached;
        const int kind = int(rng.between(0, 99));
        tokens.output = kind < 45 ? rng.between(150, 1'200)
            : kind < 85           ? rng.between(1'200, 4'000)
                                  : rng.between(4'000, 10'000);
        tokens.reasoning = tokens.output * rng.between(25, 70) / 100;
        sink.add(task.model, timestampMs, tokens);

        if (prompt > 180'000) { // auto-compaction: a fresh, uncached history
            prompt = rng.between(15'000, 25'000);
            cached = 0;
        } else {
            cached = prompt;
            prompt += tokens.output + (rng.chance(12) ? rng.between(6'000, 20'000) : rng.skewed(400, 5'000));
        }
    }
}

// The runaway: Opus looping on a failing test suite overnight, stopped once it has burnt ten typical days.
void runSurgeTask(const PlannedTask &task, EventSink &sink, MicroUsd target)
{
    Rng rng(task.seed);
    const qint64 prefix = rng.between(14'000, 18'000);
    qint64 context = prefix + rng.between(30'000, 50'000);
    qint64 pending = context - prefix;
    qint64 timestampMs = task.startMs;
    while (sink.cost() < target) {
        TokenCounts tokens;
        tokens.input = rng.between(1, 12);
        tokens.cacheRead = context - pending;
        tokens.cacheWrite5m = pending;
        const bool compacting = context > 170'000;
        tokens.output = compacting ? rng.between(3'000, 5'000) : rng.between(1'500, 5'000);
        sink.add(task.model, timestampMs, tokens);
        if (compacting) {
            context = prefix + tokens.output + rng.between(15'000, 25'000);
            pending = context - prefix;
        } else {
            pending = tokens.output + rng.between(8'000, 24'000); // the same test log, again
            context += pending;
        }
        timestampMs += rng.between(15 * kSecond, 35 * kSecond);
        if (timestampMs >= task.dayEndMs)
            break;
    }
}

MicroUsd medianDayCost(const QList<UsageEvent> &events)
{
    QMap<qint64, MicroUsd> byDay;
    for (const UsageEvent &e : events)
        byDay[dayOf(e.timestampMs)] += e.cost;
    QList<MicroUsd> totals = byDay.values();
    if (totals.isEmpty())
        return 0;
    std::sort(totals.begin(), totals.end());
    const qsizetype n = totals.size();
    return n % 2 ? totals.at(n / 2) : (totals.at(n / 2 - 1) + totals.at(n / 2)) / 2;
}

} // namespace

DemoHistory generateDemoHistory(const QDate &todayUtc, const PriceBook &prices, int days)
{
    DemoHistory history;
    if (!todayUtc.isValid() || days <= 0)
        return history;
    const QDate first = todayUtc.addDays(-(days - 1));
    QDate surgeDate = todayUtc.addDays(-kSurgeDaysBeforeToday);
    while (surgeDate.dayOfWeek() >= 6)
        surgeDate = surgeDate.addDays(-1);
    const bool withSurge = surgeDate >= first;

    QList<PlannedTask> tasks;
    for (QDate date = first; date <= todayUtc; date = date.addDays(1)) {
        const bool isSurgeDay = withSurge && date == surgeDate;
        QList<PlannedTask> day = planDay(date, isSurgeDay);
        if (isSurgeDay) {
            const quint64 julianDay = quint64(date.toJulianDay());
            PlannedTask surge;
            surge.surge = true;
            surge.source = QString::fromLatin1(source::claudeCode);
            surge.model = kOpus;
            surge.project = surgeProject();
            surge.branch = surge.project.branches.constFirst();
            surge.title = surge.branch.titles.constFirst();
            surge.startMs = dayStartMs(date) + kHour + Rng(seedFor(julianDay, 1)).between(0, 8 * kMinute);
            surge.dayEndMs = dayStartMs(date) + 5 * kHour;
            surge.seed = seedFor(julianDay, 2);
            day.append(surge);
        }
        std::stable_sort(day.begin(), day.end(),
                         [](const PlannedTask &a, const PlannedTask &b) { return a.startMs < b.startMs; });
        for (qsizetype i = 0; i < day.size(); ++i)
            day[i].sessionId
                = QStringLiteral("demo-%1%2").arg(dateNumber(date)).arg(i + 1, 2, 10, QLatin1Char('0'));
        tasks.append(day);
    }

    // The surge is sized against the other days, so it is generated last.
    QList<UsageEvent> &events = history.events;
    for (const PlannedTask &task : std::as_const(tasks)) {
        if (task.surge)
            continue;
        EventSink sink(task, prices, events);
        if (task.source == QLatin1String(source::codex))
            runCodexTask(task, sink);
        else
            runClaudeTask(task, sink);
    }
    const MicroUsd surgeTarget = kSurgeMultiple * medianDayCost(events);
    for (const PlannedTask &task : std::as_const(tasks)) {
        if (task.surge) {
            EventSink sink(task, prices, events);
            runSurgeTask(task, sink, surgeTarget);
        }
    }

    std::stable_sort(events.begin(), events.end(),
                     [](const UsageEvent &a, const UsageEvent &b) { return a.timestampMs < b.timestampMs; });
    // Keys embed the date, so a day keeps its keys as the window moves on.
    qint64 currentDay = std::numeric_limits<qint64>::min();
    qint64 index = 0;
    for (UsageEvent &e : events) {
        const qint64 day = dayOf(e.timestampMs);
        if (day != currentDay) {
            currentDay = day;
            index = 0;
        }
        const QDate date = QDate::fromJulianDay(day + kUnixEpochJulianDay);
        e.eventKey = "demo:" + QByteArray::number(dateNumber(date) * 10000 + index++);
    }

    for (const PlannedTask &task : std::as_const(tasks)) {
        TaskInfo info;
        info.source = task.source;
        info.sessionId = task.sessionId;
        info.projectDir = encodeProjectDir(task.project.cwd);
        info.cwd = task.project.cwd;
        info.gitBranch = task.branch.name;
        info.title = task.title;
        history.tasks.append(info);
    }
    return history;
}

} // namespace tokenwise::demo
