// The registry of local sources: unique ids, names, lookups, and each source's listing under an empty HOME.
#include "sources/local/LocalSourceRegistry.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace tokenwise;

class TestLocalRegistry : public QObject
{
    Q_OBJECT

private slots:
    void idsAreUniqueAndNamed()
    {
        QSet<QString> seen;
        for (const LocalSource *source : localSources()) {
            QVERIFY2(!seen.contains(source->id()), qPrintable(source->id()));
            seen.insert(source->id());
            QVERIFY(!source->displayName().isEmpty());
            QCOMPARE(findLocalSource(source->id()), source);
            QCOMPARE(localSourceDisplayName(source->id()), source->displayName());
        }
        QCOMPARE(localSourceIds().size(), localSources().size());
        // The ids of issues 13 and 14, in display order.
        QCOMPARE(
            localSourceIds().join(u' '),
            QStringLiteral("claude-code codex gemini-cli qwen-code pi openclaw kimi-cli amp droid opencode "
                           "kilo-cli crush goose copilot-cli cline roo-code kilo-code"));
        QCOMPARE(localSourceDisplayName(QStringLiteral("claude-code")), QStringLiteral("Claude Code"));
        QVERIFY(!findLocalSource(u"cursor")); // an API source, not a local one
        QCOMPARE(localSourceDisplayName(QStringLiteral("cursor")), QStringLiteral("cursor"));
    }

    // Under a HOME with nothing in it, every source says where it looked and finds nothing: never an error.
    void emptyHomeFindsNothingAndSaysWhere()
    {
        QVERIFY(QDir::homePath().contains(QStringLiteral("tokenwise-test")));
        for (const LocalSource *source : localSources()) {
            const LocalListing listing = source->list();
            QVERIFY2(!listing.searched.isEmpty(), qPrintable(source->id()));
            QVERIFY2(listing.files.isEmpty(), qPrintable(source->id()));
            QVERIFY2(listing.problems.isEmpty(), qPrintable(source->id()));
            QVERIFY(source->makeScanner() != nullptr);
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalRegistry)
#include "test_local_registry.moc"
