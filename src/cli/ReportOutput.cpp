// Report rendering. JSON keeps ccusage's field names so that scripts written for it keep working.
#include "cli/ReportOutput.h"

#include "cli/TextTable.h"
#include "core/CostOrigins.h"
#include "core/TrContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

TOKENWISE_TR_CONTEXT(ReportOutput)

namespace tokenwise::cli {

namespace {

double dollars(MicroUsd micros)
{
    return dollarsFromMicros(micros);
}

void putTokens(QJsonObject &o, const TokenCounts &t)
{
    o.insert(QStringLiteral("inputTokens"), t.input);
    o.insert(QStringLiteral("outputTokens"), t.output);
    o.insert(QStringLiteral("reasoningTokens"), t.reasoning); // already inside outputTokens
    o.insert(QStringLiteral("cacheCreationTokens"), t.cacheWrite());
    o.insert(QStringLiteral("cacheReadTokens"), t.cacheRead);
    o.insert(QStringLiteral("totalTokens"), t.total());
}

QJsonArray breakdownsJson(const QList<ModelBreakdown> &models)
{
    QJsonArray array;
    for (const ModelBreakdown &m : models) {
        QJsonObject o;
        o.insert(QStringLiteral("modelName"), m.modelName);
        putTokens(o, m.tokens);
        o.remove(QStringLiteral("totalTokens"));
        o.insert(QStringLiteral("cacheCreation5mTokens"), m.tokens.cacheWrite5m);
        o.insert(QStringLiteral("cacheCreation1hTokens"), m.tokens.cacheWrite1h);
        o.insert(QStringLiteral("cost"), dollars(m.cost));
        if (m.unpriced)
            o.insert(QStringLiteral("unpriced"), true);
        if (m.fallbackModel)
            o.insert(QStringLiteral("fallbackModel"), true);
        array.append(o);
    }
    return array;
}

QJsonArray modelsUsed(const QList<ModelBreakdown> &models)
{
    QStringList names;
    for (const ModelBreakdown &m : models) {
        if (!names.contains(m.modelName))
            names << m.modelName;
    }
    names.sort();
    return QJsonArray::fromStringList(names);
}

void putTotals(QJsonObject &o, const UsageTotals &totals)
{
    putTokens(o, totals.tokens);
    o.insert(QStringLiteral("totalCost"), dollars(totals.cost));
    o.insert(QStringLiteral("costBasis"),
             totals.bases.isEmpty() ? QStringLiteral("none") : totals.bases.join(QLatin1Char('+')));
    if (totals.unpriced)
        o.insert(QStringLiteral("unpriced"), true);
}

QJsonObject envelope(const QString &key, const QJsonArray &rows, const UsageTotals &totals,
                     const ReportContext &context)
{
    QJsonObject root;
    root.insert(key, rows);
    QJsonObject totalsObject;
    putTotals(totalsObject, totals);
    root.insert(QStringLiteral("totals"), totalsObject);
    root.insert(QStringLiteral("timezone"), QString::fromUtf8(context.zone.id()));
    root.insert(QStringLiteral("priceVersion"), context.priceVersion);
    if (context.demo)
        root.insert(QStringLiteral("demo"), true);
    return root;
}

QString periodKey(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::Day:
        return QStringLiteral("date");
    case ReportPeriod::Week:
        return QStringLiteral("week");
    case ReportPeriod::Month:
        return QStringLiteral("month");
    }
    return {};
}

QString listKey(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::Day:
        return QStringLiteral("daily");
    case ReportPeriod::Week:
        return QStringLiteral("weekly");
    case ReportPeriod::Month:
        return QStringLiteral("monthly");
    }
    return {};
}

QString isoInZone(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &f : fields)
        escaped << csvField(f);
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString csvCost(MicroUsd micros)
{
    return QString::number(dollars(micros), 'f', 6);
}

