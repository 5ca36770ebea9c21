// One task-title rule for every view and export: the agent's title, else project · ticket or branch · date.
#include "core/TaskTitle.h"

#include <QDateTime>
#include <QTest>

using namespace tokenwise;

class TestTaskTitle : public QObject
{
    Q_OBJECT

private slots:
    void titles()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const qint64 start = QDateTime(QDate(2026, 11, 21), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(
            taskTitle(
                {QStringLiteral("Refunds"), QStringLiteral("/w/pay"), {}, QStringLiteral("main"), {}, start},
                utc),
            QStringLiteral("Refunds"));
        QCOMPARE(taskTitle(
                     {{}, QStringLiteral("/home/dev/auth-service-1/"), {}, QStringLiteral("main"), {}, start},
                     utc),
                 QStringLiteral("auth-service-1 · main · 21 Nov"));
        QCOMPARE(taskTitle({{},
                            QStringLiteral("mobile-3"),
                            QStringLiteral("PAY-12"),
                            QStringLiteral("feature/x"),
                            {},
                            start},
                           utc),
                 QStringLiteral("mobile-3 · PAY-12 · 21 Nov"));
        QCOMPARE(taskTitle({{}, {}, {}, {}, QStringLiteral("4d4dc646-aaaa"), start}, utc),
                 QStringLiteral("session 4d4dc646 · 21 Nov"));
        // The date is the task's first day in the viewer's zone.
        QCOMPARE(taskTitle({{}, QStringLiteral("app"), {}, {}, {}, start}, QTimeZone("Europe/Berlin")),
                 QStringLiteral("app · 22 Nov"));
    }
};

QTEST_GUILESS_MAIN(TestTaskTitle)
#include "test_task_title.moc"
