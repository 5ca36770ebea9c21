// Droid (Factory) sessions: <id>.settings.json holds session-cumulative token totals, rewritten in place.
#pragma once

#include "core/UsageEvent.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace tokenwise::droid {

inline constexpr char sourceId[] = "droid";

struct DroidTotals
{
    qint64 input = 0; // excludes the cache (Anthropic style)
    qint64 output = 0;
    qint64 cacheWrite = 0;
    qint64 cacheRead = 0;
    qint64 thinking = 0; // billed as output
    friend bool operator==(const DroidTotals &, const DroidTotals &) = default;
};

struct DroidSettings
{
    bool valid = false;
    QString model; // normalised: "Claude-Sonnet-4-[Anthropic]" → "claude-sonnet-4"
    QString provider; // providerLock, else inferred from the model
    qint64 providerLockMs = 0;
    DroidTotals totals;
};

DroidSettings parseSettings(QByteArrayView json);
// ccusage's normalisation: strip "custom:", drop "[…]" groups and a trailing "-0", lower case, dots to
// dashes.
QString normaliseModel(const QString &displayName);
QStringList droidPriceCandidates(const QString &model);

// The usage a read adds: the whole totals on the first read of a session, else the growth since `previous`.
// Totals that shrank (a session replaced) start a new baseline and add nothing.
std::optional<TokenCounts> growth(const DroidTotals &now, const std::optional<DroidTotals> &previous);

QByteArray saveTotals(const DroidTotals &totals);
std::optional<DroidTotals> restoreTotals(const QByteArray &state);

} // namespace tokenwise::droid
