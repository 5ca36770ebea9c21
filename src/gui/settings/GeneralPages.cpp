// Plain-value settings pages.
#include "gui/settings/GeneralPages.h"

#include "app/platform/Autostart.h"
#include "app/settings/Settings.h"
#include "core/Money.h"
#include "report/SummaryFormat.h"
#include "sources/local/LocalSourceRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace tokenwise {

namespace {

QDoubleSpinBox *dollars(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1'000'000);
    box->setDecimals(2);
    box->setPrefix(QStringLiteral("$"));
    box->setSpecialValueText(QCoreApplication::translate("GeneralPages", "none"));
    box->setAccessibleName(accessibleName);
    return box;
}

QString sourceBudgetKey(const QString &source, int period)
{
    static const char *const names[] = {"dailyMicros", "weeklyMicros", "monthlyMicros"};
    return QStringLiteral("budget/") + source + QLatin1Char('/') + QLatin1String(names[period]);
}

bool store(Settings &settings, const QString &key, const QVariant &value, QString *error)
{
    if (settings.setValue(key, value))
        return true;
    if (error)
        *error = QCoreApplication::translate("GeneralPages", "%1 is not valid for %2")
                     .arg(value.toString(), key);
    return false;
}

} // namespace

SourcesPage::SourcesPage(QWidget *parent)
    : SettingsPage(parent), m_ticketRegex(new QLineEdit(this)), m_gitAuthor(new QLineEdit(this))
{
    auto *form = new QFormLayout(this);
    auto *agents = new QLabel(tr("Read the local data of:"), this);
    form->addRow(agents);
    auto *grid = new QGridLayout;
    int index = 0;
    for (const LocalSource *source : localSources()) {
        auto *box = new QCheckBox(source->displayName(), this);
        box->setObjectName(QStringLiteral("source-") + source->id());
        box->setAccessibleName(tr("Read %1 data").arg(source->displayName()));
        box->setToolTip(
            tr("Source id: %1. Tokenwise only reads these files, never changes them.").arg(source->id()));
        grid->addWidget(box, index / 3, index % 3);
        m_sources.insert(source->id(), box);
        ++index;
    }
    form->addRow(grid);
    m_ticketRegex->setAccessibleName(tr("Ticket pattern"));
    form->addRow(tr("&Ticket pattern in branch names:"), m_ticketRegex);
    m_gitAuthor->setAccessibleName(tr("Git author e-mail for commits per task"));
    m_gitAuthor->setPlaceholderText(tr("each repository's git config user.email"));
    form->addRow(tr("&Git author e-mail (commits per task):"), m_gitAuthor);
    auto *note = new QLabel(tr("Local logs need no key. Prompt and response text is never stored. Where each "
                               "source looks is shown in the dashboard's Sources tab."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
}

void SourcesPage::load(const Settings &settings)
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        it.value()->setChecked(settings.value(Settings::sourceEnabledKey(it.key())).toBool());
    m_ticketRegex->setText(settings.value(QStringLiteral("tasks/ticketRegex")).toString());
    m_gitAuthor->setText(settings.value(QStringLiteral("tasks/gitAuthor")).toString());
}

bool SourcesPage::save(Settings &settings, QString *error)
{
    if (!store(settings, QStringLiteral("tasks/ticketRegex"), m_ticketRegex->text(), error)
        || !store(settings, QStringLiteral("tasks/gitAuthor"), m_gitAuthor->text().trimmed(), error))
        return false;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        const QString key = Settings::sourceEnabledKey(it.key());
        // Only what changed is written, so one save emits one change per toggled source.
        if (settings.value(key).toBool() != it.value()->isChecked()
            && !store(settings, key, it.value()->isChecked(), error))
            return false;
    }
    return true;
}

