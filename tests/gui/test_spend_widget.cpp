// The 15-minute widget: figures, cadence only while shown, click to refresh, Esc hides, placement remembered.
#include "gui/widget/Sparkline.h"
#include "gui/widget/SpendWidget.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

class TestSpendWidget : public QObject
{
    Q_OBJECT
private slots:
    void showsTheSnapshot()
    {
        TestClock clock(QDateTime(QDate(2026, 11, 18), QTime(13, 45), Qt::UTC));
        SpendWidget widget(nullptr, clock);
        UsageSnapshot s;
        s.zone = QTimeZone("Europe/Berlin");
        s.today = 12'340'000;
        s.weekToDate = 40 * kMicrosPerDollar;
        s.typicalWeekToDate = 50 * kMicrosPerDollar;
        s.last24Hours = QList<MicroUsd>(24, 1000);
        widget.setSnapshot(s);
        QCOMPARE(widget.todayText(), QStringLiteral("Today $12.34"));
        QCOMPARE(widget.weekText(), QStringLiteral("Week $40.00 · below your typical pace"));
        QCOMPARE(widget.updatedText(), QStringLiteral("updated 14:45"));
        QCOMPARE(widget.sparkline()->values().size(), 24);
    }

    void refreshCadenceOnlyWhileShown()
    {
        SpendWidget widget(nullptr);
        widget.setRefreshMinutes(3);
        QCOMPARE(widget.refreshMinutes(), 5); // clamped to 5–60
        widget.setRefreshMinutes(15);
        QVERIFY(!widget.isRefreshScheduled());
        widget.show();
        QVERIFY(widget.isRefreshScheduled());
        QSignalSpy refresh(&widget, &SpendWidget::refreshRequested);
        QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(refresh.size(), 1);
        QTest::keyClick(&widget, Qt::Key_Space);
        QCOMPARE(refresh.size(), 2);
        QSignalSpy closed(&widget, &SpendWidget::closedByUser);
        QTest::keyClick(&widget, Qt::Key_Escape);
        QVERIFY(!widget.isVisible());
        QCOMPARE(closed.size(), 1);
        QVERIFY(!widget.isRefreshScheduled()); // hidden: no wake-ups
    }

    void placementIsRemembered()
    {
        QTemporaryDir dir;
        QSettings placement(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat);
        {
            SpendWidget widget(&placement);
            widget.show();
            widget.move(123, 77);
            widget.close();
        }
        SpendWidget again(&placement);
        again.show();
        QCOMPARE(again.pos(), QPoint(123, 77));
    }
};

QTEST_MAIN(TestSpendWidget)
#include "test_spend_widget.moc"