QStringList modelNames(const QList<ModelBreakdown> &models)
{
    QStringList names;
    for (const ModelBreakdown &m : models)
        names << m.modelName;
    return names;
}

// The (text, disambiguation, n) shape of QObject::tr(), so that lupdate marks plural messages as such.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ReportOutput", text, disambiguation, n);
}

QString number(qint64 n)
{
    return QLocale::system().toString(n);
}

QString costCell(const UsageTotals &totals)
{
    return formatUsd(totals.cost) + (totals.unpriced ? QStringLiteral("*") : QString());
}

QString header(const ReportContext &context, const QString &title)
{
    QString text;
    if (context.demo)
        text += tr("DEMO DATA — built-in example history, not your usage") + QLatin1Char('\n');
    text += title + QStringLiteral(" (") + QString::fromUtf8(context.zone.id()) + QStringLiteral(")\n");
    return text;
}

QString footer(const UsageTotals &totals, const ReportContext &context)
{
    QString text;
    if (totals.unpriced)
        text
            += tr("* includes tokens of models missing from the price table: their cost is unknown, not zero")
            + QLatin1Char('\n');
    text += tr("Costs: %1").arg(costOrigins(totals.bases, context.priceVersion)) + QLatin1Char('\n');
    return text;
}

// reportedCost/pricedCost where a provider reported the day; the team band where a distribution covers it.
void putDay(QJsonObject &o, const DayAnnotation &day)
{
    if (day.reconciled) {
        o.insert(QStringLiteral("reportedCost"), dollars(day.reportedCost));
        o.insert(QStringLiteral("pricedCost"), dollars(day.pricedCost));
    }
    if (day.team) {
        o.insert(QStringLiteral("teamMedian"), dollars(day.team->p50));
        o.insert(QStringLiteral("teamP25"), dollars(day.team->p25));
        o.insert(QStringLiteral("teamP75"), dollars(day.team->p75));
        o.insert(QStringLiteral("teamMembers"), day.team->members);
        o.insert(QStringLiteral("teamSource"), day.team->source);
    }
}

// The period's cost per machine, most expensive first: [{name, totalCost}].
QJsonArray machinesJson(const QHash<QString, MicroUsd> &costs, const ReportContext &context)
{
    QList<std::pair<QString, MicroUsd>> named;
    for (auto it = costs.cbegin(); it != costs.cend(); ++it)
        named.append({context.machineNames.value(it.key(), it.key().left(8)), it.value()});
    std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QJsonArray array;
    for (const auto &[name, cost] : named)
        array.append(
            QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("totalCost"), dollars(cost)}});
    return array;
}

} // namespace

QString periodLabel(const QDate &start, ReportPeriod period)
{
    return period == ReportPeriod::Month ? start.toString(QStringLiteral("yyyy-MM"))
                                         : start.toString(Qt::ISODate);
}

QJsonObject periodReportJson(const QList<PeriodRow> &rows, ReportPeriod period, const ReportContext &context)
{
    QJsonArray array;
    for (const PeriodRow &row : rows) {
        QJsonObject o;
        o.insert(periodKey(period), periodLabel(row.start, period));
        putTotals(o, row.totals);
        if (const auto day = context.days.constFind(row.start);
            period == ReportPeriod::Day && day != context.days.cend())
            putDay(o, *day);
        o.insert(QStringLiteral("modelsUsed"), modelsUsed(row.models));
        o.insert(QStringLiteral("modelBreakdowns"), breakdownsJson(row.models));
        o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(row.sources));
        o.insert(QStringLiteral("machines"), machinesJson(row.costByMachine, context));
        array.append(o);
    }
    return envelope(listKey(period), array, sumTotals(rows), context);
}

