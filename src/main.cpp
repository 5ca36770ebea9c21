// tokenwise: a sub-command runs headless; anything else starts (or raises) the desktop app.
#include "cli/Cli.h"
#include "secrets/CoreDumps.h"
#ifdef TOKENWISE_WITH_GUI
#include "gui/GuiApp.h"
#endif

int main(int argc, char **argv)
{
    tokenwise::keepSecretsOutOfCoreDumps(); // before any key is read
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (tokenwise::cli::isCliInvocation(arguments))
        return tokenwise::cli::run(argc, argv);
#ifdef TOKENWISE_WITH_GUI
    return tokenwise::runGuiApp(argc, argv);
#else
    return tokenwise::cli::runWithoutGui(argc, argv);
#endif
}
