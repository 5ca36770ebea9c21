// Demo history: deterministic, inside its window, priced like real usage, with one overnight surge.
#include "sources/demo/DemoHistory.h"

#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace tokenwise;
using namespace tokenwise::demo;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr qint64 kUnixEpochJulianDay = 2440588;
const QDate kToday(2026, 7, 24); // a Friday

qint64 dayStartMs(const QDate &date)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs;
}

QMap<qint64, MicroUsd> costByDay(const QList<UsageEvent> &events)
{
    QMap<qint64, MicroUsd> byDay;
    for (const UsageEvent &e : events)
        byDay[e.timestampMs / kDayMs] += e.cost;
    return byDay;
}

MicroUsd median(QList<MicroUsd> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void compareEvents(const UsageEvent &a, const UsageEvent &b)
{
    QCOMPARE(a.source, b.source);
    QCOMPARE(a.eventKey, b.eventKey);
    QCOMPARE(a.timestampMs, b.timestampMs);
    QCOMPARE(a.model, b.model);
    QCOMPARE(a.fast, b.fast);
    QCOMPARE(a.sidechain, b.sidechain);
    QVERIFY(a.tokens == b.tokens);
    QCOMPARE(a.sessionId, b.sessionId);
    QCOMPARE(a.project, b.project);
    QCOMPARE(a.gitBranch, b.gitBranch);
    QCOMPARE(a.cost, b.cost);
    QCOMPARE(a.basis, b.basis);
    QCOMPARE(a.priceVersion, b.priceVersion);
}

} // namespace

class TestDemoHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Result<PriceBook> book = PriceBook::load();
        QVERIFY2(book.ok(), qPrintable(book.error()));
        m_prices = std::move(book).value();
        m_history = generateDemoHistory(kToday, m_prices);
        QVERIFY(!m_history.events.isEmpty());
    }

    void sameDateGivesIdenticalHistory()
    {
        const DemoHistory again = generateDemoHistory(kToday, m_prices);
        QCOMPARE(again.events.size(), m_history.events.size());
        for (qsizetype i = 0; i < again.events.size(); ++i) {
            compareEvents(again.events.at(i), m_history.events.at(i));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
        }
        QCOMPARE(again.tasks.size(), m_history.tasks.size());
        for (qsizetype i = 0; i < again.tasks.size(); ++i) {
            QCOMPARE(again.tasks.at(i).sessionId, m_history.tasks.at(i).sessionId);
            QCOMPARE(again.tasks.at(i).title, m_history.tasks.at(i).title);
            QCOMPARE(again.tasks.at(i).gitBranch, m_history.tasks.at(i).gitBranch);
            QCOMPARE(again.tasks.at(i).source, m_history.tasks.at(i).source);
            QCOMPARE(again.tasks.at(i).cwd, m_history.tasks.at(i).cwd);
            QCOMPARE(again.tasks.at(i).projectDir, m_history.tasks.at(i).projectDir);
        }
    }

    // Pins the generator's output: any change to the PRNG, the plan or the token shapes shows up here.
    // Event counts on the surge day are left out because the surge is sized against the price table.
    void figuresForAFixedDate()
    {
        const qint64 surgeDay = dayStartMs(kToday.addDays(-21)) / kDayMs;
        const qsizetype outsideSurgeDay
            = std::count_if(m_history.events.cbegin(), m_history.events.cend(),
                            [&](const UsageEvent &e) { return e.timestampMs / kDayMs != surgeDay; });
        QCOMPARE(outsideSurgeDay, qsizetype(7098));
        QCOMPARE(m_history.tasks.size(), qsizetype(182));
        QCOMPARE(costByDay(m_history.events).size(), qsizetype(68));

        const UsageEvent &first = m_history.events.first();
        QCOMPARE(first.eventKey, QByteArray("demo:202604270000"));
        QCOMPARE(first.timestampMs, qint64(1777287509191)); // 2026-04-27T10:58:29.191Z
        QCOMPARE(first.source, QStringLiteral("claude-code"));
        QCOMPARE(first.model, QStringLiteral("claude-opus-4-6"));
        QCOMPARE(first.sessionId, QStringLiteral("demo-2026042701"));
        QCOMPARE(first.project, QStringLiteral("/home/demo/src/web-dashboard"));
        QCOMPARE(first.gitBranch, QStringLiteral("feature/WEB-102-usage-charts"));
        TokenCounts tokens;
        tokens.input = 1;
        tokens.cacheRead = 22776;
        tokens.cacheWrite1h = 9720;
        tokens.output = 3402;
        QVERIFY(first.tokens == tokens);

        const auto surge
            = std::find_if(m_history.tasks.cbegin(), m_history.tasks.cend(), [](const TaskInfo &t) {
                  return t.sessionId == QStringLiteral("demo-2026070301");
              });
        QVERIFY(surge != m_history.tasks.cend());
        QCOMPARE(surge->title, QStringLiteral("Fix failing settlement integration tests"));
        QCOMPARE(surge->gitBranch, QStringLiteral("chore/PAY-1471-settlement-test-fixtures"));
        QCOMPARE(surge->source, QStringLiteral("claude-code"));
    }

    void aDayLooksTheSameFromALaterToday()
    {
        const QDate day = kToday.addDays(-40);
        const DemoHistory later = generateDemoHistory(kToday.addDays(1), m_prices);
        QList<UsageEvent> before, after;
        for (const UsageEvent &e : m_history.events)
            if (e.timestampMs / kDayMs == dayStartMs(day) / kDayMs)
                before.append(e);
        for (const UsageEvent &e : later.events)
            if (e.timestampMs / kDayMs == dayStartMs(day) / kDayMs)
                after.append(e);
        QVERIFY(!before.isEmpty());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            compareEvents(after.at(i), before.at(i));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void eventsStayInsideTheWindow()
    {
        const qint64 firstAllowed = dayStartMs(kToday.addDays(-89));
        const qint64 lastAllowed = dayStartMs(kToday.addDays(1)) - 1;
        qint64 previous = firstAllowed;
        for (const UsageEvent &e : m_history.events) {
            QVERIFY(e.timestampMs >= firstAllowed);
            QVERIFY(e.timestampMs <= lastAllowed);
            QVERIFY(e.timestampMs >= previous);
            previous = e.timestampMs;
        }
        QVERIFY(costByDay(m_history.events).size() >= 55);
    }

    void weekendsAreQuieter()
    {
        int weekendDays = 0;
        int activeWeekendDays = 0;
        const QMap<qint64, MicroUsd> byDay = costByDay(m_history.events);
        for (QDate d = kToday.addDays(-89); d <= kToday; d = d.addDays(1)) {
            if (d.dayOfWeek() < 6)
                continue;
            ++weekendDays;
            if (byDay.contains(dayStartMs(d) / kDayMs))
                ++activeWeekendDays;
        }
        QVERIFY(activeWeekendDays * 3 <= weekendDays);
    }

    void everyEventIsDemoAndPriced()
    {
        for (const UsageEvent &e : m_history.events) {
            QCOMPARE(e.basis, CostBasis::Demo);
            QCOMPARE(e.priceVersion, m_prices.version());
            const PricedCost priced = m_prices.price(e.model, e.tokens, e.fast);
            QVERIFY2(priced.priced, qPrintable(e.model));
            QCOMPARE(e.cost, priced.cost);
            QVERIFY(e.cost > 0);
        }
    }

    void typicalDayCostsEightToTwentyFiveDollars()
    {
        const MicroUsd typical = median(costByDay(m_history.events).values());
        QVERIFY2(typical >= 8 * kMicrosPerDollar && typical <= 25 * kMicrosPerDollar,
                 qPrintable(formatUsd(typical)));
    }

    void oneOvernightSurgeAboutThreeWeeksAgo()
    {
        const QMap<qint64, MicroUsd> byDay = costByDay(m_history.events);
        const MicroUsd typical = median(byDay.values());
        const qint64 surgeDay = dayStartMs(kToday.addDays(-21)) / kDayMs;
        QVERIFY(byDay.value(surgeDay) >= 5 * typical);
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
            if (it.key() != surgeDay)
                QVERIFY2(it.value() < 3 * typical, qPrintable(formatUsd(it.value())));

        QMap<QString, MicroUsd> byTask;
        for (const UsageEvent &e : m_history.events)
            if (e.timestampMs / kDayMs == surgeDay)
                byTask[e.sessionId] += e.cost;
        const auto top = std::max_element(byTask.cbegin(), byTask.cend());
        QVERIFY(*top * 10 >= byDay.value(surgeDay) * 8);
        for (const UsageEvent &e : m_history.events) {
            if (e.sessionId != top.key())
                continue;
            const qint64 msOfDay = e.timestampMs - surgeDay * kDayMs;
            QVERIFY(msOfDay >= 1 * 3600 * 1000LL && msOfDay < 5 * 3600 * 1000LL);
        }
    }

    void eventKeysAreUnique()
    {
        QSet<QByteArray> keys;
        for (const UsageEvent &e : m_history.events) {
            QVERIFY(e.eventKey.startsWith("demo:"));
            keys.insert(e.eventKey);
        }
        QCOMPARE(keys.size(), m_history.events.size());
    }

    void tasksDescribeEverySession()
    {
        QHash<QString, TaskInfo> tasks;
        QSet<QString> projects;
        for (const TaskInfo &t : m_history.tasks) {
            QVERIFY(!tasks.contains(t.sessionId));
            QVERIFY(!t.title.isEmpty());
            QVERIFY(t.sessionId.startsWith(QStringLiteral("demo-")));
            tasks.insert(t.sessionId, t);
            projects.insert(t.cwd);
        }
        QVERIFY(projects.size() >= 4 && projects.size() <= 5);
        for (const UsageEvent &e : m_history.events) {
            QVERIFY2(tasks.contains(e.sessionId), qPrintable(e.sessionId));
            const TaskInfo t = tasks.value(e.sessionId);
            QCOMPARE(t.source, e.source);
            QCOMPARE(t.cwd, e.project);
            QCOMPARE(t.gitBranch, e.gitBranch);
        }
        const auto payments
            = std::find_if(m_history.tasks.cbegin(), m_history.tasks.cend(), [](const TaskInfo &t) {
                  return t.cwd == QStringLiteral("/home/demo/src/payments-api");
              });
        QVERIFY(payments != m_history.tasks.cend());
        QCOMPARE(payments->projectDir, QStringLiteral("-home-demo-src-payments-api"));
    }

    void claudeEventsReadMostlyFromCache()
    {
        const QSet<QString> models
            = {QStringLiteral("claude-sonnet-4-5-20250929"), QStringLiteral("claude-opus-4-6"),
               QStringLiteral("claude-haiku-4-5-20251001")};
        QSet<QString> seen;
        TokenCounts sum;
        for (const UsageEvent &e : m_history.events) {
            if (e.source != QStringLiteral("claude-code"))
                continue;
            QVERIFY2(models.contains(e.model), qPrintable(e.model));
            QVERIFY(e.tokens.cacheRead > 0);
            seen.insert(e.model);
            sum += e.tokens;
        }
        QCOMPARE(seen, models);
        QVERIFY(sum.cacheRead * 10 >= sum.promptTotal() * 8);
        QVERIFY(sum.cacheWrite5m > 0);
        QVERIFY(sum.cacheWrite1h > 0);
    }

    void codexEventsNeverWriteCache()
    {
        const QSet<QString> models = {QStringLiteral("gpt-5-codex"), QStringLiteral("gpt-5.1-codex")};
        QSet<QString> seen;
        TokenCounts sum;
        for (const UsageEvent &e : m_history.events) {
            if (e.source != QStringLiteral("codex"))
                continue;
            QVERIFY2(models.contains(e.model), qPrintable(e.model));
            QCOMPARE(e.tokens.cacheWrite(), qint64(0));
            QVERIFY(e.tokens.reasoning <= e.tokens.output);
            seen.insert(e.model);
            sum += e.tokens;
        }
        QCOMPARE(seen, models);
        QVERIFY(sum.cacheRead > sum.input);
        QVERIFY(sum.reasoning > 0);
    }

    void emptyWindowGivesNothing()
    {
        QVERIFY(generateDemoHistory(kToday, m_prices, 0).events.isEmpty());
        QVERIFY(generateDemoHistory(QDate(), m_prices).events.isEmpty());
    }

private:
    PriceBook m_prices;
    DemoHistory m_history;
};

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "test_demo_history.moc"
