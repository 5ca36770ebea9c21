// Agents that keep only running totals per session (Crush, Goose): a read emits what each total grew by since
// the read before, so a day's figure is the growth seen that day. The first read of a session puts its whole
// total on its last active day.
#pragma once

#include "core/UsageEvent.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace tokenwise {

struct SessionTotal
{
    QString sessionId;
    qint64 lastActiveMs = 0; // when the session last changed: the event's time
    TokenCounts tokens;
    MicroUsd cost = 0;
    bool hasCost = false; // the agent recorded a cost (else the growth is priced from its tokens)
    QString model;
    QString project;
};

struct SessionGrowth
{
    QList<UsageEvent> events;
    QByteArray state; // every session's totals as last seen, for the next read
};

// `previous` is the state the last read returned. A total that went down (a session reset) starts again from
// there without taking anything back: stored figures are never reduced.
SessionGrowth growthSince(const QByteArray &previous, const QList<SessionTotal> &totals,
                          const QString &source);

} // namespace tokenwise
