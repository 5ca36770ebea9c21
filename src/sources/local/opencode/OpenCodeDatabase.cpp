// Schema of packages/opencode/src/session/session.sql.ts (agent-formats.md §4). Rows are upserted in place,
// so a message is found again by its time_updated, or by a part written after the last read.
#include "sources/local/opencode/OpenCodeDatabase.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace tokenwise::opencode {

namespace {

struct Session
{
    QString parent;
    QString directory;
    QString title;
    qint64 created = 0;
};

struct Thresholds
{
    qint64 message = -1;
    qint64 part = -1;
};

Thresholds thresholdsOf(const QByteArray &state)
{
    const QList<QByteArray> fields = state.split(';');
    Thresholds t;
    if (fields.size() == 2) {
        t.message = fields.at(0).toLongLong();
        t.part = fields.at(1).toLongLong();
    }
    return t;
}

// A sub-agent's session is part of the task that started it.
QString rootOf(const QString &id, const QHash<QString, Session> &sessions)
{
    QString current = id;
    for (int depth = 0; depth < 64; ++depth) { // a cycle in foreign data ends here
        const auto it = sessions.constFind(current);
        if (it == sessions.cend() || it->parent.isEmpty())
            return current;
        current = it->parent;
    }
    return current;
}

QString schemaProblem(ForeignDatabase &db, const QString &partTime)
{
    const QList<QPair<QString, QStringList>> needed {
        {QStringLiteral("session"),
         {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("time_created")}},
        {QStringLiteral("message"),
         {QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("time_updated"),
          QStringLiteral("data")}},
        {QStringLiteral("part"), {QStringLiteral("message_id"), QStringLiteral("data"), partTime}},
    };
    for (const auto &[table, columns] : needed) {
        if (!db.hasTable(table))
            return QStringLiteral("no table %1").arg(table);
        if (const QStringList missing = db.missingColumns(table, columns); !missing.isEmpty())
            return QStringLiteral("table %1 lacks %2").arg(table, missing.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

DatabaseRead readDatabase(ForeignDatabase &db, const QByteArray &previousState, const MessageRules &rules)
{
    DatabaseRead read;
    const QString partTime
        = db.missingColumns(QStringLiteral("part"), {QStringLiteral("time_updated")}).isEmpty()
        ? QStringLiteral("time_updated")
        : QStringLiteral("time_created");
    if (!db.missingColumns(QStringLiteral("session"),
                           {QStringLiteral("version"), QStringLiteral("time_updated")})
             .size()) {
        QSqlQuery version(db.db());
        if (version.exec(QStringLiteral("SELECT version FROM session ORDER BY time_updated DESC LIMIT 1"))
            && version.next())
            read.agentVersion = version.value(0).toString();
    }
    read.schemaProblem = schemaProblem(db, partTime);
    if (!read.schemaProblem.isEmpty())
        return read;
    const bool hasDirectory
        = db.missingColumns(QStringLiteral("session"), {QStringLiteral("directory")}).isEmpty();
    const bool hasTitle = db.missingColumns(QStringLiteral("session"), {QStringLiteral("title")}).isEmpty();

    QHash<QString, Session> sessions;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, ''), time_created, %1, %2 FROM session")
                    .arg(hasDirectory ? QStringLiteral("COALESCE(directory, '')") : QStringLiteral("''"),
                         hasTitle ? QStringLiteral("COALESCE(title, '')") : QStringLiteral("''")))) {
        db.fail(q.lastError());
        return read;
    }
    while (q.next())
        sessions.insert(
            q.value(0).toString(),
            {q.value(1).toString(), q.value(3).toString(), q.value(4).toString(), q.value(2).toLongLong()});

    const Thresholds since = thresholdsOf(previousState);
    Thresholds reached = since;
    const QString changed = QStringLiteral("SELECT m.id FROM message m WHERE m.time_updated >= :m"
                                           " UNION SELECT p.message_id FROM part p WHERE p.%1 >= :p")
                                .arg(partTime);

    QHash<QString, QList<QByteArray>> steps;
    q.prepare(QStringLiteral("SELECT p.message_id, p.data, p.%1 FROM part p WHERE p.message_id IN (%2)"
                             " AND p.data LIKE '%\"step-finish\"%' ORDER BY p.message_id, p.%1, p.id")
                  .arg(partTime, changed));
    q.bindValue(QStringLiteral(":m"), since.message);
    q.bindValue(QStringLiteral(":p"), since.part);
    if (!q.exec()) {
        db.fail(q.lastError());
        return read;
    }
    while (q.next()) {
        const QByteArray data = q.value(1).toByteArray();
        // The LIKE above is a cheap filter; the type is checked on the parsed part.
        if (data.contains("\"type\":\"step-finish\"") || data.contains("\"type\": \"step-finish\""))
            steps[q.value(0).toString()] << data;
    }
    QSqlQuery parts(db.db());
    if (parts.exec(QStringLiteral("SELECT MAX(%1) FROM part").arg(partTime)) && parts.next())
        reached.part = std::max(reached.part, parts.value(0).toLongLong());

    q.prepare(
        QStringLiteral("SELECT m.id, m.session_id, m.data, m.time_updated FROM message m WHERE m.id IN (%1)"
                       " ORDER BY m.id")
            .arg(changed));
    q.bindValue(QStringLiteral(":m"), since.message);
    q.bindValue(QStringLiteral(":p"), since.part);
    if (!q.exec()) {
        db.fail(q.lastError());
        return read;
    }
    struct Candidate
    {
        UsageEvent event;
        QByteArray fingerprint;
        QString session;
    };
    QList<Candidate> candidates;
    bool anyCopies = false;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString sessionId = q.value(1).toString();
        reached.message = std::max(reached.message, q.value(3).toLongLong());
        MessageParse parse = parseMessage(id.toUtf8(), q.value(2).toByteArray(), steps.value(id), rules);
        read.malformed += parse.malformed ? 1 : 0;
        if (!parse.event)
            continue;
        UsageEvent &e = *parse.event;
        const Session session = sessions.value(sessionId);
        e.sessionId = rootOf(sessionId, sessions);
        if (e.project.isEmpty())
            e.project = session.directory;
        // Forked history keeps its original times, which are older than the fork itself.
        anyCopies = anyCopies || (session.created > 0 && e.timestampMs < session.created);
        candidates.append({std::move(e), parse.fingerprint, sessionId});
    }

