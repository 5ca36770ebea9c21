// `tokenwise poll [--source S]`: one headless poll of the provider APIs into the ledger; exits non-zero with
// a one-line reason per failed source.
#include "app/poll/ApiSettings.h"
#include "app/poll/PollSupport.h"
#include "app/poll/SourcePoller.h"
#include "app/poll/TeamFeedRefresh.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "core/TrContext.h"
#include "secrets/ApiKeys.h"
#include "sources/api/http/ApiEndpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TOKENWISE_TR_CONTEXT(PollCommand)

namespace tokenwise::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PollCommand", text);
}

QString summary(const PollOutcome &o)
{
    if (o.kind == PollOutcome::Kind::Skipped)
        return tr("skipped: %1").arg(o.detail);
    if (o.kind == PollOutcome::Kind::NotConfigured)
        return tr("not configured: %1").arg(o.detail);
    if (o.state != api::SourceState::Ok)
        return api::describeSourceState(o.state, o.retryAt) + QStringLiteral(": ") + o.detail;
    if (o.source == QLatin1String(kTeamFeedSource))
        return tr("ok: %1 team distributions (five people or more each)").arg(o.distributions);
    return tr("ok, %1 to %2: %3 events, %4 spend buckets, %5 reported days, %6 team distributions")
        .arg(o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate))
        .arg(o.events)
        .arg(o.buckets)
        .arg(o.reportedDays)
        .arg(o.distributions);
}

QJsonObject toJson(const PollOutcome &o)
{
    static const char *const kinds[] = {"polled", "skipped", "not-configured"};
    QJsonObject json {{QStringLiteral("source"), o.source},
                      {QStringLiteral("result"), QString::fromLatin1(kinds[int(o.kind)])},
                      {QStringLiteral("state"), api::sourceStateName(o.state)},
                      {QStringLiteral("detail"), o.detail},
                      {QStringLiteral("events"), o.events},
                      {QStringLiteral("buckets"), o.buckets},
                      {QStringLiteral("reportedDays"), o.reportedDays},
                      {QStringLiteral("teamDistributions"), o.distributions},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(o.notes)}};
    if (o.from.isValid()) {
        json.insert(QStringLiteral("from"), o.from.toString(Qt::ISODate));
        json.insert(QStringLiteral("to"), o.to.toString(Qt::ISODate));
    }
    if (o.retryAt.isValid())
        json.insert(QStringLiteral("retryAt"), o.retryAt.toUTC().toString(Qt::ISODate));
    return json;
}

} // namespace

int runPoll(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ask the provider APIs for usage and cost, once, and store it in the ledger."));
    parser.addHelpOption();
    GlobalOptions global;
    parser.addOptions({global.dataDir, global.configDir});
    const QStringList pollable = QStringList(api::sourceNames()) << QString::fromLatin1(kTeamFeedSource);
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Only this source: %1 (team: the team feed).").arg(pollable.join(QStringLiteral(", "))),
        QStringLiteral("source"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON output."));
    parser.addOptions({source, json});
    if (const auto done = parseOrExit(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("poll takes no arguments; use --source"), 2);
    const QStringList asked = parser.values(source);
    for (const QString &s : asked) {
        if (!pollable.contains(s))
            return fail(tr("unknown source: %1 (%2)").arg(s, pollable.join(QStringLiteral(", "))), 2);
    }

    auto context = CliContext::open(parser, global);
    if (!context)
        return fail(context.error());
    const ApiSettings settings((*context)->paths().configDir);
    const std::unique_ptr<SecretStore> keychain = openKeychain();
    QStringList sources = asked;
    if (sources.isEmpty()) {
        for (const QString &s : api::sourceNames()) {
            if (lookupApiKey(*keychain, s).found())
                sources << s;
        }
        // The team feed needs no key; it is read whenever it is configured.
        if (!settings.teamFeed().isEmpty())
            sources << QString::fromLatin1(kTeamFeedSource);
        if (sources.isEmpty())
            return fail(
                tr("no provider keys: run `tokenwise keys set SOURCE` (%1) or set TOKENWISE_<SOURCE>_KEY")
                    .arg(api::sourceNames().join(QStringLiteral(", "))));
    }
    QNetworkAccessManager network;
    SourcePoller poller((*context)->ledger(), *keychain, settings, (*context)->prices(),
                        SystemClock::instance(), network, defaultRetryPolicy());
    QJsonArray results;
    QStringList failures;
    for (const QString &s : std::as_const(sources)) {
        const PollOutcome outcome = s == QLatin1String(kTeamFeedSource)
            ? refreshTeamFeed((*context)->ledger(), settings, network, SystemClock::instance(),
                              defaultRetryPolicy())
            : poller.poll(s);
        if (outcome.failed())
            failures << s + QStringLiteral(": ") + summary(outcome);
        if (parser.isSet(json)) {
            results.append(toJson(outcome));
            continue;
        }
        out() << s << ": " << summary(outcome) << Qt::endl;
        for (const QString &note : outcome.notes)
            out() << "  " << note << Qt::endl;
    }
    if (parser.isSet(json))
        out() << QJsonDocument(QJsonObject {{QStringLiteral("sources"), results}})
                     .toJson(QJsonDocument::Indented);
    out().flush();
    for (const QString &failure : std::as_const(failures))
        fail(failure);
    return failures.isEmpty() ? 0 : 1;
}

} // namespace tokenwise::cli
