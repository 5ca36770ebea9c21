// Shared by the agent source tests: write files under the private HOME, ingest one source, sum what it
// stored.
#pragma once

#include "app/ingest/Ingestor.h"
#include "core/PriceBook.h"
#include "store/MemoryLedger.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTest>
#include <QTimeZone>

namespace agenttest {

inline QString fixture(const QString &relative)
{
    return QStringLiteral(TOKENWISE_FIXTURES_DIR "/agents/") + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file(fixture(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes,
                      QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(mode))
        return false;
    return file.write(bytes) == bytes.size();
}

inline bool appendFile(const QString &path, const QByteArray &bytes)
{
    return writeFile(path, bytes, QIODevice::Append);
}

// Moves a file's mtime on, so that a same-size rewrite is seen as a change.
inline bool touchLater(const QString &path, int seconds)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QFileInfo(path).lastModified().addSecs(seconds),
                            QFileDevice::FileModificationTime);
}

struct Stored
{
    tokenwise::TokenCounts tokens;
    tokenwise::MicroUsd cost = 0;
    qint64 events = 0;
    QStringList bases;
};

// Per UTC day and reported model: what the ledger holds from `source`.
inline QMap<QString, Stored> stored(tokenwise::Ledger &ledger, const QString &source)
{
    tokenwise::LedgerQuery query;
    query.sources = {source};
    QMap<QString, Stored> byDayModel;
    for (const tokenwise::UsageSlice &slice : ledger.usageSlices(query)) {
        const QString key
            = QDateTime::fromMSecsSinceEpoch(slice.bucketMs, QTimeZone::utc()).date().toString(Qt::ISODate)
            + QLatin1Char(' ') + slice.reportedModel();
        Stored &s = byDayModel[key];
        s.tokens += slice.tokens;
        s.cost += slice.cost;
        s.events += slice.events;
        const QString basis = tokenwise::costBasisName(slice.basis);
        if (!s.bases.contains(basis))
            s.bases << basis;
    }
    return byDayModel;
}

// One ingest of one source into `ledger`: its status (empty when the ingest failed).
inline tokenwise::SourceScanStatus ingestSource(tokenwise::Ledger &ledger, const tokenwise::PriceBook &prices,
                                                const QString &source)
{
    tokenwise::Ingestor ingestor(ledger, prices);
    auto summary = ingestor.ingestLocal({source});
    return summary && summary->sources.size() == 1 ? summary->sources.constFirst()
                                                   : tokenwise::SourceScanStatus {};
}

inline tokenwise::TokenCounts tokens(qint64 input, qint64 output, qint64 cacheRead, qint64 cacheWrite5m = 0,
                                     qint64 reasoning = 0)
{
    tokenwise::TokenCounts t;
    t.input = input;
    t.output = output;
    t.cacheRead = cacheRead;
    t.cacheWrite5m = cacheWrite5m;
    t.reasoning = reasoning;
    return t;
}

} // namespace agenttest
