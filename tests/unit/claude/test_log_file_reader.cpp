// Incremental reading through the Claude scanner: append, partial last line, truncation, rotation, deletion.
#include "sources/local/LogFileReader.h"
#include "sources/local/claude_code/ClaudeFileScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenwise;
using namespace tokenwise::claude;

namespace {

QByteArray usageLine(int n, int output)
{
    return QStringLiteral(
               R"({"type":"assistant","timestamp":"2026-03-11T02:40:%1.000Z","requestId":"req_%2",)"
               R"("cwd":"/w","sessionId":"s","message":{"id":"msg_%2","model":"claude-haiku-4-5",)"
               R"("usage":{"input_tokens":10,"output_tokens":%3}}})")
               .arg(n % 60, 2, 10, QLatin1Char('0'))
               .arg(n)
               .arg(output)
               .toUtf8()
        + '\n';
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

qint64 outputOf(const FileScanResult &r)
{
    qint64 sum = 0;
    for (const UsageEvent &e : r.events)
        sum += e.tokens.output;
    return sum;
}

} // namespace

class TestLogFileReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ClaudeFileScanner m_scanner;

    TranscriptFile file(const QString &name) const
    {
        return {m_dir.filePath(name), QStringLiteral("-w"), QStringLiteral("s")};
    }

private slots:
    void appendReadsOnlyNewBytes()
    {
        const TranscriptFile f = file(QStringLiteral("append.jsonl"));
        append(f.path, usageLine(1, 5) + usageLine(2, 7));
        FileScanResult first = m_scanner.scan(f, nullptr, 1);
        QVERIFY(first.changed);
        QCOMPARE(first.events.size(), 2);
        QCOMPARE(first.cursor.offset, QFileInfo(f.path).size());

        const FileScanResult unchanged = m_scanner.scan(f, &first.cursor, 2);
        QVERIFY(!unchanged.changed);

        const QByteArray more = usageLine(3, 11);
        append(f.path, more);
        const FileScanResult second = m_scanner.scan(f, &first.cursor, 3);
        QVERIFY(second.changed);
        QCOMPARE(second.bytesRead, more.size()); // appending costs what was appended
        QCOMPARE(second.events.size(), 1);
        QCOMPARE(outputOf(second), qint64(11));
        QCOMPARE(second.cursor.lines, qint64(3));
    }

    void partialLastLineWaitsForItsNewline()
    {
        const TranscriptFile f = file(QStringLiteral("partial.jsonl"));
        const QByteArray whole = usageLine(1, 5);
        const QByteArray half = usageLine(2, 9);
        append(f.path, whole + half.left(half.size() / 2));
        const FileScanResult first = m_scanner.scan(f, nullptr, 1);
        QCOMPARE(first.events.size(), 1);
        QCOMPARE(first.malformed, qint64(0)); // not consumed, so not counted as malformed
        QCOMPARE(first.cursor.offset, whole.size());

        append(f.path, half.mid(half.size() / 2));
        const FileScanResult second = m_scanner.scan(f, &first.cursor, 2);
        QCOMPARE(second.events.size(), 1);
        QCOMPARE(outputOf(second), qint64(9));
        QCOMPARE(second.cursor.offset, whole.size() + half.size());
    }

    void truncatedFileIsReadAgain()
    {
        const TranscriptFile f = file(QStringLiteral("truncated.jsonl"));
        append(f.path, usageLine(1, 5) + usageLine(2, 6));
        const FileScanResult first = m_scanner.scan(f, nullptr, 1);
        QFile::resize(f.path, 0);
        append(f.path, usageLine(9, 4));
        const FileScanResult second = m_scanner.scan(f, &first.cursor, 2);
        QVERIFY(second.changed);
        QCOMPARE(second.events.size(), 1);
        QCOMPARE(outputOf(second), qint64(4));
        QCOMPARE(second.cursor.lines, qint64(1)); // counts restart with the new content
    }

    void replacedFileOfTheSameSizeIsReadAgain()
    {
        const TranscriptFile f = file(QStringLiteral("replaced.jsonl"));
        append(f.path, usageLine(1, 5) + usageLine(2, 6));
        const FileScanResult first = m_scanner.scan(f, nullptr, 1);
        // Rotation: the old file moves away, a new one with other content (same length) takes its name.
        QVERIFY(QFile::rename(f.path, f.path + QStringLiteral(".1")));
        append(f.path, usageLine(1, 7) + usageLine(2, 8));
        const FileScanResult second = m_scanner.scan(f, &first.cursor, 2);
        QVERIFY(second.changed);
        QCOMPARE(second.events.size(), 2);
        QCOMPARE(outputOf(second), qint64(15));
    }

    void rewrittenHeadIsDetected()
    {
        const TranscriptFile f = file(QStringLiteral("rewritten.jsonl"));
        append(f.path, usageLine(1, 5));
        const FileScanResult first = m_scanner.scan(f, nullptr, 1);
        // Same inode, grown, but the bytes already read changed: the whole file is read again.
        QFile rewrite(f.path);
        QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rewrite.write(usageLine(1, 6) + usageLine(2, 1));
        rewrite.close();
        const FileScanResult second = m_scanner.scan(f, &first.cursor, 2);
        QCOMPARE(second.events.size(), 2);
        QCOMPARE(second.cursor.offset, QFileInfo(f.path).size());
    }

    void deletedFileReadsNothing()
    {
        const TranscriptFile f = file(QStringLiteral("deleted.jsonl"));
        append(f.path, usageLine(1, 5));
        const FileScanResult first = m_scanner.scan(f, nullptr, 1);
        QVERIFY(QFile::remove(f.path));
        const FileScanResult second = m_scanner.scan(f, &first.cursor, 2);
        QVERIFY(!second.changed); // the ledger keeps what it had
        QVERIFY(second.error.isEmpty());
    }

    void malformedAndUndatedLinesAreCounted()
    {
        const TranscriptFile f = file(QStringLiteral("bad.jsonl"));
        append(f.path,
               usageLine(1, 5) + QByteArray("{\"usage\": broken\n") + QByteArray("\n\n")
                   + QByteArray(
                       R"({"type":"assistant","message":{"id":"x","model":"m","usage":{"input_tokens":1}}})")
                   + '\n' + usageLine(2, 6));
        const FileScanResult r = m_scanner.scan(f, nullptr, 1);
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(r.malformed, qint64(1));
        QCOMPARE(r.noTimestamp, qint64(1));
        QCOMPARE(r.cursor.lines, qint64(6)); // every newline, blank lines included
    }

    void crlfLineEndings()
    {
        const TranscriptFile f = file(QStringLiteral("crlf.jsonl"));
        QByteArray line = usageLine(1, 5);
        line.insert(line.size() - 1, '\r');
        append(f.path, line);
        const FileScanResult r = m_scanner.scan(f, nullptr, 1);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.malformed, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLogFileReader)
#include "test_log_file_reader.moc"
