// The headless sub-commands; each takes its arguments (the command name first) and returns an exit code.
#pragma once

#include <QStringList>

namespace tokenwise::cli {

int runReport(const QStringList &arguments);
int runIngest(const QStringList &arguments);
int runSources(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runKeys(const QStringList &arguments);
int runPoll(const QStringList &arguments);
int runConfig(const QStringList &arguments);
int runTeam(const QStringList &arguments);
int runSync(const QStringList &arguments);

} // namespace tokenwise::cli
