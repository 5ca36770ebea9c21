// The desktop app's command line (the headless sub-commands live in cli/).
#pragma once

#include <QString>
#include <QStringList>

namespace tokenwise {

struct LaunchOptions
{
    enum class Action { Start, PrintVersion, PrintHelp, Error };

    Action action = Action::Start;
    QString show; // "", "dashboard", "widget" or "settings"
    QString dataDir;
    QString configDir;
    bool demo = false;
    QString text; // version, help or error text to print

    static LaunchOptions parse(const QStringList &arguments);
};

QString versionLine();

} // namespace tokenwise