    // A message older than its own session is a fork's copy when an older session holds the same message.
    QHash<QByteArray, qint64> oldestHolder; // fingerprint → creation time of the oldest session holding it
    if (anyCopies) {
        QSqlQuery all(db.db());
        all.setForwardOnly(true);
        if (all.exec(QStringLiteral("SELECT id, session_id, data FROM message"))) {
            while (all.next()) {
                const MessageParse parse = parseMessage({}, all.value(2).toByteArray(), {}, rules);
                if (parse.fingerprint.isEmpty())
                    continue;
                const qint64 created = sessions.value(all.value(1).toString()).created;
                auto it = oldestHolder.find(parse.fingerprint);
                if (it == oldestHolder.end())
                    oldestHolder.insert(parse.fingerprint, created);
                else
                    *it = std::min(*it, created);
            }
        }
    }
    QSet<QString> taskIds;
    for (Candidate &c : candidates) {
        const Session session = sessions.value(c.session);
        if (c.event.timestampMs < session.created) {
            const auto holder = oldestHolder.constFind(c.fingerprint);
            if (holder != oldestHolder.cend() && *holder < session.created) {
                ++read.forkCopies;
                continue;
            }
        }
        if (!taskIds.contains(c.event.sessionId)) {
            taskIds.insert(c.event.sessionId);
            const Session root = sessions.value(c.event.sessionId);
            read.tasks.append({rules.source,
                               c.event.sessionId,
                               {},
                               root.directory.isEmpty() ? c.event.project : root.directory,
                               {},
                               root.title});
        }
        read.events.append(std::move(c.event));
    }
    read.state = QByteArray::number(reached.message) + ';' + QByteArray::number(reached.part);
    return read;
}

} // namespace tokenwise::opencode
