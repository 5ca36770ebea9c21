// One page of the settings dialog: loads from and saves to the typed settings.
#pragma once

#include <QWidget>

namespace tokenwise {

class Settings;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void load(const Settings &settings) = 0;
    // Returns false with a reason when a value is refused.
    virtual bool save(Settings &settings, QString *error) = 0;
};

} // namespace tokenwise
