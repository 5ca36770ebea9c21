// The words that say where a total's dollars came from, for every mix of cost bases.
#include "core/CostOrigins.h"

#include <QTest>

using namespace tokenwise;

class TestCostOrigins : public QObject
{
    Q_OBJECT

private slots:
    void everyMixNamesEachOriginOnce_data()
    {
        QTest::addColumn<QStringList>("bases");
        QTest::addColumn<QString>("words");
        const QString priced = QStringLiteral("tokens × litellm-x prices");
        QTest::newRow("nothing yet") << QStringList {} << priced;
        QTest::newRow("priced") << QStringList {QStringLiteral("priced")} << priced;
        QTest::newRow("unpriced only") << QStringList {QStringLiteral("unpriced")} << priced;
        QTest::newRow("recorded") << QStringList {QStringLiteral("recorded")}
                                  << QStringLiteral("the costs the agents recorded");
        QTest::newRow("recorded and priced, either order")
            << QStringList {QStringLiteral("recorded"), QStringLiteral("priced")}
            << priced + QStringLiteral(" and the costs the agents recorded");
        QTest::newRow("all but demo")
            << QStringList {QStringLiteral("reported"), QStringLiteral("priced"), QStringLiteral("recorded")}
            << priced
                + QStringLiteral(" and the costs the agents recorded and the costs the providers reported");
        QTest::newRow("demo") << QStringList {QStringLiteral("demo")}
                              << QStringLiteral("made-up demo prices");
    }

    void everyMixNamesEachOriginOnce()
    {
        QFETCH(QStringList, bases);
        QFETCH(QString, words);
        QCOMPARE(costOrigins(bases, QStringLiteral("litellm-x")), words);
    }
};

QTEST_GUILESS_MAIN(TestCostOrigins)
#include "test_cost_origins.moc"
