// Usage summed by the ledger for reports: per quarter hour and model, or per task and model.
#pragma once

#include "core/UsageEvent.h"

namespace tokenwise {

// Usage summed over a quarter hour (fine enough for every UTC offset), per source and model.
struct UsageSlice
{
    qint64 bucketMs = 0; // UTC start of the quarter hour
    QString source;
    QString model;
    bool fast = false;
    bool fallbackModel = false;
    CostBasis basis = CostBasis::Priced;
    TokenCounts tokens;
    MicroUsd cost = 0;
    qint64 events = 0;
    QString machine; // empty: this machine; else the sync id of the machine that sent it

    QString reportedModel() const { return fast ? model + QStringLiteral("-fast") : model; }
};

// Usage of one task (session) and model.
struct TaskSlice
{
    QString source;
    QString sessionId;
    QString model;
    bool fast = false;
    CostBasis basis = CostBasis::Priced;
    TokenCounts tokens;
    MicroUsd cost = 0;
    qint64 events = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;

    QString reportedModel() const { return fast ? model + QStringLiteral("-fast") : model; }
};

inline qint64 quarterHourStart(qint64 ms)
{
    constexpr qint64 quarter = 15 * 60 * 1000;
    return ms >= 0 ? ms - ms % quarter : ms - ((ms % quarter) + quarter) % quarter;
}

inline QString taskKey(const QString &source, const QString &sessionId)
{
    return source + QLatin1Char('\n') + sessionId;
}

} // namespace tokenwise
