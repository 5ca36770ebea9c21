// The team feed document: exact round trip, no identities, small groups dropped, hostile documents refused,
// and the file transport.
#include "sources/api/http/ApiHttpClient.h"
#include "sources/team/TeamFeed.h"
#include "sources/team/TeamFeedReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tokenwise;
using namespace tokenwise::team;

namespace {

TeamDistribution day(const QDate &start, const QDate &end, int members, MicroUsd p25, MicroUsd p50,
                     MicroUsd p75, MicroUsd p90)
{
    TeamDistribution d;
    d.source = QStringLiteral("anthropic");
    d.origin = QStringLiteral("local");
    d.start = start;
    d.end = end;
    d.members = members;
    d.p25 = p25;
    d.p50 = p50;
    d.p75 = p75;
    d.p90 = p90;
    return d;
}

QByteArray feedWith(const QJsonArray &periods, int version = 1, const char *format = "tokenwise-team-feed")
{
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QString::fromLatin1(format)},
                                      {QStringLiteral("version"), version},
                                      {QStringLiteral("source"), QStringLiteral("cursor")},
                                      {QStringLiteral("periods"), periods}})
        .toJson();
}

QJsonObject period(const char *start, const char *end, int members, qint64 p25, qint64 p50, qint64 p75,
                   qint64 p90)
{
    return QJsonObject {{QStringLiteral("start"), QString::fromLatin1(start)},
                        {QStringLiteral("end"), QString::fromLatin1(end)},
                        {QStringLiteral("members"), members},
                        {QStringLiteral("p25"), p25},
                        {QStringLiteral("p50"), p50},
                        {QStringLiteral("p75"), p75},
                        {QStringLiteral("p90"), p90}};
}

} // namespace

class TestTeamFeed : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReadsBackExactly()
    {
        const QList<TeamDistribution> in {
            day(QDate(2026, 3, 10), QDate(2026, 3, 10), 6, 812'500, 1'602'500, 2'426'250, 3'250'000),
            day(QDate(2026, 3, 11), QDate(2026, 3, 11), 4, 1, 2, 3, 4), // too small: never written
            day(QDate(2026, 3, 1), QDate(2026, 3, 31), 12, 10'000'000, 25'000'000, 40'000'001, 90'000'000)};
        const auto written = writeFeed(QStringLiteral("anthropic"), in,
                                       QDateTime(QDate(2026, 3, 12), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(written);
        const QJsonObject root = QJsonDocument::fromJson(*written).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("tokenwise-team-feed"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("generatedAt")).toString(), QStringLiteral("2026-03-12T12:00:00Z"));
        QCOMPARE(root.value(QLatin1String("minimumMembers")).toInt(), 5);
        QCOMPARE(root.value(QLatin1String("periods")).toArray().size(), 2);
        // Only counts and quantiles: the period objects carry exactly these keys.
        const QStringList keys = root.value(QLatin1String("periods")).toArray().first().toObject().keys();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("end"), QStringLiteral("members"), QStringLiteral("p25"),
                               QStringLiteral("p50"), QStringLiteral("p75"), QStringLiteral("p90"),
                               QStringLiteral("start")}));

        const auto read = parseFeed(*written, 1234);
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        const TeamDistribution &first = read->at(0);
        QCOMPARE(first.source, QStringLiteral("anthropic"));
        QCOMPARE(first.origin, QStringLiteral("feed"));
        QCOMPARE(first.start, QDate(2026, 3, 10));
        QCOMPARE(first.members, 6);
        QCOMPARE(first.p25, 812'500);
        QCOMPARE(first.p50, 1'602'500);
        QCOMPARE(first.p75, 2'426'250);
        QCOMPARE(first.p90, 3'250'000);
        QCOMPARE(first.fetchedMs, 1234);
        QCOMPARE(read->at(1).end, QDate(2026, 3, 31));
        QCOMPARE(read->at(1).p75, 40'000'001);
    }

    void refusesToWriteWithoutAGroupOfFive()
    {
        const auto written = writeFeed(QStringLiteral("anthropic"),
                                       {day(QDate(2026, 3, 11), QDate(2026, 3, 11), 4, 1, 2, 3, 4)},
                                       QDateTime::currentDateTimeUtc());
        QVERIFY(!written);
        QVERIFY(written.error().contains(QLatin1String("5 people")));
    }

    void skipsPeriodsThatCannotBeTrusted()
    {
        const QJsonArray periods {
            period("2026-03-10", "2026-03-10", 5, 1, 2, 3, 4), // kept
            period("2026-03-11", "2026-03-11", 4, 1, 2, 3, 4), // under five people
            period("2026-03-12", "2026-03-12", 9, 5, 2, 3, 4), // quantiles out of order
            period("2026-03-14", "2026-03-13", 9, 1, 2, 3, 4), // ends before it starts
            period("2026-02-30", "2026-03-01", 9, 1, 2, 3, 4), // no such day
            period("2026-03-15", "2026-03-15", 9, -1, 2, 3, 4), // negative money
        };
        QJsonArray withFraction = periods;
        QJsonObject fractional = period("2026-03-16", "2026-03-16", 9, 1, 2, 3, 4);
        fractional.insert(QStringLiteral("p50"), 2.5); // micro-dollars are integers
        withFraction.append(fractional);
        const auto read = parseFeed(feedWith(withFraction), 0);
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().start, QDate(2026, 3, 10));
        QCOMPARE(read->first().source, QStringLiteral("cursor"));
    }

    void refusesForeignOrNewerDocuments_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("error");
        const QJsonArray one {period("2026-03-10", "2026-03-10", 5, 1, 2, 3, 4)};
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << QStringLiteral("not JSON");
        QTest::newRow("a json array") << QByteArray("[1,2]") << QStringLiteral("not JSON");
        QTest::newRow("another format")
            << feedWith(one, 1, "ccusage") << QStringLiteral("not a Tokenwise team feed");
        QTest::newRow("newer version") << feedWith(one, 2) << QStringLiteral("version 2");
        QTest::newRow("no version") << feedWith(one, 0) << QStringLiteral("no version");
    }
    void refusesForeignOrNewerDocuments()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, error);
        const auto read = parseFeed(document, 0);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(error), qPrintable(read.error()));
    }

    void readsAFeedFromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(feedWith({period("2026-03-10", "2026-03-10", 7, 10, 20, 30, 40)}));
        file.close();
        QNetworkAccessManager network;
        api::ApiHttpClient client(network, SystemClock::instance(), api::RetryPolicy {});
        FeedRead read = readFeed(path, client, 99);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.distributions.size(), 1);
        QCOMPARE(read.distributions.first().members, 7);
        QCOMPARE(read.distributions.first().p50, 20);

        read = readFeed(dir.filePath(QStringLiteral("missing.json")), client, 99);
        QVERIFY(!read.ok());
        QVERIFY(read.error.contains(QLatin1String("missing.json")));
    }
};

QTEST_GUILESS_MAIN(TestTeamFeed)
#include "test_team_feed.moc"
