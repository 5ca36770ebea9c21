// The state is one line per session: id, then the counted totals, tab-separated.
#include "sources/local/SessionTotals.h"

namespace tokenwise {

namespace {

struct Seen
{
    TokenCounts tokens;
    MicroUsd cost = 0;
};

QHash<QString, Seen> parseState(const QByteArray &state)
{
    QHash<QString, Seen> seen;
    for (const QByteArray &line : state.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 7)
            continue;
        Seen s;
        s.tokens.input = f.at(1).toLongLong();
        s.tokens.output = f.at(2).toLongLong();
        s.tokens.reasoning = f.at(3).toLongLong();
        s.tokens.cacheRead = f.at(4).toLongLong();
        s.tokens.cacheWrite5m = f.at(5).toLongLong();
        s.cost = f.at(6).toLongLong();
        seen.insert(QString::fromUtf8(f.at(0)), s);
    }
    return seen;
}

qint64 grown(qint64 now, qint64 before)
{
    return now > before ? now - before : 0;
}

} // namespace

SessionGrowth growthSince(const QByteArray &previous, const QList<SessionTotal> &totals,
                          const QString &source)
{
    QHash<QString, Seen> seen = parseState(previous);
    SessionGrowth growth;
    for (const SessionTotal &t : totals) {
        if (t.sessionId.isEmpty() || t.sessionId.contains(QLatin1Char('\t'))
            || t.sessionId.contains(QLatin1Char('\n')))
            continue; // not an id this state can hold; no agent writes one
        const Seen before = seen.value(t.sessionId);
        UsageEvent e;
        e.tokens.input = grown(t.tokens.input, before.tokens.input);
        e.tokens.output = grown(t.tokens.output, before.tokens.output);
        e.tokens.reasoning = grown(t.tokens.reasoning, before.tokens.reasoning);
        e.tokens.cacheRead = grown(t.tokens.cacheRead, before.tokens.cacheRead);
        e.tokens.cacheWrite5m = grown(t.tokens.cacheWrite5m, before.tokens.cacheWrite5m);
        e.cost = grown(t.cost, before.cost);
        seen.insert(t.sessionId, {t.tokens, t.cost});
        if (e.tokens.isZero() && e.cost == 0)
            continue;
        e.source = source;
        // The totals it grew to make the key: the same growth read twice is one event, a later one another.
        e.eventKey = t.sessionId.toUtf8() + '@' + QByteArray::number(t.tokens.total()) + '/'
            + QByteArray::number(t.cost);
        e.timestampMs = t.lastActiveMs;
        e.sessionId = t.sessionId;
        e.project = t.project;
        e.model = t.model;
        e.aggregate = true;
        if (t.hasCost)
            e.basis = CostBasis::Recorded;
        else
            e.cost = 0;
        growth.events << e;
    }
    QStringList ids = seen.keys();
    ids.sort();
    for (const QString &id : ids) {
        const Seen &s = seen[id];
        growth.state += id.toUtf8() + '\t' + QByteArray::number(s.tokens.input) + '\t'
            + QByteArray::number(s.tokens.output) + '\t' + QByteArray::number(s.tokens.reasoning) + '\t'
            + QByteArray::number(s.tokens.cacheRead) + '\t' + QByteArray::number(s.tokens.cacheWrite5m) + '\t'
            + QByteArray::number(s.cost) + '\n';
    }
    return growth;
}

} // namespace tokenwise
