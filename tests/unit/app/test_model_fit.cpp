// Model-fit estimates: sibling rules, and sums of many requests priced at standard rates (never the long
// tier).
#include "core/ModelFit.h"

#include <QTest>

using namespace tokenwise;

class TestModelFit : public QObject
{
    Q_OBJECT
private slots:
    void siblings_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("sibling");
        QTest::newRow("opus to sonnet")
            << QStringLiteral("claude-opus-4-6") << QStringLiteral("claude-sonnet-4-5");
        QTest::newRow("fast opus too")
            << QStringLiteral("claude-opus-4-6-fast") << QStringLiteral("claude-sonnet-4-5");
        QTest::newRow("sonnet to haiku")
            << QStringLiteral("claude-sonnet-4-5-20250929") << QStringLiteral("claude-haiku-4-5");
        QTest::newRow("codex to mini") << QStringLiteral("gpt-5.1-codex") << QStringLiteral("gpt-5-mini");
        QTest::newRow("mini to nano") << QStringLiteral("gpt-5-mini") << QStringLiteral("gpt-5-nano");
        QTest::newRow("haiku has none") << QStringLiteral("claude-haiku-4-5") << QString();
        QTest::newRow("nano has none") << QStringLiteral("gpt-5-nano") << QString();
    }
    void siblings()
    {
        QFETCH(QString, model);
        QFETCH(QString, sibling);
        QCOMPARE(cheaperSibling(model).value_or(QString()), sibling);
    }

    void manyRequestsStayAtStandardRates()
    {
        auto prices = PriceBook::load();
        QVERIFY(prices.ok());
        TokenCounts tokens; // 90 days of an Opus habit: far above any per-request threshold in total
        tokens.input = 1'000'000;
        tokens.cacheRead = 200'000'000;
        tokens.cacheWrite5m = 10'000'000;
        tokens.output = 2'000'000;
        const auto fit = estimateOnSibling(QStringLiteral("claude-opus-4-6"), tokens, *prices);
        QVERIFY(fit.has_value());
        QCOMPARE(fit->sibling, QStringLiteral("claude-sonnet-4-5"));
        // Sonnet 4.5 standard: 1M×$3 + 200M×$0.30 + 10M×$3.75 + 2M×$15 per million = 3 + 60 + 37.5 + 30 =
        // $130.50
        QCOMPARE(fit->siblingCost, MicroUsd(130'500'000));
        QVERIFY(!estimateOnSibling(QStringLiteral("claude-haiku-4-5"), tokens, *prices));
    }
};

QTEST_GUILESS_MAIN(TestModelFit)
#include "test_model_fit.moc"
