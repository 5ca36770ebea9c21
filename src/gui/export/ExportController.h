// The desktop's export features in one place: opens the export dialog and runs the automatic Monday export,
// telling the user through the tray when it wrote a file or could not.
#pragma once

#include "app/AppPaths.h"

#include <QObject>
#include <QPointer>

namespace tokenwise {

class AutoExporter;
class ExportDialog;
class Settings;
class TrayController;

class ExportController : public QObject
{
    Q_OBJECT
public:
    // `startAuto`: run the Monday export's timer (tests drive it themselves).
    ExportController(Settings &settings, const AppPaths &paths, bool demo, TrayController *tray,
                     QWidget *dialogParent, bool startAuto, QObject *parent = nullptr);
    ~ExportController() override;

    ExportDialog *dialog() const;
    AutoExporter *autoExporter() const { return m_auto; }

public slots:
    void openDialog();

private:
    Settings &m_settings;
    AppPaths m_paths;
    bool m_demo = false;
    TrayController *m_tray = nullptr;
    QPointer<QWidget> m_dialogParent;
    QPointer<ExportDialog> m_dialog;
    AutoExporter *m_auto = nullptr;
};

} // namespace tokenwise
