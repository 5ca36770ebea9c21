// A generated Claude Code corpus, ingested one-shot and incrementally, against the generator's own ground
// truth.
#include "app/ingest/Ingestor.h"
#include "core/PriceBook.h"
#include "store/MemoryLedger.h"
#include "store/SqliteLedger.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;

namespace {

using Vector = std::array<qint64, 5>; // input, output, cache creation, cache read, entries

Vector vectorOf(const TokenCounts &t, qint64 events)
{
    return {t.input, t.output, t.cacheWrite(), t.cacheRead, events};
}

Vector manifestVector(const QJsonArray &a)
{
    return {a[0].toInteger(), a[1].toInteger(), a[2].toInteger(), a[3].toInteger(), a[5].toInteger()};
}

QMap<QString, Vector> byHourAndModel(Ledger &ledger)
{
    QMap<QString, Vector> result;
    for (const UsageSlice &s : ledger.usageSlices({})) {
        const QString hour
            = QDateTime::fromMSecsSinceEpoch(s.bucketMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH"));
        Vector &v = result[hour + QLatin1Char('|') + s.reportedModel()];
        const Vector add = vectorOf(s.tokens, s.events);
        for (size_t i = 0; i < v.size(); ++i)
            v[i] += add[i];
    }
    return result;
}

QMap<QString, Vector> bySession(Ledger &ledger)
{
    const QHash<QString, TaskInfo> tasks = ledger.tasks();
    QMap<QString, Vector> result;
    for (const TaskSlice &s : ledger.taskSlices({})) {
        const TaskInfo info = tasks.value(taskKey(s.source, s.sessionId));
        Vector &v = result[info.projectDir + QLatin1Char('/') + s.sessionId];
        const Vector add = vectorOf(s.tokens, s.events);
        for (size_t i = 0; i < v.size(); ++i)
            v[i] += add[i];
    }
    return result;
}

} // namespace

class TestClaudeCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_corpus;
    QJsonObject m_manifest;
    PriceBook m_prices;

    QMap<QString, Vector> expectedHours() const
    {
        QMap<QString, Vector> map;
        const QJsonObject hourly = m_manifest.value(QStringLiteral("hourly_utc_by_model")).toObject();
        for (auto it = hourly.begin(); it != hourly.end(); ++it)
            map.insert(it.key(), manifestVector(it.value().toArray()));
        return map;
    }

    QMap<QString, Vector> expectedSessions() const
    {
        QMap<QString, Vector> map;
        const QJsonObject sessions = m_manifest.value(QStringLiteral("sessions")).toObject();
        for (auto it = sessions.begin(); it != sessions.end(); ++it) {
            const Vector v = manifestVector(it.value().toArray());
            if (v[4] > 0)
                map.insert(it.key(), v);
        }
        return map;
    }

