// `tokenwise config set|get|unset|list`: the provider settings in <config dir>/tokenwise.ini (never a key).
#include "app/AppPaths.h"
#include "app/poll/ApiSettings.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "core/TrContext.h"

#include <QCoreApplication>

TOKENWISE_TR_CONTEXT(ConfigCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigCommand", text);
}

} // namespace

int runConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Provider settings: %1. API keys never go here (tokenwise keys set).")
                                         .arg(ApiSettings::keys().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("set KEY VALUE, get KEY, unset KEY or list"));
    GlobalOptions global;
    parser.addOptions({global.dataDir, global.configDir});
    if (const auto done = parseOrExit(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QHash<QString, int> arity {{QStringLiteral("set"), 3},
                                            {QStringLiteral("get"), 2},
                                            {QStringLiteral("unset"), 2},
                                            {QStringLiteral("list"), 1}};
    if (!arity.contains(action) || args.size() != arity.value(action))
        return fail(tr("usage: tokenwise config set KEY VALUE | get KEY | unset KEY | list"), 2);
    const QString key = args.value(1);
    if (action != QLatin1String("list") && !ApiSettings::isKnown(key))
        return fail(
            tr("unknown setting %1 (known: %2)").arg(key, ApiSettings::keys().join(QStringLiteral(", "))), 2);

    const AppPaths paths = AppPaths::resolve(parser.value(global.dataDir), parser.value(global.configDir));
    QString error;
    if (!paths.ensureExist(&error))
        return fail(error);
    ApiSettings settings(paths.configDir);
    if (action == QLatin1String("list")) {
        for (const QString &k : ApiSettings::keys())
            out() << k << " = " << settings.value(k) << "    # " << ApiSettings::describe(k) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("get")) {
        const QString value = settings.value(key);
        if (value.isEmpty())
            return fail(tr("%1 is not set").arg(key));
        out() << value << Qt::endl;
        return 0;
    }
    // The refusal message never repeats the value: it may be a key pasted into the wrong command.
    if (const Status stored
        = settings.setValue(key, action == QLatin1String("set") ? args.value(2) : QString());
        !stored)
        return fail(stored.error(), 2);
    if (action == QLatin1String("set"))
        out() << key << " = " << settings.value(key) << Qt::endl;
    else
        out() << tr("%1 unset").arg(key) << Qt::endl;
    return 0;
}

} // namespace tokenwise::cli
