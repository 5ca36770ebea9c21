// UnsupportedAutostart: what platforms without an autostart implementation report.
#include "app/platform/UnsupportedAutostart.h"

#include <QTest>

class TestUnsupportedAutostart : public QObject
{
    Q_OBJECT

private slots:
    void saysItIsUnsupported()
    {
        tokenwise::UnsupportedAutostart autostart;
        QVERIFY(!autostart.isSupported());
        QVERIFY(!autostart.isEnabled());
    }
    void refusesToEnableWithAReason()
    {
        tokenwise::UnsupportedAutostart autostart;
        const tokenwise::Status status = autostart.setEnabled(true);
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral("not supported")));
        QVERIFY(!autostart.isEnabled());
    }
    void disablingIsAlreadyDone() { QVERIFY(tokenwise::UnsupportedAutostart().setEnabled(false).ok()); }
};

QTEST_GUILESS_MAIN(TestUnsupportedAutostart)
#include "test_unsupported_autostart.moc"
