// Money: conversion from price-table dollars and the two display forms.
#include "core/Money.h"

#include <QTest>

using namespace tokenwise;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void fromDollars_data()
    {
        QTest::addColumn<double>("dollars");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("zero") << 0.0 << qint64(0);
        QTest::newRow("sonnet input token") << 3e-06 << qint64(3);
        QTest::newRow("haiku cache read token rounds to zero") << 1e-07 << qint64(0);
        QTest::newRow("half micro rounds away from zero") << 5e-07 << qint64(1);
        QTest::newRow("twelve dollars") << 12.345678 << qint64(12'345'678);
        QTest::newRow("negative credit") << -1.5 << qint64(-1'500'000);
    }
    void fromDollars()
    {
        QFETCH(double, dollars);
        QFETCH(qint64, micros);
        QCOMPARE(microsFromDollars(dollars), micros);
    }

    void formatUsd_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("$0.00");
        QTest::newRow("sub-cent keeps four decimals") << qint64(4'200) << QStringLiteral("$0.0042");
        QTest::newRow("rounds to cents") << qint64(12'345'678) << QStringLiteral("$12.35");
        QTest::newRow("exact cent") << qint64(10'000) << QStringLiteral("$0.01");
        QTest::newRow("negative") << qint64(-2'500'000) << QStringLiteral("-$2.50");
    }
    void formatUsd()
    {
        QFETCH(qint64, micros);
        QFETCH(QString, text);
        QCOMPARE(tokenwise::formatUsd(micros), text);
    }

    void formatUsdShort_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("$0");
        QTest::newRow("a cent is not nothing") << qint64(10'000) << QStringLiteral("<$1");
        QTest::newRow("just under half a dollar") << qint64(499'999) << QStringLiteral("<$1");
        QTest::newRow("half a dollar rounds to one") << qint64(500'000) << QStringLiteral("$1");
        QTest::newRow("twelve") << qint64(12'400'000) << QStringLiteral("$12");
        QTest::newRow("rounds up") << qint64(12'500'000) << QStringLiteral("$13");
        QTest::newRow("just under a thousand") << qint64(999'000'000) << QStringLiteral("$999");
        QTest::newRow("thousands with a decimal") << qint64(1'234'000'000) << QStringLiteral("$1.2k");
        QTest::newRow("tens of thousands") << qint64(34'400'000'000) << QStringLiteral("$34k");
    }
    void formatUsdShort()
    {
        QFETCH(qint64, micros);
        QFETCH(QString, text);
        QCOMPARE(tokenwise::formatUsdShort(micros), text);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
