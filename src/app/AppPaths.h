// Where Tokenwise keeps its ledger and settings: flags, then environment, then the platform's defaults.
#pragma once

#include <QString>
#include <QStringList>

namespace tokenwise {

struct AppPaths
{
    QString dataDir;
    QString configDir;

    // Empty arguments fall back to TOKENWISE_DATA_DIR / TOKENWISE_CONFIG_DIR, then QStandardPaths.
    static AppPaths resolve(const QString &dataDirOption = {}, const QString &configDirOption = {});

    // The options that start another process on this profile: --data-dir/--config-dir for each directory
    // that is not the platform's default (an autostart entry must not start a different profile).
    QStringList profileArguments() const;

    // Creates both directories with owner-only permissions; false if either cannot be made.
    bool ensureExist(QString *error = nullptr) const;
};

void setApplicationIdentity();

} // namespace tokenwise