BudgetsPage::BudgetsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_daily(dollars(this, tr("Daily budget")))
    , m_weekly(dollars(this, tr("Weekly budget")))
    , m_monthly(dollars(this, tr("Monthly budget")))
    , m_surgeFactor(new QDoubleSpinBox(this))
    , m_surgeFloor(dollars(this, tr("Surge floor")))
    , m_quiet(new QCheckBox(tr("&Quiet hours: hold alerts from"), this))
    , m_quietFrom(new QSpinBox(this))
    , m_quietUntil(new QSpinBox(this))
{
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Daily budget:"), m_daily);
    form->addRow(tr("&Weekly budget:"), m_weekly);
    form->addRow(tr("&Monthly budget:"), m_monthly);
    auto *budgetNote
        = new QLabel(tr("You are told at 50, 80 and 100 % of a budget, once each. A budget is a ceiling "
                        "you choose, never a spending target."),
                     this);
    budgetNote->setWordWrap(true);
    auto *perSource = new QGridLayout;
    perSource->addWidget(new QLabel(tr("Per source"), this), 0, 0);
    const QStringList periods {tr("daily"), tr("weekly"), tr("monthly")};
    for (int p = 0; p < periods.size(); ++p)
        perSource->addWidget(new QLabel(periods.at(p), this), 0, p + 1);
    int row = 1;
    for (const QString &source : Settings::budgetSources()) {
        const QString name = report::sourceDisplayName(source);
        perSource->addWidget(new QLabel(name, this), row, 0);
        for (int p = 0; p < periods.size(); ++p) {
            QDoubleSpinBox *box = dollars(this, tr("%1 %2 budget").arg(name, periods.at(p)));
            perSource->addWidget(box, row, p + 1);
            m_bySource[source] << box;
        }
        ++row;
    }
    form->addRow(perSource);
    form->addRow(budgetNote);
    m_surgeFactor->setRange(1.5, 50);
    m_surgeFactor->setSingleStep(0.5);
    m_surgeFactor->setSuffix(tr(" × your hourly p95"));
    m_surgeFactor->setAccessibleName(tr("Surge sensitivity"));
    form->addRow(tr("Surge &alert above:"), m_surgeFactor);
    form->addRow(tr("…and above &at least:"), m_surgeFloor);
    for (QSpinBox *hour : {m_quietFrom, m_quietUntil}) {
        hour->setRange(0, 23);
        hour->setSuffix(QStringLiteral(":00"));
    }
    m_quietFrom->setAccessibleName(tr("Quiet hours start"));
    m_quietUntil->setAccessibleName(tr("Quiet hours end"));
    form->addRow(m_quiet, m_quietFrom);
    form->addRow(tr("until"), m_quietUntil);
}

void BudgetsPage::load(const Settings &settings)
{
    const auto micros = [&](const char *key) {
        return double(settings.value(QString::fromLatin1(key)).toLongLong()) / 1e6;
    };
    m_daily->setValue(micros("budget/dailyMicros"));
    for (auto it = m_bySource.cbegin(); it != m_bySource.cend(); ++it) {
        for (int p = 0; p < it->size(); ++p)
            it->at(p)->setValue(double(settings.value(sourceBudgetKey(it.key(), p)).toLongLong())
                                / double(kMicrosPerDollar));
    }
    m_weekly->setValue(micros("budget/weeklyMicros"));
    m_monthly->setValue(micros("budget/monthlyMicros"));
    m_surgeFactor->setValue(settings.value(QStringLiteral("alerts/surgeFactor")).toDouble());
    m_surgeFloor->setValue(micros("alerts/surgeFloorMicros"));
    m_quiet->setChecked(settings.value(QStringLiteral("alerts/quietHours")).toBool());
    m_quietFrom->setValue(settings.value(QStringLiteral("alerts/quietFrom")).toInt());
    m_quietUntil->setValue(settings.value(QStringLiteral("alerts/quietUntil")).toInt());
}

