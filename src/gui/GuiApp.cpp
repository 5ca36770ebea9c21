// Desktop start-up: options, single instance, then QApplication, tray and windows.
#include "gui/GuiApp.h"

#include "app/AppPaths.h"
#include "app/LaunchOptions.h"
#include "app/SingleInstance.h"
#include "app/Translations.h"
#include "app/settings/Settings.h"
#include "gui/DesktopShell.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace tokenwise {

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

int printAndExit(const QString &text, int code)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), code == 0 ? stdout : stderr);
    return code;
}

} // namespace

int runGuiApp(int argc, char **argv)
{
    setApplicationIdentity();
    const LaunchOptions options = LaunchOptions::parse(argumentList(argc, argv));
    switch (options.action) {
    case LaunchOptions::Action::PrintVersion:
    case LaunchOptions::Action::PrintHelp:
        return printAndExit(options.text, 0);
    case LaunchOptions::Action::Error:
        return printAndExit(QStringLiteral("tokenwise: ") + options.text, 2);
    case LaunchOptions::Action::Start:
        break;
    }

    const AppPaths paths = AppPaths::resolve(options.dataDir, options.configDir);
    SingleInstance instance(paths.configDir);
    const QString message
        = QStringLiteral("show ") + (options.show.isEmpty() ? QStringLiteral("dashboard") : options.show);
    if (!instance.tryLock()) {
        if (instance.sendToRunning(message))
            return 0;
        return printAndExit(QStringLiteral("tokenwise: another instance holds the lock but does not answer"),
                            1);
    }

    QApplication app(argc, argv);
    {
        const Settings settings(paths.configDir);
        installTranslations(settings.value(QStringLiteral("display/language")).toString());
    }
    QApplication::setQuitOnLastWindowClosed(false);
    QGuiApplication::setDesktopFileName(QStringLiteral(TOKENWISE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokenwise.svg")));
    QString error;
    if (!paths.ensureExist(&error))
        return printAndExit(QStringLiteral("tokenwise: ") + error, 1);

    DesktopShell shell({paths, options.demo, true});
    instance.listen();
    QObject::connect(&instance, &SingleInstance::messageReceived, &shell, &DesktopShell::handleMessage);
    shell.start();
    if (!options.show.isEmpty())
        shell.showWindow(options.show);
    return app.exec();
}

} // namespace tokenwise