QJsonObject taskReportJson(const QList<TaskRow> &rows, bool asTasks, const ReportContext &context)
{
    QJsonArray array;
    for (const TaskRow &row : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("sessionId"), row.sessionId);
        o.insert(QStringLiteral("projectPath"), row.projectDir.isEmpty() ? row.cwd : row.projectDir);
        o.insert(QStringLiteral("cwd"), row.cwd);
        o.insert(QStringLiteral("source"), row.source);
        o.insert(QStringLiteral("gitBranch"), row.gitBranch);
        if (!row.ticket.isEmpty())
            o.insert(QStringLiteral("ticket"), row.ticket);
        if (!row.title.isEmpty())
            o.insert(QStringLiteral("title"), row.title);
        o.insert(QStringLiteral("firstActivity"), isoInZone(row.firstMs, context.zone));
        o.insert(QStringLiteral("lastActivity"), isoInZone(row.lastMs, context.zone));
        putTotals(o, row.totals);
        const qint64 prompt = row.totals.tokens.promptTotal();
        o.insert(QStringLiteral("cacheReadShare"),
                 prompt ? double(row.totals.tokens.cacheRead) / double(prompt) : 0.0);
        o.insert(QStringLiteral("modelsUsed"), modelsUsed(row.models));
        o.insert(QStringLiteral("modelBreakdowns"), breakdownsJson(row.models));
        array.append(o);
    }
    return envelope(asTasks ? QStringLiteral("tasks") : QStringLiteral("sessions"), array, sumTotals(rows),
                    context);
}

QString periodReportCsv(const QList<PeriodRow> &rows, ReportPeriod period)
{
    QString text
        = csvLine({periodKey(period), QStringLiteral("inputTokens"), QStringLiteral("outputTokens"),
                   QStringLiteral("cacheCreationTokens"), QStringLiteral("cacheReadTokens"),
                   QStringLiteral("totalTokens"), QStringLiteral("totalCost"), QStringLiteral("unpriced"),
                   QStringLiteral("costBasis"), QStringLiteral("models"), QStringLiteral("sources"),
                   QStringLiteral("reasoningTokens")}); // last, so the columns scripts already read stay put
    for (const PeriodRow &row : rows) {
        const TokenCounts &t = row.totals.tokens;
        text += csvLine(
            {periodLabel(row.start, period), QString::number(t.input), QString::number(t.output),
             QString::number(t.cacheWrite()), QString::number(t.cacheRead), QString::number(t.total()),
             csvCost(row.totals.cost), row.totals.unpriced ? QStringLiteral("true") : QStringLiteral("false"),
             row.totals.bases.join(QLatin1Char('+')), modelNames(row.models).join(QLatin1Char(' ')),
             row.sources.join(QLatin1Char(' ')), QString::number(t.reasoning)});
    }
    return text;
}

QString taskReportCsv(const QList<TaskRow> &rows)
{
    QString text = csvLine(
        {QStringLiteral("sessionId"), QStringLiteral("source"), QStringLiteral("projectPath"),
         QStringLiteral("cwd"), QStringLiteral("gitBranch"), QStringLiteral("ticket"),
         QStringLiteral("title"), QStringLiteral("firstActivity"), QStringLiteral("lastActivity"),
         QStringLiteral("inputTokens"), QStringLiteral("outputTokens"), QStringLiteral("cacheCreationTokens"),
         QStringLiteral("cacheReadTokens"), QStringLiteral("totalTokens"), QStringLiteral("totalCost"),
         QStringLiteral("unpriced"), QStringLiteral("models"), QStringLiteral("reasoningTokens")});
    for (const TaskRow &row : rows) {
        const TokenCounts &t = row.totals.tokens;
        text += csvLine({row.sessionId, row.source, row.projectDir, row.cwd, row.gitBranch, row.ticket,
                         row.title,
                         QDateTime::fromMSecsSinceEpoch(row.firstMs, Qt::UTC).toString(Qt::ISODateWithMs),
                         QDateTime::fromMSecsSinceEpoch(row.lastMs, Qt::UTC).toString(Qt::ISODateWithMs),
                         QString::number(t.input), QString::number(t.output), QString::number(t.cacheWrite()),
                         QString::number(t.cacheRead), QString::number(t.total()), csvCost(row.totals.cost),
                         row.totals.unpriced ? QStringLiteral("true") : QStringLiteral("false"),
                         modelNames(row.models).join(QLatin1Char(' ')), QString::number(t.reasoning)});
    }
    return text;
}

