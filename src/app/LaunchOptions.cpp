// Parses the desktop app's command line without needing a QCoreApplication (so --version needs no display).
#include "app/LaunchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tokenwise {

QString versionLine()
{
    return QStringLiteral("tokenwise " TOKENWISE_VERSION);
}

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("LaunchOptions",
                                    "Tokenwise: what your AI coding tools cost you, and what "
                                    "that bought.\n\nHeadless sub-commands: tokenwise report|"
                                    "ingest|sources|export|keys|poll|config|team|sync --help"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("LaunchOptions", "Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("LaunchOptions", "Show the version."));
    const QCommandLineOption show(QStringLiteral("show"),
                                  QCoreApplication::translate("LaunchOptions",
                                                              "Open a window at start: "
                                                              "dashboard, widget or settings."),
                                  QStringLiteral("window"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("LaunchOptions", "Ledger directory (env TOKENWISE_DATA_DIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption configDir(
        QStringLiteral("config-dir"),
        QCoreApplication::translate("LaunchOptions", "Settings directory (env TOKENWISE_CONFIG_DIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("LaunchOptions", "Show the built-in demo data."));
    parser.addOptions({help, version, show, dataDir, configDir, demo});

    LaunchOptions result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::PrintHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::PrintVersion;
        result.text = versionLine();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.text = QCoreApplication::translate("LaunchOptions", "unknown command: %1")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.show = parser.value(show);
    static const QStringList windows {QStringLiteral("dashboard"), QStringLiteral("widget"),
                                      QStringLiteral("settings")};
    if (!result.show.isEmpty() && !windows.contains(result.show)) {
        result.action = Action::Error;
        result.text = QCoreApplication::translate("LaunchOptions",
                                                  "--show takes dashboard, widget or settings, "
                                                  "not %1")
                          .arg(result.show);
        return result;
    }
    result.dataDir = parser.value(dataDir);
    result.configDir = parser.value(configDir);
    result.demo = parser.isSet(demo);
    return result;
}

} // namespace tokenwise
