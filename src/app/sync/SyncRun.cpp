#include "app/sync/SyncRun.h"

#include "app/poll/ApiSettings.h"

namespace tokenwise::sync {

SyncReport runSync(SqliteLedger &ledger, const QString &configDir, qint64 nowMs)
{
    SyncReport report;
    report.folder = ApiSettings(configDir).value(QStringLiteral("sync.folder"));
    if (report.folder.isEmpty())
        return report;
    auto me = machineIdentity(configDir);
    if (!me) {
        report.errors << me.error();
        return report;
    }
    report.me = *me;
    SyncLedger sync(ledger);
    if (auto exported = exportLocal(sync, report.folder, report.me); exported)
        report.exported = *exported;
    else
        report.errors << exported.error();
    report.imported = importOthers(sync, report.folder, report.me, nowMs);
    report.errors << report.imported.errors;
    return report;
}

} // namespace tokenwise::sync
