// Where Tokenwise keeps its ledger and settings: flags, then environment, then the platform's defaults.
#pragma once

#include <QString>

namespace tokenwise {

struct AppPaths
{
    QString dataDir;
    QString configDir;

    // Empty arguments fall back to TOKENWISE_DATA_DIR / TOKENWISE_CONFIG_DIR, then QStandardPaths.
    static AppPaths resolve(const QString &dataDirOption = {}, const QString &configDirOption = {});

    // Creates both directories with owner-only permissions; false if either cannot be made.
    bool ensureExist(QString *error = nullptr) const;
};

void setApplicationIdentity();

} // namespace tokenwise
