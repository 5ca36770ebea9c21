// Dialog on demand, the Monday export on a timer, and their tray messages.
#include "gui/export/ExportController.h"

#include "app/export/AutoExporter.h"
#include "app/settings/Settings.h"
#include "gui/export/ExportDialog.h"
#include "gui/tray/TrayController.h"

#include <QDir>

namespace tokenwise {

namespace {
QString ledgerPath(const AppPaths &paths)
{
    return QDir(paths.dataDir).filePath(QStringLiteral("ledger.sqlite"));
}
} // namespace

ExportController::ExportController(Settings &settings, const AppPaths &paths, bool demo, TrayController *tray,
                                   QWidget *dialogParent, bool startAuto, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_paths(paths)
    , m_demo(demo)
    , m_tray(tray)
    , m_dialogParent(dialogParent)
{
    AutoExporter::Options options;
    options.databasePath = ledgerPath(paths);
    options.configDir = paths.configDir;
    options.forceDemo = demo;
    m_auto = new AutoExporter(settings, options, SystemClock::instance(), this);
    connect(m_auto, &AutoExporter::exported, this,
            [this](const QString &path, const QString &week, bool isDemo) {
                if (m_tray)
                    m_tray->notify(tr("Weekly summary %1 saved").arg(week),
                                   (isDemo ? tr("%1 (demo data)") : QStringLiteral("%1"))
                                       .arg(QDir::toNativeSeparators(path)),
                                   false);
            });
    connect(m_auto, &AutoExporter::failed, this, [this](const QString &week, const QString &reason) {
        if (m_tray)
            m_tray->notify(tr("Weekly summary %1 not saved").arg(week), reason, true);
    });
    if (startAuto)
        m_auto->start();
}

ExportController::~ExportController() = default;

ExportDialog *ExportController::dialog() const
{
    return m_dialog.data();
}

void ExportController::openDialog()
{
    if (!m_dialog) {
        ExportDialog::Options options;
        options.databasePath = ledgerPath(m_paths);
        options.configDir = m_paths.configDir;
        options.forceDemo = m_demo;
        options.request = summaryRequestFrom(m_settings);
        m_dialog = new ExportDialog(options, SystemClock::instance(), m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace tokenwise
