// The provider settings in <config dir>/tokenwise.ini: identities, base URLs and the team feed. Never a key.
#pragma once

#include "core/Result.h"

#include <QSettings>
#include <QStringList>

#include <memory>

namespace tokenwise {

class ApiSettings
{
public:
    // Opens <configDir>/tokenwise.ini, creating it owner-only (0600) when it does not exist.
    explicit ApiSettings(const QString &configDir);
    ~ApiSettings();

    // anthropic.identity, openai.identity, cursor.identity, team.feed, <source>.baseUrl.
    static const QStringList &keys();
    static bool isKnown(const QString &key);
    // What a key means, for `tokenwise config`.
    static QString describe(const QString &key);

    QString value(const QString &key) const; // empty when unset
    // Validates and stores; an empty value removes the setting.
    Status setValue(const QString &key, const QString &value);

    QString identity(const QString &source) const { return value(source + QStringLiteral(".identity")); }
    QString baseUrl(const QString &source) const { return value(source + QStringLiteral(".baseUrl")); }
    QString teamFeed() const { return value(QStringLiteral("team.feed")); }
    QString filePath() const;

private:
    std::unique_ptr<QSettings> m_store;
};

// Text that looks like an API key: never stored in settings, whatever the key's name says.
bool looksLikeSecret(const QString &value);

} // namespace tokenwise
