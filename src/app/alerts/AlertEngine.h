// Budget and surge alerts as pure rules over snapshots: each threshold once per period, each surge once.
#pragma once

#include "app/usage/UsageSnapshot.h"
#include "core/Clock.h"

#include <QSet>
#include <QStringList>

namespace tokenwise {

struct Budget
{
    MicroUsd daily = 0; // 0: none
    MicroUsd weekly = 0;
    MicroUsd monthly = 0;
};

struct AlertSettings
{
    Budget overall;
    QHash<QString, Budget> bySource; // "claude-code", "codex", …
    bool quietHours = false;
    int quietFrom = 22; // local hour
    int quietUntil = 7;
};

struct Alert
{
    enum class Kind { Budget, Surge };
    Kind kind = Kind::Budget;
    QString id; // stable: what made it fire, so it fires once
    QString title;
    QString message;
    QString taskKey; // the task to open (surges)
    bool urgent = false;
};

class AlertEngine
{
public:
    explicit AlertEngine(const Clock &clock = SystemClock::instance());

    // The alerts to show now; remembers them so they are not shown again.
    QList<Alert> evaluate(const UsageSnapshot &snapshot, const AlertSettings &settings);

    void pauseFor(int minutes);
    void pauseUntilTomorrow(const QTimeZone &zone);
    void pauseUntil(const QDateTime &utc);
    void resume();
    bool isPaused() const;
    QDateTime pausedUntil() const { return m_pausedUntil; }

    // What has been announced, so that a restart does not announce it again (kept in the settings); includes
    // "surge:open" while a surge episode lasts.
    QStringList firedIds() const;
    void restoreFired(const QStringList &ids);

private:
    bool silenced(const QTimeZone &zone, const AlertSettings &settings) const;
    void checkBudgets(const UsageSnapshot &snapshot, const QString &scope, const QString &scopeName,
                      const Budget &budget, QList<Alert> &alerts);

    const Clock &m_clock;
    QSet<QString> m_fired;
    bool m_surgeOpen = false;
    QDateTime m_pausedUntil;
};

} // namespace tokenwise
