// The settings table and its storage.
#include "app/settings/Settings.h"

#include "sources/local/LocalSourceRegistry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <functional>

namespace tokenwise {

namespace {

struct Entry
{
    QMetaType::Type type;
    QVariant defaultValue;
    std::function<bool(const QVariant &)> valid;
};

bool any(const QVariant &)
{
    return true;
}

std::function<bool(const QVariant &)> between(double low, double high)
{
    return [low, high](const QVariant &v) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        return ok && d >= low && d <= high;
    };
}

bool validRegex(const QVariant &v)
{
    return QRegularExpression(v.toString()).isValid();
}

bool httpsOrPath(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() || s.startsWith(QLatin1String("https://")) || s.startsWith(QLatin1Char('/'));
}

const QHash<QString, Entry> &table()
{
    // Money is stored in micro-dollars; 0 means "no budget".
    static const QHash<QString, Entry> entries {
        {QStringLiteral("tasks/ticketRegex"),
         {QMetaType::QString, QStringLiteral("[A-Z][A-Z0-9]+-\\d+"), validRegex}},
        // Empty: each repository's own `git config user.email`.
        {QStringLiteral("tasks/gitAuthor"),
         {QMetaType::QString, QString(),
          [](const QVariant &v) {
              static const QRegularExpression email(QStringLiteral("^[^\\s<>@]+@[^\\s<>@]+$"));
              return v.toString().isEmpty() || email.match(v.toString()).hasMatch();
          }}},
        {QStringLiteral("widget/refreshMinutes"), {QMetaType::Int, 15, between(5, 60)}},
        {QStringLiteral("widget/visible"), {QMetaType::Bool, false, any}},
        {QStringLiteral("ui/closeNoticeShown"),
         {QMetaType::Bool, false, any}}, // "still in the tray", said once
        {QStringLiteral("alerts/surgeFactor"), {QMetaType::Double, 4.0, between(1.5, 50)}},
        {QStringLiteral("alerts/surgeFloorMicros"),
         {QMetaType::LongLong, qint64(5'000'000), between(0, 1e12)}},
        {QStringLiteral("alerts/quietFrom"), {QMetaType::Int, 22, between(0, 23)}},
        {QStringLiteral("alerts/quietUntil"), {QMetaType::Int, 7, between(0, 23)}},
        {QStringLiteral("alerts/quietHours"), {QMetaType::Bool, false, any}},
        // Pause and de-duplication survive a restart (D15): the pause's end, and what was announced.
        {QStringLiteral("alerts/pausedUntilMs"), {QMetaType::LongLong, qint64(0), between(0, 1e14)}},
        {QStringLiteral("alerts/fired"), {QMetaType::QString, QString(), any}},
        {QStringLiteral("budget/dailyMicros"), {QMetaType::LongLong, qint64(0), between(0, 1e13)}},
        {QStringLiteral("budget/weeklyMicros"), {QMetaType::LongLong, qint64(0), between(0, 1e13)}},
        {QStringLiteral("budget/monthlyMicros"), {QMetaType::LongLong, qint64(0), between(0, 1e14)}},
        {QStringLiteral("display/currency"),
         {QMetaType::QString, QStringLiteral("USD"),
          [](const QVariant &v) {
              return QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(v.toString()).hasMatch();
          }}},
        {QStringLiteral("display/usdRate"), {QMetaType::Double, 1.0, between(0.0001, 100000)}},
        {QStringLiteral("display/language"), {QMetaType::QString, QString(), any}}, // empty: the system's
        {QStringLiteral("team/feed"), {QMetaType::QString, QString(), httpsOrPath}},
        {QStringLiteral("identity/email"), {QMetaType::QString, QString(), any}},
        {QStringLiteral("startup/atLogin"), {QMetaType::Bool, false, any}},
        // The automatic Monday export; an empty folder means the documents folder.
        {QStringLiteral("export/autoEnabled"), {QMetaType::Bool, false, any}},
        {QStringLiteral("export/autoFolder"),
         {QMetaType::QString, QString(),
          [](const QVariant &v) { return v.toString().isEmpty() || QDir::isAbsolutePath(v.toString()); }}},
        {QStringLiteral("export/autoFormat"),
         {QMetaType::QString, QStringLiteral("pdf"),
          [](const QVariant &v) {
              return QStringList {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"),
                                  QStringLiteral("csv")}
                  .contains(v.toString());
          }}},
        {QStringLiteral("export/lastAutoWeek"),
         {QMetaType::QString, QString(),
          [](const QVariant &v) {
              return QRegularExpression(QStringLiteral("^(\\d{4}-W\\d{2})?$")).match(v.toString()).hasMatch();
          }}},
    };
    static const QHash<QString, Entry> withSourceBudgets = [] {
        QHash<QString, Entry> all = entries;
        for (const QString &id : localSourceIds())
            all.insert(Settings::sourceEnabledKey(id), {QMetaType::Bool, true, any});
        for (const QString &source : Settings::budgetSources()) {
            const QString prefix = QStringLiteral("budget/") + source + QLatin1Char('/');
            all.insert(prefix + QStringLiteral("dailyMicros"),
                       {QMetaType::LongLong, qint64(0), between(0, 1e13)});
            all.insert(prefix + QStringLiteral("weeklyMicros"),
                       {QMetaType::LongLong, qint64(0), between(0, 1e13)});
            all.insert(prefix + QStringLiteral("monthlyMicros"),
                       {QMetaType::LongLong, qint64(0), between(0, 1e14)});
        }
        return all;
    }();
    return withSourceBudgets;
}

} // namespace

