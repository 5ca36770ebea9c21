// Typed settings: one table gives each key its type, default and validator; stored in <config
// dir>/tokenwise.ini.
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace tokenwise {

class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int kVersion = 1;

    // Opens (creating owner-only) <configDir>/tokenwise.ini and migrates it to kVersion.
    explicit Settings(const QString &configDir, QObject *parent = nullptr);
    ~Settings() override;

    // The value, or the key's default when unset or invalid. Unknown keys are a programmer error.
    QVariant value(const QString &key) const;
    // Stores a valid value and emits changed(key); returns false (storing nothing) when the validator
    // refuses.
    bool setValue(const QString &key, const QVariant &value);
    void reset(const QString &key);

    // The ledger sources a budget can be set for: budget/<source>/{daily,weekly,monthly}Micros.
    static QStringList budgetSources();
    // Whether a local source is read: sources/<id> (Claude Code and Codex keep their first keys).
    static QString sourceEnabledKey(const QString &localSourceId);
    QStringList disabledLocalSources() const;
    static bool isKnown(const QString &key);
    static QStringList keys();
    QString filePath() const;

    // Convenience accessors for the values used in many places.
    int refreshMinutes() const { return value(QStringLiteral("widget/refreshMinutes")).toInt(); }
    double surgeFactor() const { return value(QStringLiteral("alerts/surgeFactor")).toDouble(); }

signals:
    void changed(const QString &key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace tokenwise
