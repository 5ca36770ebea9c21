// Resolution of the data and config directories.
#include "app/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tokenwise {

namespace {

QString firstNonEmpty(const QString &option, const char *envName, QStandardPaths::StandardLocation fallback)
{
    if (!option.isEmpty())
        return QDir(option).absolutePath();
    const QString env = qEnvironmentVariable(envName);
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(fallback);
}

bool makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

AppPaths AppPaths::resolve(const QString &dataDirOption, const QString &configDirOption)
{
    setApplicationIdentity();
    return {firstNonEmpty(dataDirOption, "TOKENWISE_DATA_DIR", QStandardPaths::AppDataLocation),
            firstNonEmpty(configDirOption, "TOKENWISE_CONFIG_DIR", QStandardPaths::AppConfigLocation)};
}

QStringList AppPaths::profileArguments() const
{
    setApplicationIdentity();
    QStringList arguments;
    if (QDir(dataDir) != QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)))
        arguments << QStringLiteral("--data-dir") << dataDir;
    if (QDir(configDir) != QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)))
        arguments << QStringLiteral("--config-dir") << configDir;
    return arguments;
}

bool AppPaths::ensureExist(QString *error) const
{
    for (const QString &dir : {dataDir, configDir}) {
        if (!makePrivateDir(dir)) {
            if (error)
                *error = QStringLiteral("cannot create directory %1").arg(dir);
            return false;
        }
    }
    return true;
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("tokenwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENWISE_VERSION));
}

} // namespace tokenwise
