// The headless `tokenwise <command>` interface: no display, no tray, never a second GUI instance.
#pragma once

#include <QStringList>

namespace tokenwise::cli {

// True when the first positional argument names a sub-command.
bool isCliInvocation(const QStringList &arguments);
int run(int argc, char **argv);
// In a build without the GUI: what `tokenwise` alone (or --version / --help) does.
int runWithoutGui(int argc, char **argv);

} // namespace tokenwise::cli
