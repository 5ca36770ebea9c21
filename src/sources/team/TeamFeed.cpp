// Team feed writing and reading.
#include "sources/team/TeamFeed.h"

#include "core/TrContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TOKENWISE_TR_CONTEXT(TeamFeed)

namespace tokenwise::team {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamFeed", text);
}

std::optional<MicroUsd> micros(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9.0e15 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

Result<QByteArray> writeFeed(const QString &source, const QList<TeamDistribution> &distributions,
                             const QDateTime &generatedUtc)
{
    QJsonArray periods;
    for (const TeamDistribution &d : distributions) {
        if (d.members < TeamDistribution::kMinimumMembers)
            continue;
        periods.append(QJsonObject {{QStringLiteral("start"), d.start.toString(Qt::ISODate)},
                                    {QStringLiteral("end"), d.end.toString(Qt::ISODate)},
                                    {QStringLiteral("members"), d.members},
                                    {QStringLiteral("p25"), d.p25},
                                    {QStringLiteral("p50"), d.p50},
                                    {QStringLiteral("p75"), d.p75},
                                    {QStringLiteral("p90"), d.p90}});
    }
    if (periods.isEmpty())
        return Error {tr("no period has at least %1 people; nothing to publish")
                          .arg(TeamDistribution::kMinimumMembers)};
    const QJsonObject root {{QStringLiteral("format"), QString::fromLatin1(kFeedFormat)},
                            {QStringLiteral("version"), kFeedVersion},
                            {QStringLiteral("source"), source},
                            {QStringLiteral("generatedAt"), generatedUtc.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("unit"), QStringLiteral("micro-usd")},
                            {QStringLiteral("minimumMembers"), TeamDistribution::kMinimumMembers},
                            {QStringLiteral("periods"), periods}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<TeamDistribution>> parseFeed(const QByteArray &json, qint64 fetchedMs)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error {tr("the team feed is not JSON")};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFeedFormat))
        return Error {tr("not a Tokenwise team feed (format is not %1)").arg(QLatin1String(kFeedFormat))};
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1)
        return Error {tr("the team feed has no version")};
    if (version > kFeedVersion)
        return Error {tr("the team feed is version %1; this Tokenwise reads version %2: update Tokenwise")
                          .arg(version)
                          .arg(kFeedVersion)};
    if (root.value(QLatin1String("unit")).toString(QStringLiteral("micro-usd")) != QLatin1String("micro-usd"))
        return Error {tr("the team feed uses an unknown unit")};
    const QString source = root.value(QLatin1String("source")).toString();
    if (source.isEmpty())
        return Error {tr("the team feed names no source")};
    QList<TeamDistribution> result;
    for (const QJsonValue &p : root.value(QLatin1String("periods")).toArray()) {
        const QJsonObject period = p.toObject();
        TeamDistribution d;
        d.source = source;
        d.origin = QStringLiteral("feed");
        d.start = QDate::fromString(period.value(QLatin1String("start")).toString(), Qt::ISODate);
        d.end = QDate::fromString(period.value(QLatin1String("end")).toString(), Qt::ISODate);
        d.members = period.value(QLatin1String("members")).toInt(0);
        d.fetchedMs = fetchedMs;
        const auto p25 = micros(period.value(QLatin1String("p25")));
        const auto p50 = micros(period.value(QLatin1String("p50")));
        const auto p75 = micros(period.value(QLatin1String("p75")));
        const auto p90 = micros(period.value(QLatin1String("p90")));
        if (!d.start.isValid() || !d.end.isValid() || d.end < d.start
            || d.members < TeamDistribution::kMinimumMembers || !p25 || !p50 || !p75 || !p90 || *p25 > *p50
            || *p50 > *p75 || *p75 > *p90)
            continue;
        d.p25 = *p25;
        d.p50 = *p50;
        d.p75 = *p75;
        d.p90 = *p90;
        result.append(d);
    }
    return result;
}

} // namespace tokenwise::team
