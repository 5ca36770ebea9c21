// The Monday export's timer, job and bookkeeping; the rule itself is AutoExportRule.
#include "app/export/AutoExporter.h"

#include "app/AppLogging.h"
#include "app/export/AutoExportRule.h"
#include "app/settings/Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace tokenwise {

namespace {
const QString kEnabled = QStringLiteral("export/autoEnabled");
const QString kFolder = QStringLiteral("export/autoFolder");
const QString kFormat = QStringLiteral("export/autoFormat");
const QString kLastWeek = QStringLiteral("export/lastAutoWeek");
} // namespace

AutoExporter::AutoExporter(Settings &settings, Options options, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(settings), m_options(std::move(options)), m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AutoExporter::checkNow);
    connect(&m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == kEnabled || key == kFolder || key == kFormat)
            checkNow();
    });
}

AutoExporter::~AutoExporter()
{
    m_pool.waitForDone();
}

void AutoExporter::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    checkNow();
}

QString AutoExporter::folder() const
{
    const QString chosen = m_settings.value(kFolder).toString();
    return chosen.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : chosen;
}

bool AutoExporter::checkNow()
{
    if (m_running || !m_settings.value(kEnabled).toBool())
        return false;
    const QDateTime now = m_clock.nowUtc();
    const auto due
        = autoExportDue(now, m_options.zone, report::IsoWeek::parse(m_settings.value(kLastWeek).toString()));
    if (!due)
        return false;
    const auto format = report::exportFormatFromName(m_settings.value(kFormat).toString());
    WeeklyExportJob job;
    job.databasePath = m_options.databasePath;
    job.configDir = m_options.configDir;
    job.forceDemo = m_options.forceDemo;
    job.format = format.value_or(report::ExportFormat::Pdf);
    const QString dir = folder();
    job.path = QDir(dir).filePath(report::defaultExportFileName(*due, job.format));
    job.locale = m_options.locale;
    job.nowUtc = now;
    job.request = summaryRequestFrom(m_settings);
    job.request.week = *due;
    job.request.zone = m_options.zone;
    m_running = true;
    const report::IsoWeek week = *due;
    m_pool.start([this, job, dir, week] {
        Result<WeeklyExportOutcome> outcome = QDir().mkpath(dir)
            ? runWeeklyExport(job)
            : Result<WeeklyExportOutcome>::failure(
                tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
        QMetaObject::invokeMethod(
            this, [this, week, outcome] { finish(week, outcome); }, Qt::QueuedConnection);
    });
    return true;
}

void AutoExporter::finish(const report::IsoWeek &week, const Result<WeeklyExportOutcome> &outcome)
{
    m_running = false;
    if (!outcome) {
        qCWarning(lcApp) << "automatic export of" << week.label() << "failed:" << outcome.error();
        if (m_failedWeek != week) {
            m_failedWeek = week;
            emit failed(week.label(), outcome.error());
        }
        return;
    }
    m_settings.setValue(kLastWeek, week.label());
    qCInfo(lcApp) << "exported" << week.label() << "to" << outcome->path;
    emit exported(outcome->path, week.label(), outcome->demo);
}

} // namespace tokenwise