bool BudgetsPage::save(Settings &settings, QString *error)
{
    const auto micros = [](const QDoubleSpinBox *box) { return qint64(std::llround(box->value() * 1e6)); };
    for (auto it = m_bySource.cbegin(); it != m_bySource.cend(); ++it) {
        for (int p = 0; p < it->size(); ++p)
            if (!store(settings, sourceBudgetKey(it.key(), p), micros(it->at(p)), error))
                return false;
    }
    return store(settings, QStringLiteral("budget/dailyMicros"), micros(m_daily), error)
        && store(settings, QStringLiteral("budget/weeklyMicros"), micros(m_weekly), error)
        && store(settings, QStringLiteral("budget/monthlyMicros"), micros(m_monthly), error)
        && store(settings, QStringLiteral("alerts/surgeFactor"), m_surgeFactor->value(), error)
        && store(settings, QStringLiteral("alerts/surgeFloorMicros"), micros(m_surgeFloor), error)
        && store(settings, QStringLiteral("alerts/quietHours"), m_quiet->isChecked(), error)
        && store(settings, QStringLiteral("alerts/quietFrom"), m_quietFrom->value(), error)
        && store(settings, QStringLiteral("alerts/quietUntil"), m_quietUntil->value(), error);
}

DisplayPage::DisplayPage(Autostart *autostart, QWidget *parent)
    : SettingsPage(parent)
    , m_autostart(autostart)
    , m_refresh(new QSpinBox(this))
    , m_currency(new QLineEdit(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_language(new QComboBox(this))
    , m_atLogin(new QCheckBox(tr("Start Tokenwise when I &log in"), this))
    , m_email(new QLineEdit(this))
    , m_teamFeed(new QLineEdit(this))
{
    auto *form = new QFormLayout(this);
    m_refresh->setRange(5, 60);
    m_refresh->setSuffix(tr(" min"));
    m_refresh->setAccessibleName(tr("Widget refresh"));
    form->addRow(tr("&Widget refreshes every:"), m_refresh);
    m_currency->setMaxLength(3);
    m_currency->setAccessibleName(tr("Display currency"));
    form->addRow(tr("Display &currency:"), m_currency);
    m_rate->setRange(0.0001, 100000);
    m_rate->setDecimals(4);
    m_rate->setAccessibleName(tr("Rate per US dollar"));
    form->addRow(tr("&Rate per US dollar:"), m_rate);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language (after a restart):"), m_language);
    m_email->setAccessibleName(tr("Your git and provider e-mail"));
    form->addRow(tr("Your &e-mail (git commits, provider identity):"), m_email);
    m_teamFeed->setPlaceholderText(tr("https://… or /path/to/team-feed.json"));
    m_teamFeed->setAccessibleName(tr("Team feed"));
    form->addRow(tr("&Team feed:"), m_teamFeed);
    m_atLogin->setEnabled(m_autostart && m_autostart->isSupported());
    form->addRow(m_atLogin);
}

void DisplayPage::load(const Settings &settings)
{
    m_refresh->setValue(settings.refreshMinutes());
    m_currency->setText(settings.value(QStringLiteral("display/currency")).toString());
    m_rate->setValue(settings.value(QStringLiteral("display/usdRate")).toDouble());
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.value(QStringLiteral("display/language")))));
    m_email->setText(settings.value(QStringLiteral("identity/email")).toString());
    m_teamFeed->setText(settings.value(QStringLiteral("team/feed")).toString());
    m_atLogin->setChecked(m_autostart && m_autostart->isSupported()
                              ? m_autostart->isEnabled()
                              : settings.value(QStringLiteral("startup/atLogin")).toBool());
}

bool DisplayPage::save(Settings &settings, QString *error)
{
    if (!store(settings, QStringLiteral("widget/refreshMinutes"), m_refresh->value(), error)
        || !store(settings, QStringLiteral("display/currency"), m_currency->text().toUpper(), error)
        || !store(settings, QStringLiteral("display/usdRate"), m_rate->value(), error)
        || !store(settings, QStringLiteral("display/language"), m_language->currentData(), error)
        || !store(settings, QStringLiteral("identity/email"), m_email->text().trimmed(), error)
        || !store(settings, QStringLiteral("team/feed"), m_teamFeed->text().trimmed(), error))
        return false;
    if (m_autostart && m_autostart->isSupported() && m_autostart->isEnabled() != m_atLogin->isChecked()) {
        if (Status changed = m_autostart->setEnabled(m_atLogin->isChecked()); !changed) {
            if (error)
                *error = changed.error();
            return false;
        }
    }
    return store(settings, QStringLiteral("startup/atLogin"), m_atLogin->isChecked(), error);
}

} // namespace tokenwise
