// Provider amounts to micro-dollars: decimal strings exactly, numbers via their shortest decimal.
#include "sources/api/ApiMoney.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tokenwise;
using namespace tokenwise::api;

class TestApiMoney : public QObject
{
    Q_OBJECT
private slots:
    void decimalStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("unit");
        QTest::addColumn<qint64>("micros");
        const int cents = int(MoneyUnit::Cents), dollars = int(MoneyUnit::Dollars);
        QTest::newRow("anthropic cents 123.45 = $1.2345") << QStringLiteral("123.45") << cents << 1'234'500LL;
        QTest::newRow("anthropic cents beyond micros rounds")
            << QStringLiteral("123.78912") << cents << 1'237'891LL;
        QTest::newRow("cents half rounds away") << QStringLiteral("0.00005") << cents << 1LL;
        QTest::newRow("cents below half is zero") << QStringLiteral("0.00004") << cents << 0LL;
        QTest::newRow("large cents 4120.55") << QStringLiteral("4120.55") << cents << 41'205'500LL;
        QTest::newRow("integer cents") << QStringLiteral("186") << cents << 1'860'000LL;
        QTest::newRow("dollars 12.4381") << QStringLiteral("12.4381") << dollars << 12'438'100LL;
        QTest::newRow("dollars leading zeros") << QStringLiteral("0000.000001") << dollars << 1LL;
        QTest::newRow("negative dollars") << QStringLiteral("-0.5") << dollars << -500'000LL;
        QTest::newRow("plus sign and spaces") << QStringLiteral(" +2 ") << dollars << 2'000'000LL;
        QTest::newRow("exponent") << QStringLiteral("1.5e-3") << dollars << 1'500LL;
        QTest::newRow("positive exponent") << QStringLiteral("2E+2") << cents << 2'000'000LL;
        QTest::newRow("no leading digit") << QStringLiteral(".25") << dollars << 250'000LL;
        QTest::newRow("zero") << QStringLiteral("0") << dollars << 0LL;
        QTest::newRow("many fraction digits")
            << QStringLiteral("0.1234564999999999999999") << dollars << 123'456LL;
    }
    void decimalStrings()
    {
        QFETCH(QString, text);
        QFETCH(int, unit);
        QFETCH(qint64, micros);
        const auto parsed = microsFromDecimal(text, MoneyUnit(unit));
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, micros);
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("abc");
        QTest::newRow("two points") << QStringLiteral("1.2.3");
        QTest::newRow("trailing letters") << QStringLiteral("12usd");
        QTest::newRow("comma decimal") << QStringLiteral("1,5");
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999");
        QTest::newRow("sign only") << QStringLiteral("-");
    }
    void garbageIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!microsFromDecimal(text, MoneyUnit::Dollars).has_value());
    }

    void jsonNumbersAndStrings()
    {
        const QJsonObject o
            = QJsonDocument::fromJson(
                  R"({"a":12.4381,"b":"12.4381","c":186,"d":20.18,"e":0.1,"f":null,"g":true})")
                  .object();
        QCOMPARE(*microsFromJson(o.value(QLatin1String("a")), MoneyUnit::Dollars), 12'438'100LL);
        QCOMPARE(*microsFromJson(o.value(QLatin1String("b")), MoneyUnit::Dollars), 12'438'100LL);
        QCOMPARE(*microsFromJson(o.value(QLatin1String("c")), MoneyUnit::Cents), 1'860'000LL);
        QCOMPARE(*microsFromJson(o.value(QLatin1String("d")), MoneyUnit::Cents), 201'800LL);
        QCOMPARE(*microsFromJson(o.value(QLatin1String("e")), MoneyUnit::Dollars), 100'000LL);
        QVERIFY(!microsFromJson(o.value(QLatin1String("f")), MoneyUnit::Dollars));
        QVERIFY(!microsFromJson(o.value(QLatin1String("g")), MoneyUnit::Dollars));
        QVERIFY(!microsFromJson(o.value(QLatin1String("missing")), MoneyUnit::Dollars));
    }
};

QTEST_GUILESS_MAIN(TestApiMoney)
#include "test_api_money.moc"
