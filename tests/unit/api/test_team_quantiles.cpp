// Team quantiles: exact integer interpolation, and nothing at all below five people.
#include "sources/team/TeamQuantiles.h"

#include <QTest>

using namespace tokenwise;
using namespace tokenwise::team;

class TestTeamQuantiles : public QObject
{
    Q_OBJECT
private slots:
    void interpolatesBetweenRanks()
    {
        const QList<MicroUsd> sorted {500'000, 750'000, 1'000'000, 2'205'000, 2'500'000, 4'000'000};
        QCOMPARE(quantile(sorted, 0), 500'000);
        QCOMPARE(quantile(sorted, 25), 812'500);
        QCOMPARE(quantile(sorted, 50), 1'602'500);
        QCOMPARE(quantile(sorted, 75), 2'426'250);
        QCOMPARE(quantile(sorted, 90), 3'250'000);
        QCOMPARE(quantile(sorted, 100), 4'000'000);
        QCOMPARE(quantile({1, 2}, 50), 2); // 1.5 rounds half away from zero
        QCOMPARE(quantile({}, 50), 0);
    }

    void fewerThanFivePeopleGiveNothing_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<bool>("shown");
        for (int n : {0, 1, 4, 5, 6})
            QTest::addRow("%d people", n) << n << (n >= 5);
    }
    void fewerThanFivePeopleGiveNothing()
    {
        QFETCH(int, people);
        QFETCH(bool, shown);
        TeamSample sample {QStringLiteral("anthropic"), QDate(2026, 3, 10), QDate(2026, 3, 10), {}};
        for (int i = 0; i < people; ++i)
            sample.perPerson << MicroUsd((people - i) * 1'000'000); // unsorted on purpose
        const auto d = distributionFrom(sample, QStringLiteral("local"), 7);
        QCOMPARE(d.has_value(), shown);
        if (!shown)
            return;
        QCOMPARE(d->members, people);
        QCOMPARE(d->p50, (people + 1) * 500'000);
        QCOMPARE(d->fetchedMs, 7);
        QCOMPARE(d->days(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamQuantiles)
#include "test_team_quantiles.moc"
