// The settings page's source toggles: one per registered local source, loaded from and saved to Settings.
#include "app/settings/Settings.h"
#include "gui/settings/GeneralPages.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

class TestSourcesPage : public QObject
{
    Q_OBJECT

private slots:
    void oneTogglePerRegisteredSource()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        QVERIFY(settings.setValue(QStringLiteral("sources/codex"), false));
        SourcesPage page;
        page.load(settings);
        const QList<QCheckBox *> boxes
            = page.findChildren<QCheckBox *>(QRegularExpression(QStringLiteral("^source-")));
        QCOMPARE(boxes.size(), localSources().size());
        for (const LocalSource *source : localSources()) {
            auto *box = page.findChild<QCheckBox *>(QStringLiteral("source-") + source->id());
            QVERIFY2(box, qPrintable(source->id()));
            QCOMPARE(box->text(), source->displayName());
            QCOMPARE(box->isChecked(), source->id() != QLatin1String("codex"));
        }

        QSignalSpy changed(&settings, &Settings::changed);
        page.findChild<QCheckBox *>(QStringLiteral("source-codex"))->setChecked(true);
        page.findChild<QCheckBox *>(QStringLiteral("source-claude-code"))->setChecked(false);
        QString error;
        QVERIFY2(page.save(settings, &error), qPrintable(error));
        QCOMPARE(settings.disabledLocalSources(), QStringList {QStringLiteral("claude-code")});
        QStringList keys;
        for (const QList<QVariant> &signal : changed)
            keys << signal.at(0).toString();
        QVERIFY(keys.contains(QStringLiteral("sources/claudeCode")));
        QVERIFY(keys.contains(QStringLiteral("sources/codex")));
        QCOMPARE(keys.filter(QStringLiteral("sources/")).size(), 2); // only the two that changed
    }
};

QTEST_MAIN(TestSourcesPage)
#include "test_sources_page.moc"
