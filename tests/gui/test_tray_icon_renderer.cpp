// The tray icon is a pure function of its state, rendered at the device pixel ratio.
#include "gui/tray/TrayIconRenderer.h"

#include <QTest>

using namespace tokenwise;

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
        const QImage image = renderTrayIcon({}, size, dpr);
        QCOMPARE(image.width(), physical);
        QCOMPARE(image.height(), physical);
        QCOMPARE(image.devicePixelRatio(), dpr);
        // The bundled SVG was found and drawn: the centre is opaque, the corner transparent.
        QCOMPARE(qAlpha(image.pixel(physical / 2, physical / 2)), 255);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }
    void staleAddsAnAmberMark()
    {
        const QImage fresh = renderTrayIcon({false}, 32, 1.0);
        const QImage stale = renderTrayIcon({true}, 32, 1.0);
        const QColor corner = stale.pixelColor(32 - 7, 7);
        QVERIFY(corner.red() > 200 && corner.green() > 120 && corner.blue() < 60);
        QVERIFY(fresh.pixelColor(32 - 7, 7) != corner);
    }
};

QTEST_MAIN(TestTrayIconRenderer)
#include "test_tray_icon_renderer.moc"
