// The dashboard main window.
#pragma once

#include <QMainWindow>

class QLabel;

namespace tokenwise {

class DashboardWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit DashboardWindow(QWidget *parent = nullptr);

    // Shows, un-minimises and raises the window, as a second launch or the tray asks.
    void present();

private:
    QLabel *m_status = nullptr;
};

} // namespace tokenwise
