// The automatic Monday export: checks the rule on a coarse timer (which also fires after a suspend), writes
// last week into the chosen folder off the UI thread and remembers the week done in the settings.
#pragma once

#include "app/export/WeeklyExport.h"
#include "core/Clock.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace tokenwise {

class Settings;

class AutoExporter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString configDir;
        bool forceDemo = false;
        QTimeZone zone = QTimeZone::systemTimeZone();
        QLocale locale = QLocale::system();
    };

    AutoExporter(Settings &settings, Options options, const Clock &clock = SystemClock::instance(),
                 QObject *parent = nullptr);
    ~AutoExporter() override;

    // Checks now, then every `interval`.
    void start(std::chrono::milliseconds interval = std::chrono::minutes(15));
    // Starts the export when the setting is on and a week is due; true when one was started.
    bool checkNow();
    bool isRunning() const { return m_running; }
    // The folder the files go to: the setting, or the user's documents folder when it is empty.
    QString folder() const;

signals:
    void exported(const QString &path, const QString &week, bool demo);
    void failed(const QString &week, const QString &reason); // once per week, however often it retries

private:
    void finish(const report::IsoWeek &week, const Result<WeeklyExportOutcome> &outcome);

    Settings &m_settings;
    Options m_options;
    const Clock &m_clock;
    QTimer m_timer;
    bool m_running = false;
    report::IsoWeek m_failedWeek;
    QThreadPool m_pool; // one thread; the destructor waits for it
};

} // namespace tokenwise
