// OpenRouter through the poller: the key's usage and limit in dollars, today's reported figure, and the
// per-day history a management key adds.
#include "PollerFixture.h"

#include <QTest>

using namespace tokenwise;
using namespace tokenwise::testing;

namespace {

const QString kKeyPath = QStringLiteral("/api/v1/key");
const QString kActivity = QStringLiteral("/api/v1/activity");

} // namespace

class TestOpenRouterSource : public QObject
{
    Q_OBJECT

    std::unique_ptr<PollerFixture> f;

private slots:
    void init()
    {
        f = std::make_unique<PollerFixture>();
        QVERIFY(f->start(QStringLiteral("openrouter"), QStringLiteral("sk-or-v1-FIXTURE0123456789abcdef")));
    }
    void cleanup() { f.reset(); }

    void keyUsageAndLimit()
    {
        f->server.setDefault(kKeyPath, fixture(QStringLiteral("openrouter/key.json")));
        const PollOutcome outcome = f->poll(QStringLiteral("openrouter"));
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(f->reported(QStringLiteral("openrouter"), QDate(2026, 3, 12)), 1'200'000);
        const qint64 today = utc(2026, 3, 12).toMSecsSinceEpoch();
        QCOMPARE(f->bucket(QStringLiteral("openrouter"), QStringLiteral("personal"), QStringLiteral("limit"),
                           today)
                     .cost,
                 100'000'000);
        QCOMPARE(f->bucket(QStringLiteral("openrouter"), QStringLiteral("personal"),
                           QStringLiteral("limit_remaining"), today)
                     .cost,
                 74'500'000);
        QCOMPARE(f->bucket(QStringLiteral("openrouter"), QStringLiteral("personal"),
                           QStringLiteral("usage_weekly"), today)
                     .cost,
                 8'400'000);
        QCOMPARE(f->server.requestCount(kActivity), 0); // not a management key
    }

    void managementKeyAddsHistory()
    {
        f->server.setDefault(kKeyPath, fixture(QStringLiteral("openrouter/key_management.json")));
        f->server.setDefault(kActivity, fixture(QStringLiteral("openrouter/activity.json")));
        const PollOutcome outcome = f->poll(QStringLiteral("openrouter"));
        QVERIFY2(!outcome.failed(), qPrintable(outcome.detail));
        QCOMPARE(f->reported(QStringLiteral("openrouter"), QDate(2026, 3, 10)), 1'750'000); // 1.25 + "0.5"
        QCOMPARE(f->reported(QStringLiteral("openrouter"), QDate(2026, 3, 11)), 2'000'000);
        QCOMPARE(f->reported(QStringLiteral("openrouter"), QDate(2026, 3, 12)),
                 750'000); // usage_daily "0.75"
        QCOMPARE(f->bucket(QStringLiteral("openrouter"), QStringLiteral("personal"), QStringLiteral("limit"),
                           utc(2026, 3, 12).toMSecsSinceEpoch())
                     .cost,
                 -1); // no cap: no bucket
    }

    void rejectedKey()
    {
        f->server.setDefault(kKeyPath, fixture(QStringLiteral("openrouter/error_401.json"), 401));
        const PollOutcome outcome = f->poll(QStringLiteral("openrouter"));
        QCOMPARE(outcome.state, api::SourceState::AuthFailed);
        QVERIFY(outcome.detail.contains(QLatin1String("No auth credentials found")));
    }
};

QTEST_GUILESS_MAIN(TestOpenRouterSource)
#include "test_openrouter_source.moc"
