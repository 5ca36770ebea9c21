// `tokenwise keys set|list|remove|test SOURCE`: provider keys in the OS keychain, read from stdin only.
#include "app/AppPaths.h"
#include "app/poll/ApiSettings.h"
#include "app/poll/PollSupport.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "core/TrContext.h"
#include "secrets/ApiKeys.h"
#include "sources/api/ProviderRequests.h"
#include "sources/api/http/ApiEndpoint.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

TOKENWISE_TR_CONTEXT(KeysCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KeysCommand", text);
}

// Reads one line from stdin; with a terminal, asks for it without echoing what is typed.
QString readKeyFromStdin(const QString &source)
{
#ifdef Q_OS_UNIX
    termios saved {};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        err() << tr("Paste the %1 key and press Enter (it is not shown):").arg(source) << ' ' << Qt::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(64 * 1024);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
#endif
    return QString::fromUtf8(line).trimmed();
}

QString originName(KeyOrigin origin)
{
    switch (origin) {
    case KeyOrigin::Environment:
        return tr("environment");
    case KeyOrigin::Keychain:
        return tr("keychain");
    case KeyOrigin::None:
        break;
    }
    return tr("none");
}

struct KeysContext
{
    AppPaths paths;
    std::unique_ptr<SecretStore> store = openKeychain();
    QNetworkAccessManager network;
};

api::KeyCheck check(KeysContext &context, const QString &source, const QString &key, QString *error)
{
    const ApiSettings settings(context.paths.configDir);
    const auto base = api::resolveBaseUrl(source, settings.baseUrl(source));
    if (!base) {
        *error = base.error();
        return {};
    }
    api::RetryPolicy policy = defaultRetryPolicy();
    policy.maxAttempts = 1; // one cheap request; anything but 401/403 leaves the key "not verified yet"
    policy.maxRetryAfterWaitMs = 0;
    policy.timeoutMs = std::min(policy.timeoutMs, 15'000);
    api::ApiHttpClient client(context.network, SystemClock::instance(), policy);
    client.addSecret(key);
    return api::verifyKey(client, source, key, *base, SystemClock::instance().nowUtc());
}

QString noSecureStorage(const QString &source, const QString &detail)
{
    return tr("no secure storage (OS keychain) is available here (%1), so the key was not stored anywhere. "
              "For headless use, set %2 in the environment instead.")
        .arg(detail, QString::fromLatin1(apiKeyEnvironmentVariable(source)));
}

int setKey(KeysContext &context, const QString &source, bool verify)
{
    // Ask the keychain first: without secure storage there is no point sending the key anywhere.
    const SecretReply probe = context.store->readBlocking(source);
    if (secureStorageMissing(probe.status))
        return fail(noSecureStorage(source, probe.detail));
    const QString key = readKeyFromStdin(source);
    if (key.isEmpty())
        return fail(tr("no key on standard input; nothing was stored"), 2);
    if (key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char('\t')))
        return fail(tr("a key has no spaces; nothing was stored"), 2);

    QString note;
    if (verify) {
        QString error;
        const api::KeyCheck result = check(context, source, key, &error);
        if (!error.isEmpty())
            return fail(error + QLatin1Char(' ') + tr("(nothing was stored)"));
        if (result.verdict == api::KeyVerdict::Rejected)
            return fail(tr("%1 rejected this key: %2. Nothing was stored.").arg(source, result.reply.detail));
        note = result.verdict == api::KeyVerdict::Accepted
            ? tr("verified")
            : tr("not verified yet: %1").arg(result.reply.detail);
    } else {
        note = tr("not verified (--no-verify)");
    }
    const SecretReply stored = context.store->writeBlocking(source, key);
    if (secureStorageMissing(stored.status) || stored.status != SecretStatus::Ok)
        return fail(noSecureStorage(source, stored.detail));
    out() << tr("Stored the %1 key %2 in the keychain (%3).").arg(source, redactSecret(key), note)
          << Qt::endl;
    if (!qEnvironmentVariableIsEmpty(apiKeyEnvironmentVariable(source).constData()))
        out() << tr("Note: %1 is set and takes precedence in this environment.")
                     .arg(QString::fromLatin1(apiKeyEnvironmentVariable(source)))
              << Qt::endl;
    return 0;
}

