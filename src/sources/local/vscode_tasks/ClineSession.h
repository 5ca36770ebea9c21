// The new Cline store (2026 SDK rewrite, shared by the CLI and the new extension):
// <data>/sessions/<id>/<id>.messages.json, with the session's metadata in <id>.json beside it.
#pragma once

#include "core/IngestRecords.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tokenwise::vscodetasks {

inline constexpr char kClineMessagesSuffix[] = ".messages.json";

struct ClineSessionRead
{
    bool valid = false; // false: the messages file is not the JSON it should be (caught mid-write)
    QList<UsageEvent> events;
    qint64 malformed = 0; // assistant messages whose metrics are not counts
    QString cwd;
};

// The assistant messages' metrics, keyed "sdk:<id>:<index in messages>". `metadata` is <id>.json (may be
// empty); `fallbackMs` dates a message that carries no time of its own.
ClineSessionRead parseClineSession(QByteArrayView messages, QByteArrayView metadata, const QString &source,
                                   const QString &sessionId, qint64 fallbackMs);

} // namespace tokenwise::vscodetasks
