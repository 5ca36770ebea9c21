// `tokenwise team publish --source S [--since D] [--until D] --out FILE`: per-period quantiles of per-person
// spend from the admin data, as a feed document with no identities; refuses groups under five people.
#include "app/poll/ApiSettings.h"
#include "app/poll/PollSupport.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "core/TrContext.h"
#include "secrets/ApiKeys.h"
#include "sources/api/ApiSource.h"
#include "sources/api/http/ApiEndpoint.h"
#include "sources/team/TeamFeed.h"

#include <QCoreApplication>
#include <QSaveFile>

TOKENWISE_TR_CONTEXT(TeamCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamCommand", text);
}

const QStringList &publishable()
{
    static const QStringList names {QString::fromLatin1(api::anthropic), QString::fromLatin1(api::cursor),
                                    QString::fromLatin1(api::openai)};
    return names;
}

} // namespace

int runTeam(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Publish the team's spend quantiles (no names, five people or more) for everyone's team band."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("publish"), tr("the only action"));
    GlobalOptions global;
    parser.addOptions({global.dataDir, global.configDir});
    const QCommandLineOption source(QStringLiteral("source"), tr("anthropic, cursor or openai."),
                                    QStringLiteral("source"));
    const QCommandLineOption since(QStringLiteral("since"), tr("First UTC day (default: 30 days ago)."),
                                   QStringLiteral("date"));
    const QCommandLineOption until(QStringLiteral("until"), tr("Last UTC day (default: yesterday)."),
                                   QStringLiteral("date"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Where to write the feed."),
                                     QStringLiteral("file"));
    parser.addOptions({source, since, until, outFile});
    if (const auto done = parseOrExit(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList {QStringLiteral("publish")})
        return fail(tr("usage: tokenwise team publish --source anthropic|cursor|openai [--since D] [--until "
                       "D] --out FILE"),
                    2);
    const QString name = parser.value(source);
    if (!publishable().contains(name))
        return fail(tr("team publish needs --source anthropic, cursor or openai"), 2);
    if (parser.value(outFile).isEmpty())
        return fail(tr("team publish needs --out FILE"), 2);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate from
        = parser.isSet(since) ? QDate::fromString(parser.value(since), Qt::ISODate) : today.addDays(-30);
    const QDate to
        = parser.isSet(until) ? QDate::fromString(parser.value(until), Qt::ISODate) : today.addDays(-1);
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("dates are written YYYY-MM-DD, --since no later than --until"), 2);
    if (from.daysTo(to) >= 366)
        return fail(tr("publish at most a year at a time"), 2);

    const AppPaths paths = AppPaths::resolve(parser.value(global.dataDir), parser.value(global.configDir));
    const std::unique_ptr<SecretStore> keychain = openKeychain();
    const ApiKey key = lookupApiKey(*keychain, name);
    if (!key.found())
        return fail(tr("no %1 admin key: run `tokenwise keys set %1`").arg(name));
    const ApiSettings settings(paths.configDir);
    const auto base = api::resolveBaseUrl(name, settings.baseUrl(name));
    if (!base)
        return fail(base.error());
    auto prices = PriceBook::load(paths.configDir);
    if (!prices)
        return fail(prices.error());

    QNetworkAccessManager network;
    api::ApiHttpClient client(network, SystemClock::instance(), defaultRetryPolicy());
    client.addSecret(key.value);
    const auto provider = api::makeApiSource(name, client, *prices);
    api::PollRequest request {key.value, *base, QString(), from, to, QDateTime::currentDateTimeUtc(), true};
    const api::PollResult result = provider->poll(request);
    if (!result.complete())
        return fail(tr("%1: %2").arg(api::describeSourceState(result.failure.state, result.failure.retryAt),
                                     result.failure.detail));

    QList<TeamDistribution> periods;
    int tooSmall = 0, largest = 0;
    for (const team::TeamSample &sample : result.teamSamples) {
        largest = std::max(largest, int(sample.perPerson.size()));
        if (auto d = team::distributionFrom(sample, QStringLiteral("feed"), 0))
            periods.append(*d);
        else
            ++tooSmall;
    }
    if (periods.isEmpty())
        return fail(tr("refusing to publish: no period has at least %1 people (the largest had %2)")
                        .arg(TeamDistribution::kMinimumMembers)
                        .arg(largest));
    const auto document = team::writeFeed(name, periods, QDateTime::currentDateTimeUtc());
    if (!document)
        return fail(document.error());
    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(*document) != document->size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(parser.value(outFile), file.errorString()));
    out() << tr("Wrote %1 period(s) of %2 team spend to %3; left out %4 with fewer than %5 people.")
                 .arg(periods.size())
                 .arg(name, parser.value(outFile))
                 .arg(tooSmall)
                 .arg(TeamDistribution::kMinimumMembers)
          << Qt::endl;
    return 0;
}

} // namespace tokenwise::cli
