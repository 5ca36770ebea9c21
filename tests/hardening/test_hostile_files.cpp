// Hostile log files: over-long lines, binary and empty files, files truncated or deleted while read, link
// loops and undecodable names. Ingest must finish, count what it skipped, and keep every good event.
#include "ClaudeUsageLine.h"
#include "sources/local/LogFileReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tokenwise;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct ReadAll
{
    QList<QByteArray> lines;
    qint64 endOffset = 0;
    qint64 skipped = 0;
    QString error;
};

ReadAll readAll(const QString &path, qint64 chunkBytes, qint64 maxLineBytes,
                const FileCursor *cursor = nullptr)
{
    ReadAll all;
    LogFileReader reader(chunkBytes, maxLineBytes);
    if (!reader.open(path, planRead(path, cursor))) {
        all.error = reader.error();
        return all;
    }
    LogChunk chunk;
    while (reader.next(chunk))
        forEachLine(chunk, [&](std::string_view line, qint64) {
            all.lines << QByteArray(line.data(), qsizetype(line.size()));
        });
    reader.finish();
    all.endOffset = reader.endOffset();
    all.skipped = reader.skippedLines();
    all.error = reader.error();
    return all;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run tokenwise(const QStringList &args, const QString &claudeDir)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), claudeDir);
        env.insert(QStringLiteral("CODEX_HOME"), m_dir.filePath(QStringLiteral("no-codex")));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TOKENWISE_BINARY_DIR") + QStringLiteral("/tokenwise"), args);
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void overlongLineIsSkippedAndCounted()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
        QVERIFY(writeFile(path, "a1\n" + QByteArray(10'000, 'x') + "\nb2\n"));
        const ReadAll all = readAll(path, 64, 1024);
        QCOMPARE(all.lines, (QList<QByteArray> {"a1", "b2"}));
        QCOMPARE(all.skipped, 1);
        QCOMPARE(all.endOffset, 3 + 10'001 + 3);
        QVERIFY(all.error.isEmpty());
    }

    void overlongLineAtTheEndOfAChunkIsSkipped()
    {
        // The newline that ends the long line arrives in the same read as the next line.
        const QString path = m_dir.filePath(QStringLiteral("long2.jsonl"));
        QVERIFY(writeFile(path, QByteArray(2'000, 'y') + "\nc3\nd4\n"));
        const ReadAll all = readAll(path, 1'500, 1'000);
        QCOMPARE(all.lines, (QList<QByteArray> {"c3", "d4"}));
        QCOMPARE(all.skipped, 1);
        QCOMPARE(all.endOffset, 2'001 + 6);
    }

    void unfinishedOverlongLineWaitsBeforeIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("long3.jsonl"));
        QVERIFY(writeFile(path, "a1\n" + QByteArray(10'000, 'x')));
        const ReadAll all = readAll(path, 64, 1024);
        QCOMPARE(all.lines, (QList<QByteArray> {"a1"}));
        QCOMPARE(all.skipped, 0); // not a line yet: a later run, once it is finished, skips it
        QCOMPARE(all.endOffset, 3);
    }

    void fileTruncatedWhileReadStopsCleanly()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated.jsonl"));
        QByteArray bytes;
        for (int i = 0; i < 20'000; ++i)
            bytes += "line " + QByteArray::number(i) + '\n';
        QVERIFY(writeFile(path, bytes));
        const QList<QByteArray> original = bytes.split('\n');
        LogFileReader reader(4'096);
        QVERIFY(reader.open(path, planRead(path, nullptr)));
        QList<QByteArray> lines;
        const auto collect = [&](std::string_view line, qint64) {
            lines << QByteArray(line.data(), qsizetype(line.size()));
        };
        LogChunk chunk;
        QVERIFY(reader.next(chunk));
        forEachLine(chunk, collect);
        QVERIFY(::truncate(QFile::encodeName(path).constData(), 100) == 0);
        while (reader.next(chunk))
            forEachLine(chunk, collect);
        reader.finish();
        // The reader stops at the cut (what it had buffered before it is real data): whole lines, in order,
        // every one as it was written, nothing invented past the end.
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() < 20'000);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), original.at(i));
        const qint64 firstChunkEnd = reader.endOffset();
        // The next run sees a file shorter than the cursor and reads it again from the start.
        FileCursor cursor;
        const FileIdentity id = identify(path);
        cursor.device = id.device;
        cursor.inode = id.inode;
        cursor.offset = reader.endOffset();
        cursor.size = firstChunkEnd;
        QCOMPARE(planRead(path, &cursor).mode, ReadMode::Reread);
    }

    void fileDeletedWhileReadIsReadToItsEnd()
    {
        const QString path = m_dir.filePath(QStringLiteral("deleted.jsonl"));
        QByteArray bytes;
        for (int i = 0; i < 5'000; ++i)
            bytes += "line " + QByteArray::number(i) + '\n';
        QVERIFY(writeFile(path, bytes));
        LogFileReader reader(1'024);
        QVERIFY(reader.open(path, planRead(path, nullptr)));
        QVERIFY(QFile::remove(path));
        qint64 lines = 0;
        LogChunk chunk;
        while (reader.next(chunk))
            lines += countLines(chunk);
        reader.finish();
        QCOMPARE(lines, 5'000);
        QCOMPARE(reader.endOffset(), bytes.size());
        QCOMPARE(planRead(path, nullptr).mode, ReadMode::Unchanged); // gone: nothing to read, nothing lost
    }

    // One tree with every kind of hostile file beside good ones, through the real CLI.
    void ingestSurvivesAHostileTree()
    {
        const QString claude = m_dir.filePath(QStringLiteral("claude"));
        const QString projects = claude + QStringLiteral("/projects");
        QVERIFY(QDir().mkpath(projects + QStringLiteral("/-home-a-app")));
        QVERIFY(QDir().mkpath(projects + QStringLiteral("/-loop")));
        QVERIFY(writeFile(projects + QStringLiteral("/-home-a-app/good.jsonl"),
                          claudeUsageLine("A") + claudeUsageLine("B")));

        // 100 MB in one line that looks like a usage line, between two good lines.
        {
            QFile huge(projects + QStringLiteral("/-home-a-app/huge.jsonl"));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            huge.write(claudeUsageLine("C"));
            huge.write("{\"type\":\"assistant\",\"message\":{\"usage\":{\"input_tokens\":1},\"content\":\"");
            const QByteArray megabyte(1 << 20, 'z');
            for (int i = 0; i < 100; ++i)
                QCOMPARE(huge.write(megabyte), megabyte.size());
            huge.write("\"}}\n");
            huge.write(claudeUsageLine("D"));
        }

        // Binary junk named .jsonl: three of its five lines hold the usage needle.
        QByteArray binary;
        quint32 state = 12345;
        for (int line = 0; line < 5; ++line) {
            for (int i = 0; i < 3'000; ++i) {
                state = state * 1103515245u + 12345u;
                char c = char(state >> 24);
                binary += c == '\n' ? '\0' : c;
            }
            if (line % 2 == 0)
                binary += "\"usage\"";
            binary += '\n';
        }
        QVERIFY(writeFile(projects + QStringLiteral("/-home-a-app/binary.jsonl"), binary));
        QVERIFY(writeFile(projects + QStringLiteral("/-home-a-app/empty.jsonl"), {}));
        QVERIFY(writeFile(projects + QStringLiteral("/-home-a-app/blank.jsonl"), "\n\n\r\n\n   \n"));
        // Links that loop: the scan must not follow them.
        QVERIFY(QFile::link(projects, projects + QStringLiteral("/-loop/up")));
        QVERIFY(::symlink("self", QFile::encodeName(projects + QStringLiteral("/-loop/self")).constData())
                == 0);
        // A name that is not UTF-8 cannot be opened through a QString path: it is reported, not lost
        // silently.
        const QByteArray badName = QFile::encodeName(projects) + "/-home-a-app/\xff\xfe-bad.jsonl";
        {
            FILE *f = ::fopen(badName.constData(), "wb");
            QVERIFY(f);
            const QByteArray line = claudeUsageLine("E");
            QCOMPARE(::fwrite(line.constData(), 1, size_t(line.size()), f), size_t(line.size()));
            ::fclose(f);
        }

        const Run ingest = tokenwise({QStringLiteral("ingest"), QStringLiteral("--json")}, claude);
        QCOMPARE(ingest.exitCode, 0);
        const QJsonObject source = QJsonDocument::fromJson(ingest.out)
                                       .object()
                                       .value(QStringLiteral("sources"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(source.value(QStringLiteral("source")).toString(), QStringLiteral("claude-code"));
        QCOMPARE(source.value(QStringLiteral("usageLines")).toInteger(), 4);
        QCOMPARE(source.value(QStringLiteral("malformedLines")).toInteger(),
                 3 + 1); // binary needles + the huge line
        const QJsonArray errors = source.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).toString().contains(QStringLiteral("-bad.jsonl")),
                 qPrintable(errors.at(0).toString()));
        QCOMPARE(QJsonDocument::fromJson(ingest.out).object().value(QStringLiteral("events")).toInteger(), 4);

        const Run report
            = tokenwise({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json"),
                         QStringLiteral("--timezone"), QStringLiteral("UTC")},
                        claude);
        QCOMPARE(report.exitCode, 0);
        const QJsonArray daily
            = QJsonDocument::fromJson(report.out).object().value(QStringLiteral("daily")).toArray();
        QCOMPARE(daily.size(), 1);
        QCOMPARE(daily.at(0).toObject().value(QStringLiteral("inputTokens")).toInteger(), 400);
        QCOMPARE(daily.at(0).toObject().value(QStringLiteral("outputTokens")).toInteger(), 800);
        QCOMPARE(daily.at(0).toObject().value(QStringLiteral("totalCost")).toDouble(), 4 * 0.0033);

        // A second run reads nothing again: the skipped line is behind the cursor, not re-counted.
        const Run again = tokenwise({QStringLiteral("ingest"), QStringLiteral("--json")}, claude);
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out)
                                       .object()
                                       .value(QStringLiteral("sources"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(second.value(QStringLiteral("bytesRead")).toInteger(), 0);
        QCOMPARE(second.value(QStringLiteral("malformedLines")).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
