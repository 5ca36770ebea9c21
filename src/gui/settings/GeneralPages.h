// The settings pages that are plain values: sources, budgets, alerts, display.
#pragma once

#include "gui/settings/SettingsPage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace tokenwise {

class Autostart;

class SourcesPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit SourcesPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Sources"); }
    void load(const Settings &settings) override;
    bool save(Settings &settings, QString *error) override;

private:
    QHash<QString, QCheckBox *> m_sources; // by local source id, one per registered source
    QLineEdit *m_ticketRegex;
    QLineEdit *m_gitAuthor;
};

class BudgetsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit BudgetsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Budgets & alerts"); }
    void load(const Settings &settings) override;
    bool save(Settings &settings, QString *error) override;

    QDoubleSpinBox *dailyBudget() const { return m_daily; }
    // period: 0 daily, 1 weekly, 2 monthly
    QDoubleSpinBox *sourceBudget(const QString &source, int period) const
    {
        return m_bySource.value(source).value(period);
    }

private:
    QHash<QString, QList<QDoubleSpinBox *>> m_bySource;
    QDoubleSpinBox *m_daily;
    QDoubleSpinBox *m_weekly;
    QDoubleSpinBox *m_monthly;
    QDoubleSpinBox *m_surgeFactor;
    QDoubleSpinBox *m_surgeFloor;
    QCheckBox *m_quiet;
    QSpinBox *m_quietFrom;
    QSpinBox *m_quietUntil;
};

class DisplayPage : public SettingsPage
{
    Q_OBJECT
public:
    DisplayPage(Autostart *autostart, QWidget *parent = nullptr);
    QString title() const override { return tr("Display & start-up"); }
    void load(const Settings &settings) override;
    bool save(Settings &settings, QString *error) override;

private:
    Autostart *m_autostart;
    QSpinBox *m_refresh;
    QLineEdit *m_currency;
    QDoubleSpinBox *m_rate;
    QComboBox *m_language;
    QCheckBox *m_atLogin;
    QLineEdit *m_email;
    QLineEdit *m_teamFeed;
};

} // namespace tokenwise
