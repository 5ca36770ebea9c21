#include "app/sync/MachineIdentity.h"

#include "app/poll/ApiSettings.h"
#include "app/sync/SyncFormat.h"
#include "core/TrContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSysInfo>

TOKENWISE_TR_CONTEXT(MachineIdentity)

namespace tokenwise::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MachineIdentity", text);
}

} // namespace

Result<MachineIdentity> machineIdentity(const QString &configDir)
{
    MachineIdentity identity;
    const QString path = QDir(configDir).filePath(QStringLiteral("machine-id"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error {tr("cannot read %1").arg(path)};
        identity.id = QString::fromLatin1(file.readAll().trimmed());
        if (!isMachineId(identity.id))
            return Error {tr("%1 does not hold a machine id; remove it to make a new one").arg(path)};
    } else {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        for (const quint32 w : words)
            identity.id += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
        QDir().mkpath(configDir);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(identity.id.toLatin1() + '\n') < 0 || !out.commit())
            return Error {tr("cannot write %1").arg(path)};
    }
    identity.name = machineName(configDir);
    if (identity.name.isEmpty())
        identity.name = identity.id.left(8);
    return identity;
}

QString machineName(const QString &configDir)
{
    const QString name = ApiSettings(configDir).value(QStringLiteral("sync.machine-name"));
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

} // namespace tokenwise::sync
