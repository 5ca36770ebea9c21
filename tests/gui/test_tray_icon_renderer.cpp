// The tray icon is a pure function of its state: level as fill height, amount drawn, trouble marks, HiDPI.
#include "gui/tray/TrayIconRenderer.h"

#include <QTest>

using namespace tokenwise;

Q_DECLARE_METATYPE(tokenwise::SpendLevel)

namespace {

// Height (fraction of the icon) of the level fill, measured on a column left of the text, from the bottom
// edge (the bottom pixels of the rounded corner count as filled: the fill is clipped to the tile there).
double measuredFill(const QImage &image)
{
    const int x = image.width() / 5;
    int y = image.height() - 1;
    while (y >= 0 && image.pixelColor(x, y).alpha() < 200)
        --y;
    const int bottom = y;
    for (; y >= 0; --y) {
        const QColor c = image.pixelColor(x, y);
        if (c.red() < 0x40 && c.green() < 0x50 && c.blue() < 0x60)
            break; // reached the dark tile
    }
    return bottom < 0 || y == bottom ? 0.0 : double(image.height() - 1 - y) / image.height();
}

int whitePixels(const QImage &image)
{
    int white = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            white += image.pixelColor(x, y).lightness() > 230 ? 1 : 0;
    return white;
}

} // namespace

class TestTrayIconRenderer : public QObject
{
    Q_OBJECT
private slots:
    void rendersAtDevicePixelRatio_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<int>("physical");
        QTest::newRow("22 at 1x") << 22 << 1.0 << 22;
        QTest::newRow("22 at 2x") << 22 << 2.0 << 44;
        QTest::newRow("32 at 1.5x") << 32 << 1.5 << 48;
    }
    void rendersAtDevicePixelRatio()
    {
        QFETCH(int, size);
        QFETCH(qreal, dpr);
        QFETCH(int, physical);
        const QImage image
            = renderTrayIcon({QStringLiteral("$12"), SpendLevel::Normal, false, false}, size, dpr);
        QCOMPARE(image.size(), QSize(physical, physical));
        QCOMPARE(image.devicePixelRatio(), dpr);
        QCOMPARE(qAlpha(image.pixel(physical / 2, physical / 2)), 255);
    }

    void levelIsAFillHeight_data()
    {
        // The fills are the design's, written out: comparing against levelFill() alone would pass a renderer
        // that draws every level at one height.
        QTest::addColumn<SpendLevel>("level");
        QTest::addColumn<double>("fill");
        QTest::newRow("quiet") << SpendLevel::Quiet << 0.0;
        QTest::newRow("normal") << SpendLevel::Normal << 0.3;
        QTest::newRow("elevated") << SpendLevel::Elevated << 0.55;
        QTest::newRow("high") << SpendLevel::High << 0.8;
    }
    void levelIsAFillHeight()
    {
        QFETCH(SpendLevel, level);
        QFETCH(double, fill);
        QCOMPARE(levelFill(level), fill);
        const QImage image = renderTrayIcon({QStringLiteral("$7"), level, false, false}, 64, 1.0);
        QVERIFY2(std::abs(measuredFill(image) - fill) <= 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(measuredFill(image)).arg(fill)));
    }

    void overBudgetHasANotch()
    {
        const QImage over
            = renderTrayIcon({QStringLiteral("$40"), SpendLevel::OverBudget, false, false}, 64, 1.0);
        const QImage high = renderTrayIcon({QStringLiteral("$40"), SpendLevel::High, false, false}, 64, 1.0);
        QCOMPARE(over.pixelColor(32, 2).lightness() > 230, true); // white notch at the top centre
        QVERIFY(high.pixelColor(32, 2).lightness() < 120);
    }

    void amountIsDrawnAndFits()
    {
        const QImage none = renderTrayIcon({QStringLiteral(" "), SpendLevel::Quiet, false, false}, 64, 1.0);
        const QImage some = renderTrayIcon({QStringLiteral("$12"), SpendLevel::Quiet, false, false}, 64, 1.0);
        const QImage longer
            = renderTrayIcon({QStringLiteral("$1.2k"), SpendLevel::Quiet, false, false}, 64, 1.0);
        QVERIFY(whitePixels(some) > whitePixels(none) + 50);
        QVERIFY(whitePixels(longer) > whitePixels(none) + 50);
        // Nothing of the text touches the left and right edges: it was shrunk to fit.
        for (int y = 0; y < 64; ++y) {
            QVERIFY(longer.pixelColor(0, y).lightness() < 230);
            QVERIFY(longer.pixelColor(63, y).lightness() < 230);
        }
    }

    void troubleMarks()
    {
        const QImage stale = renderTrayIcon({QStringLiteral("$3"), SpendLevel::Normal, true, false}, 64, 1.0);
        const QColor ring = stale.pixelColor(64 - 3 - 10, 3 + 1); // on the ring's top arc
        QVERIFY2(ring.red() > 200 && ring.green() > 120 && ring.blue() < 80, qPrintable(ring.name()));
        const QImage failed
            = renderTrayIcon({QStringLiteral("$3"), SpendLevel::Normal, false, true}, 64, 1.0);
        const QColor corner = failed.pixelColor(58, 58);
        QVERIFY2(corner.red() > 200 && corner.green() < 60, qPrintable(corner.name()));
    }

    // D16: the demo carries a dashed amber frame, so a glance at the tray never reads it as one's own spend.
    void demoIsMarked()
    {
        const auto amberOnLeftEdge = [](const QImage &image) {
            int amber = 0;
            for (int y = 12; y < 52; ++y) {
                const QColor c = image.pixelColor(3, y);
                amber += c.red() > 200 && c.green() > 150 && c.blue() < 100 ? 1 : 0;
            }
            return amber;
        };
        TrayIconState demo {QStringLiteral("$6"), SpendLevel::Normal, false, false};
        demo.demo = true;
        const int marked = amberOnLeftEdge(renderTrayIcon(demo, 64, 1.0));
        QVERIFY2(marked >= 15 && marked <= 32, qPrintable(QString::number(marked))); // dashed: on and off
        QCOMPARE(amberOnLeftEdge(
                     renderTrayIcon({QStringLiteral("$6"), SpendLevel::Normal, false, false}, 64, 1.0)),
                 0);
    }

    void maskIsMonochrome()
    {
        const QImage mask = renderTrayMask({QStringLiteral("$12"), SpendLevel::High, true, true}, 32, 1.0);
        for (int y = 0; y < mask.height(); ++y)
            for (int x = 0; x < mask.width(); ++x) {
                const QColor c = mask.pixelColor(x, y);
                QVERIFY(c.alpha() == 0 || (c.red() == 0 && c.green() == 0 && c.blue() == 0));
            }
    }

    void plainLogoWithoutAmount()
    {
        const QImage logo = renderTrayIcon({}, 32, 1.0);
        QCOMPARE(qAlpha(logo.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(logo.pixel(16, 16)), 255);
    }
};

QTEST_MAIN(TestTrayIconRenderer)
#include "test_tray_icon_renderer.moc"