int listKeys(KeysContext &context)
{
    QString unavailable;
    for (const QString &source : api::sourceNames()) {
        const ApiKey key = lookupApiKey(*context.store, source);
        if (secureStorageMissing(key.keychain))
            unavailable = key.detail;
        out() << source.leftJustified(12) << ' '
              << (key.found()
                      ? redactSecret(key.value).leftJustified(12) + QLatin1Char(' ') + originName(key.origin)
                      : tr("no key"))
              << Qt::endl;
    }
    if (!unavailable.isEmpty())
        out() << tr("Secure storage is not available here: %1").arg(unavailable) << Qt::endl;
    return 0;
}

int removeKey(KeysContext &context, const QString &source)
{
    const SecretReply reply = context.store->removeBlocking(source);
    if (secureStorageMissing(reply.status))
        return fail(tr("no secure storage is available here (%1); nothing to remove").arg(reply.detail));
    if (reply.status == SecretStatus::NotFound)
        out() << tr("No %1 key was stored in the keychain.").arg(source) << Qt::endl;
    else
        out() << tr("Removed the %1 key from the keychain.").arg(source) << Qt::endl;
    if (!qEnvironmentVariableIsEmpty(apiKeyEnvironmentVariable(source).constData()))
        out() << tr("%1 is still set in this environment.")
                     .arg(QString::fromLatin1(apiKeyEnvironmentVariable(source)))
              << Qt::endl;
    return 0;
}

int testKey(KeysContext &context, const QString &source)
{
    const ApiKey key = lookupApiKey(*context.store, source);
    if (!key.found()) {
        if (secureStorageMissing(key.keychain))
            return fail(tr("no %1 key: secure storage is not available (%2) and %3 is not set")
                            .arg(source, key.detail, QString::fromLatin1(apiKeyEnvironmentVariable(source))));
        return fail(tr("no %1 key: run `tokenwise keys set %1`").arg(source));
    }
    QString error;
    const api::KeyCheck result = check(context, source, key.value, &error);
    if (!error.isEmpty())
        return fail(error);
    switch (result.verdict) {
    case api::KeyVerdict::Accepted:
        out() << tr("%1: the key %2 (%3) works.").arg(source, redactSecret(key.value), originName(key.origin))
              << Qt::endl;
        return 0;
    case api::KeyVerdict::Rejected:
        return fail(
            tr("%1: the key %2 was rejected: %3").arg(source, redactSecret(key.value), result.reply.detail));
    case api::KeyVerdict::Unverified:
        break;
    }
    return fail(tr("%1: not verified yet: %2").arg(source, result.reply.detail));
}

} // namespace

int runKeys(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Provider API keys in the OS keychain. `keys set SOURCE` reads the key "
           "from standard input, never from the command line."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, list, remove or test"));
    parser.addPositionalArgument(QStringLiteral("source"), api::sourceNames().join(QStringLiteral(", ")));
    GlobalOptions global;
    parser.addOptions({global.dataDir, global.configDir});
    const QCommandLineOption noVerify(QStringLiteral("no-verify"),
                                      tr("Store without the verification request."));
    parser.addOption(noVerify);
    // The parser's own messages would quote the offending argument, which may be a key: say less.
    if (const auto done = parseOrExit(
            parser, arguments, tr("keys: unknown option; see tokenwise keys --help (nothing was stored)")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions {QStringLiteral("set"), QStringLiteral("list"), QStringLiteral("remove"),
                                      QStringLiteral("test")};
    if (!actions.contains(action))
        return fail(tr("keys takes one of: set, list, remove, test"), 2);
    if (action == QLatin1String("set") && positional.size() > 2)
        return fail(
            tr("keys set reads the key from standard input; a key on the command line ends up in shell "
               "history and process lists. Nothing was stored. Use: tokenwise keys set SOURCE < file"),
            2);
    const qsizetype expected = action == QLatin1String("list") ? 1 : 2;
    if (positional.size() != expected)
        return fail(action == QLatin1String("list")
                        ? tr("keys list takes no source")
                        : tr("keys %1 takes one source: %2")
                              .arg(action, api::sourceNames().join(QStringLiteral(", "))),
                    2);
    const QString source = positional.value(1);
    if (expected == 2 && !api::isSourceName(source))
        return fail(tr("unknown source (%1)").arg(api::sourceNames().join(QStringLiteral(", "))), 2);

    KeysContext context;
    context.paths = AppPaths::resolve(parser.value(global.dataDir), parser.value(global.configDir));
    if (action == QLatin1String("set"))
        return setKey(context, source, !parser.isSet(noVerify));
    if (action == QLatin1String("list"))
        return listKeys(context);
    if (action == QLatin1String("remove"))
        return removeKey(context, source);
    return testKey(context, source);
}

} // namespace tokenwise::cli
