// timeAgo(): the unit changes at a minute, an hour and two days; never negative, 0 is "never".
#include "core/TimeAgo.h"

#include <QTest>

using namespace tokenwise;

class TestTimeAgo : public QObject
{
    Q_OBJECT

private slots:
    void steps_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<QString>("text");
        constexpr qint64 minute = 60'000, hour = 60 * minute;
        QTest::newRow("59 s") << 59'999LL << QStringLiteral("just now");
        QTest::newRow("1 min") << minute << QStringLiteral("1 min ago");
        QTest::newRow("59 min") << 59 * minute + 59'999 << QStringLiteral("59 min ago");
        QTest::newRow("1 h") << hour << QStringLiteral("1 h ago");
        QTest::newRow("2 h 30") << 2 * hour + 30 * minute << QStringLiteral("2 h ago");
        QTest::newRow("47 h") << 47 * hour + 59 * minute << QStringLiteral("47 h ago");
        QTest::newRow("2 days") << 48 * hour << QStringLiteral("2 days ago");
        QTest::newRow("9 days") << 9 * 24 * hour + 5 * hour << QStringLiteral("9 days ago");
        QTest::newRow("clock ahead") << -5 * minute << QStringLiteral("just now");
    }
    void steps()
    {
        QFETCH(qint64, ageMs);
        QFETCH(QString, text);
        constexpr qint64 now = 1796083200000;
        QCOMPARE(timeAgo(now - ageMs, now), text);
    }
    void zeroIsNever() { QCOMPARE(timeAgo(0, 1796083200000), QStringLiteral("never")); }
};

QTEST_GUILESS_MAIN(TestTimeAgo)
#include "test_time_ago.moc"