    void ingestInto(Ledger &ledger, const QString &claudeDir)
    {
        qputenv("CLAUDE_CONFIG_DIR", claudeDir.toUtf8());
        Ingestor ingestor(ledger, m_prices);
        const auto summary = ingestor.ingestLocal({QString::fromLatin1(source::claudeCode)});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
    }

private slots:
    void initTestCase()
    {
        const QString generator = QStringLiteral(TOKENWISE_SHARED_DIR "/tools/gen_claude_logs.py");
        if (!QFile::exists(generator))
            QSKIP("the shared corpus generator is not beside this checkout");
        m_corpus = m_dir.filePath(QStringLiteral("claude"));
        QProcess gen;
        gen.start(QStringLiteral("python3"),
                  {generator, QStringLiteral("--out"), m_corpus, QStringLiteral("--projects"),
                   QStringLiteral("4"), QStringLiteral("--sessions-per-project"), QStringLiteral("6"),
                   QStringLiteral("--messages-per-session"), QStringLiteral("30"), QStringLiteral("--jobs"),
                   QStringLiteral("1")});
        QVERIFY(gen.waitForFinished(120'000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        QFile manifest(m_corpus + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        m_manifest = QJsonDocument::fromJson(manifest.readAll()).object();
        auto prices = PriceBook::load();
        QVERIFY2(prices.ok(), qPrintable(prices.error()));
        m_prices = std::move(prices).value();
        qputenv("CODEX_HOME", m_dir.filePath(QStringLiteral("no-codex")).toUtf8());
    }

    void oneShotMatchesTheGroundTruth_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("in-memory ledger") << false;
        QTest::newRow("SQLite ledger") << true;
    }
    void oneShotMatchesTheGroundTruth()
    {
        QFETCH(bool, sqlite);
        std::unique_ptr<Ledger> ledger;
        if (sqlite)
            ledger = std::move(SqliteLedger::open(m_dir.filePath(QStringLiteral("one-shot.sqlite")))).value();
        else
            ledger = std::make_unique<MemoryLedger>();
        ingestInto(*ledger, m_corpus);

        const QMap<QString, Vector> hours = byHourAndModel(*ledger);
        const QMap<QString, Vector> expected = expectedHours();
        QCOMPARE(hours.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(hours.value(it.key()) == *it, qPrintable(it.key()));
        QCOMPARE(bySession(*ledger), expectedSessions());

        const QJsonArray totals = m_manifest.value(QStringLiteral("totals_dedup_ccusage20")).toArray();
        QCOMPARE(ledger->eventCount(), totals[5].toInteger());
        qint64 output = 0;
        for (const Vector &v : hours)
            output += v[1];
        QCOMPARE(output, totals[1].toInteger());
    }

    void costsMatchWhereNoLongContextTierApplies()
    {
        // The generator tiers each token category at 200k (ccusage's rule); Tokenwise tiers whole requests.
        // Models without a long-context tier must agree to within the per-event rounding to micro-dollars.
        MemoryLedger ledger;
        ingestInto(ledger, m_corpus);
        QMap<QString, std::pair<MicroUsd, qint64>> costs;
        for (const UsageSlice &s : ledger.usageSlices({})) {
            const QString hour = QDateTime::fromMSecsSinceEpoch(s.bucketMs, Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-ddTHH"));
            auto &c = costs[hour + QLatin1Char('|') + s.reportedModel()];
            c.first += s.cost;
            c.second += s.events;
        }
        const QJsonObject hourly = m_manifest.value(QStringLiteral("hourly_utc_by_model")).toObject();
        int compared = 0;
        for (auto it = hourly.begin(); it != hourly.end(); ++it) {
            if (it.key().contains(QStringLiteral("sonnet-4-5"))
                || it.key().contains(QStringLiteral("sonnet-4-2")))
                continue;
            const double expected = it.value().toArray()[4].toDouble() * 1e6;
            const auto [micros, events] = costs.value(it.key());
            QVERIFY2(std::abs(double(micros) - expected) <= 0.5 * double(events) + 1e-6,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(micros).arg(expected)));
            ++compared;
        }
        QVERIFY(compared > 10);
    }

    void incrementalIngestEqualsOneShot()
    {
        // First run sees every file cut at a third of its bytes (often mid-line); the second sees them whole.
        const QString live = m_dir.filePath(QStringLiteral("live"));
        QDirIterator it(m_corpus + QStringLiteral("/projects"), {QStringLiteral("*.jsonl")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        for (const QString &path : files) {
            const QString target = live + QStringLiteral("/projects/")
                + QDir(m_corpus + QStringLiteral("/projects")).relativeFilePath(path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(target);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() / 3));
        }
        auto opened = SqliteLedger::open(m_dir.filePath(QStringLiteral("incremental.sqlite")));
        QVERIFY(opened.ok());
        SqliteLedger &ledger = **opened;
        ingestInto(ledger, live);
        const qint64 firstEvents = ledger.eventCount();
        QVERIFY(firstEvents > 0);

        for (const QString &path : files) {
            const QString target = live + QStringLiteral("/projects/")
                + QDir(m_corpus + QStringLiteral("/projects")).relativeFilePath(path);
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(target);
            QVERIFY(out.open(QIODevice::ReadWrite));
            const qint64 have = out.size();
            out.seek(have);
            in.seek(have);
            out.write(in.readAll());
        }
        qputenv("CLAUDE_CONFIG_DIR", live.toUtf8());
        Ingestor ingestor(ledger, m_prices);
        const auto second = ingestor.ingestLocal({QString::fromLatin1(source::claudeCode)});
        QVERIFY(second.ok());
        qint64 appended = 0;
        for (const QString &path : files)
            appended += QFileInfo(path).size() - QFileInfo(path).size() / 3;
        // Only appended bytes (plus each file's unfinished line from the first run) were read.
        QVERIFY2(second->bytesRead() <= appended + files.size() * 200'000,
                 qPrintable(QString::number(second->bytesRead())));
        QVERIFY(second->bytesRead() >= appended);

        QCOMPARE(byHourAndModel(ledger), expectedHours());
        QCOMPARE(bySession(ledger), expectedSessions());

        const auto third = ingestor.ingestLocal({QString::fromLatin1(source::claudeCode)});
        QVERIFY(third.ok());
        QCOMPARE(third->bytesRead(), qint64(0)); // nothing new: nothing read
        QCOMPARE(byHourAndModel(ledger), expectedHours());
    }

    void malformedLinesAreCounted()
    {
        MemoryLedger ledger;
        qputenv("CLAUDE_CONFIG_DIR", m_corpus.toUtf8());
        Ingestor ingestor(ledger, m_prices);
        const auto summary = ingestor.ingestLocal({QString::fromLatin1(source::claudeCode)});
        QVERIFY(summary.ok());
        const QJsonObject counts = m_manifest.value(QStringLiteral("counts")).toObject();
        const qint64 junk = counts.value(QStringLiteral("malformed_junk_lines")).toInteger()
            + counts.value(QStringLiteral("malformed_truncated_copy_lines")).toInteger();
        const SourceScanStatus &status = summary->sources.constFirst();
        QCOMPARE(status.files,
                 qint64(counts.value(QStringLiteral("session_files")).toInteger()
                        + counts.value(QStringLiteral("subagent_files")).toInteger()));
        QVERIFY2(status.malformed >= junk,
                 qPrintable(QStringLiteral("%1 < %2").arg(status.malformed).arg(junk)));
    }
};

QTEST_GUILESS_MAIN(TestClaudeCorpus)
#include "test_claude_corpus.moc"
