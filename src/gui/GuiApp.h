// Entry point of the desktop app.
#pragma once

namespace tokenwise {

int runGuiApp(int argc, char **argv);

} // namespace tokenwise