Settings::Settings(const QString &configDir, QObject *parent) : QObject(parent)
{
    QDir().mkpath(configDir);
    const QString path = QDir(configDir).filePath(QStringLiteral("tokenwise.ini"));
    if (!QFile::exists(path)) {
        QFile create(path);
        if (create.open(QIODevice::WriteOnly))
            create.close();
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_store = std::make_unique<QSettings>(path, QSettings::IniFormat);
    const int stored = m_store->value(QStringLiteral("meta/version"), 0).toInt();
    if (stored < kVersion) {
        // Version 0 → 1: nothing to convert yet; the number is here so the next format change has a step.
        m_store->setValue(QStringLiteral("meta/version"), kVersion);
    }
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key) const
{
    Q_ASSERT(isKnown(key));
    const Entry &entry = table().value(key);
    QVariant stored = m_store->value(key);
    if (!stored.isValid() || !entry.valid(stored) || !stored.convert(QMetaType(entry.type)))
        return entry.defaultValue;
    return stored;
}

bool Settings::setValue(const QString &key, const QVariant &value)
{
    if (!isKnown(key))
        return false;
    const Entry &entry = table().value(key);
    QVariant converted = value;
    if (!entry.valid(value) || !converted.convert(QMetaType(entry.type)))
        return false;
    if (this->value(key) == converted && m_store->contains(key))
        return true;
    m_store->setValue(key, converted);
    m_store->sync();
    emit changed(key);
    return true;
}

void Settings::reset(const QString &key)
{
    m_store->remove(key);
    m_store->sync();
    emit changed(key);
}

QStringList Settings::budgetSources()
{
    return localSourceIds()
        + QStringList {QStringLiteral("anthropic"), QStringLiteral("openai"), QStringLiteral("cursor"),
                       QStringLiteral("openrouter")};
}

QString Settings::sourceEnabledKey(const QString &localSourceId)
{
    if (localSourceId == QLatin1String("claude-code"))
        return QStringLiteral("sources/claudeCode");
    return QStringLiteral("sources/") + localSourceId;
}

QStringList Settings::disabledLocalSources() const
{
    QStringList disabled;
    for (const QString &id : localSourceIds()) {
        if (!value(sourceEnabledKey(id)).toBool())
            disabled << id;
    }
    return disabled;
}

bool Settings::isKnown(const QString &key)
{
    return table().contains(key);
}

QStringList Settings::keys()
{
    QStringList list = table().keys();
    list.sort();
    return list;
}

QString Settings::filePath() const
{
    return m_store->fileName();
}

} // namespace tokenwise
