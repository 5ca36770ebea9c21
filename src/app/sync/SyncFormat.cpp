#include "app/sync/SyncFormat.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tokenwise::sync {

namespace {

const QString kFormatName = QStringLiteral("tokenwise-sync");

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> objectOf(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Counts travel as JSON numbers: exact as doubles up to 2^53, far beyond any token or micro-dollar figure.
bool count(const QJsonObject &o, const char *key, qint64 *value)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        *value = 0;
        return true;
    }
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9.0e15)
        return false;
    *value = v.toInteger();
    return double(*value) == v.toDouble();
}

} // namespace

QByteArray encodeHeader(const SyncHeader &header)
{
    return line({{QStringLiteral("format"), kFormatName},
                 {QStringLiteral("version"), header.version},
                 {QStringLiteral("machine"), header.machineId},
                 {QStringLiteral("name"), header.machineName}});
}

std::optional<SyncHeader> decodeHeader(QByteArrayView text)
{
    const auto o = objectOf(text);
    if (!o || o->value(QStringLiteral("format")).toString() != kFormatName
        || !o->value(QStringLiteral("version")).isDouble())
        return std::nullopt;
    SyncHeader header;
    header.version = o->value(QStringLiteral("version")).toInt();
    header.machineId = o->value(QStringLiteral("machine")).toString();
    header.machineName = o->value(QStringLiteral("name")).toString();
    return header;
}

QByteArray encodeEvent(const SyncedEvent &s)
{
    const UsageEvent &e = s.event;
    QJsonObject o {{QStringLiteral("type"), QStringLiteral("event")},
                   {QStringLiteral("source"), e.source},
                   {QStringLiteral("key"), QString::fromLatin1(e.eventKey.toBase64())},
                   {QStringLiteral("ts"), e.timestampMs},
                   {QStringLiteral("model"), e.model},
                   {QStringLiteral("in"), e.tokens.input},
                   {QStringLiteral("out"), e.tokens.output},
                   {QStringLiteral("cw5m"), e.tokens.cacheWrite5m},
                   {QStringLiteral("cw1h"), e.tokens.cacheWrite1h},
                   {QStringLiteral("cr"), e.tokens.cacheRead},
                   {QStringLiteral("rs"), e.tokens.reasoning},
                   {QStringLiteral("cost"), e.cost},
                   {QStringLiteral("basis"), costBasisName(e.basis)},
                   {QStringLiteral("session"), e.sessionId}};
    if (e.messageIdLength)
        o.insert(QStringLiteral("mid"), e.messageIdLength);
    if (!e.priceVersion.isEmpty())
        o.insert(QStringLiteral("prices"), e.priceVersion);
    for (const auto &[key, flag] : {std::pair {"fast", e.fast}, std::pair {"fallback", e.fallbackModel},
                                    std::pair {"sidechain", e.sidechain}, std::pair {"dropped", s.dropped}}) {
        if (flag)
            o.insert(QLatin1String(key), true);
    }
    return line(o);
}

QByteArray encodeTask(const TaskInfo &t)
{
    QJsonObject o {{QStringLiteral("type"), QStringLiteral("task")},
                   {QStringLiteral("source"), t.source},
                   {QStringLiteral("session"), t.sessionId}};
    if (!t.cwd.isEmpty())
        o.insert(QStringLiteral("project"), QFileInfo(t.cwd).fileName());
    if (!t.gitBranch.isEmpty())
        o.insert(QStringLiteral("branch"), t.gitBranch);
    if (!t.title.isEmpty())
        o.insert(QStringLiteral("title"), t.title);
    return line(o);
}

std::optional<SyncRecord> decodeRecord(QByteArrayView text)
{
    const auto o = objectOf(text);
    if (!o)
        return std::nullopt;
    const QString type = o->value(QStringLiteral("type")).toString();
    const QString source = o->value(QStringLiteral("source")).toString();
    if (type == QLatin1String("task")) {
        if (source.isEmpty() || !o->value(QStringLiteral("session")).isString())
            return std::nullopt;
        TaskInfo t;
        t.source = source;
        t.sessionId = o->value(QStringLiteral("session")).toString();
        t.cwd = o->value(QStringLiteral("project")).toString();
        t.gitBranch = o->value(QStringLiteral("branch")).toString();
        t.title = o->value(QStringLiteral("title")).toString();
        return SyncRecord {t};
    }
    if (type != QLatin1String("event"))
        return type.isEmpty() ? std::nullopt : std::optional<SyncRecord> {UnknownRecord {}};
    SyncedEvent s;
    UsageEvent &e = s.event;
    e.source = source;
    e.eventKey = QByteArray::fromBase64(o->value(QStringLiteral("key")).toString().toLatin1(),
                                        QByteArray::AbortOnBase64DecodingErrors);
    const QJsonValue ts = o->value(QStringLiteral("ts"));
    if (source.isEmpty() || e.eventKey.isEmpty() || !ts.isDouble())
        return std::nullopt;
    e.timestampMs = ts.toInteger();
    qint64 mid = 0, cost = 0;
    if (!count(*o, "in", &e.tokens.input) || !count(*o, "out", &e.tokens.output)
        || !count(*o, "cw5m", &e.tokens.cacheWrite5m) || !count(*o, "cw1h", &e.tokens.cacheWrite1h)
        || !count(*o, "cr", &e.tokens.cacheRead) || !count(*o, "rs", &e.tokens.reasoning)
        || !count(*o, "cost", &cost) || !count(*o, "mid", &mid) || mid > e.eventKey.size())
        return std::nullopt;
    e.cost = cost;
    e.messageIdLength = qint32(mid);
    e.model = o->value(QStringLiteral("model")).toString();
    const CostBasis unknown = CostBasis::Unpriced;
    e.basis = costBasisFromName(o->value(QStringLiteral("basis")).toString(), unknown);
    e.priceVersion = o->value(QStringLiteral("prices")).toString();
    e.sessionId = o->value(QStringLiteral("session")).toString();
    e.fast = o->value(QStringLiteral("fast")).toBool();
    e.fallbackModel = o->value(QStringLiteral("fallback")).toBool();
    e.sidechain = o->value(QStringLiteral("sidechain")).toBool();
    s.dropped = o->value(QStringLiteral("dropped")).toBool();
    return SyncRecord {s};
}

bool isMachineId(QStringView id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString machineIdOfFile(const QString &fileName)
{
    const QString suffix = QLatin1String(kFileSuffix);
    if (!fileName.endsWith(suffix))
        return {};
    const QString id = fileName.chopped(suffix.size());
    return isMachineId(id) ? id : QString();
}

} // namespace tokenwise::sync