QString periodReportTable(const QList<PeriodRow> &rows, ReportPeriod period, const ReportContext &context)
{
    static const char *titles[] = {QT_TRANSLATE_NOOP("ReportOutput", "Daily usage"),
                                   QT_TRANSLATE_NOOP("ReportOutput", "Weekly usage (weeks start on Monday)"),
                                   QT_TRANSLATE_NOOP("ReportOutput", "Monthly usage")};
    const UsageTotals totals = sumTotals(rows);
    // Reasoning is a part of output: shown only when some agent reported it, so Claude-only tables stay
    // narrow.
    const bool reasoning = totals.tokens.reasoning != 0;
    QStringList headers {tr("Period"), tr("Models"), tr("Input"), tr("Output")};
    if (reasoning)
        headers << tr("of which reasoning");
    headers << tr("Cache write") << tr("Cache read") << tr("Total tokens") << tr("Cost");
    TextTable table(headers);
    const auto cells = [&](const QString &label, const QString &models, const UsageTotals &u) {
        const TokenCounts &t = u.tokens;
        QStringList row {label, models, number(t.input), number(t.output)};
        if (reasoning)
            row << number(t.reasoning);
        row << number(t.cacheWrite()) << number(t.cacheRead) << number(t.total()) << costCell(u);
        return row;
    };
    for (const PeriodRow &row : rows)
        table.addRow(cells(periodLabel(row.start, period), modelNames(row.models).join(QStringLiteral(", ")),
                           row.totals));
    table.addSeparator();
    table.addRow(cells(tr("Total"), QString(), totals));
    return header(context, tr(titles[int(period)])) + table.render() + footer(totals, context);
}

QString taskReportTable(const QList<TaskRow> &rows, bool asTasks, const ReportContext &context)
{
    TextTable table(asTasks
                        ? QStringList {tr("Task"), tr("Project"), tr("Branch / ticket"), tr("Source"),
                                       tr("Last active"), tr("Total tokens"), tr("Cache read"), tr("Cost")}
                        : QStringList {tr("Session"), tr("Project"), tr("Models"), tr("Last active"),
                                       tr("Total tokens"), tr("Cost")});
    for (const TaskRow &row : rows) {
        const QString last = QDateTime::fromMSecsSinceEpoch(row.lastMs, context.zone)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString project = row.cwd.isEmpty() ? row.projectDir : row.cwd;
        if (asTasks) {
            const qint64 prompt = row.totals.tokens.promptTotal();
            const QString share = prompt
                ? QString::number(100.0 * double(row.totals.tokens.cacheRead) / double(prompt), 'f', 0)
                    + QLatin1Char('%')
                : QStringLiteral("–");
            table.addRow({row.title.isEmpty() ? row.sessionId.left(8) : row.title, project,
                          row.ticket.isEmpty() ? row.gitBranch : row.ticket, row.source, last,
                          number(row.totals.tokens.total()), share, costCell(row.totals)});
        } else {
            table.addRow({row.sessionId, project, modelNames(row.models).join(QStringLiteral(", ")), last,
                          number(row.totals.tokens.total()), costCell(row.totals)});
        }
    }
    const UsageTotals totals = sumTotals(rows);
    return header(context, asTasks ? tr("Cost per task, most expensive first") : tr("Usage by session"))
        + table.render() + tr("%n task(s), %1 in all", nullptr, int(rows.size())).arg(formatUsd(totals.cost))
        + QLatin1Char('\n') + footer(totals, context);
}

} // namespace tokenwise::cli
