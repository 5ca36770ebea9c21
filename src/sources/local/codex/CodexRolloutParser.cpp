// Codex rollout lines → UsageEvents: cumulative-total deltas, model fallback, fork replay skipping.
#include "sources/local/codex/CodexRolloutParser.h"

#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace tokenwise::codex {

namespace {

constexpr quint8 kStateVersion = 1;

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

qint64 floorSecond(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

QString sessionIdFromFileName(const QString &fileName)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    QString base = QFileInfo(fileName).fileName();
    if (base.endsWith(QStringLiteral(".jsonl")))
        base.chop(6);
    const QRegularExpressionMatch match = uuid.match(base);
    return match.hasMatch() ? match.captured() : base;
}

bool anyBelow(const RolloutUsage &now, const RolloutUsage &before)
{
    return now.input < before.input || now.cached < before.cached || now.output < before.output
        || now.reasoning < before.reasoning;
}

RolloutUsage minus(const RolloutUsage &a, const RolloutUsage &b)
{
    return {a.input - b.input, a.cached - b.cached, a.output - b.output, a.reasoning - b.reasoning};
}

} // namespace

CodexRolloutParser::CodexRolloutParser(QString fileName)
    : m_fallbackSessionId(sessionIdFromFileName(fileName))
{ }

void CodexRolloutParser::reset()
{
    QString fallback = std::move(m_fallbackSessionId);
    *this = CodexRolloutParser(QString());
    m_fallbackSessionId = std::move(fallback);
}

CodexRolloutParser::LineOutcome CodexRolloutParser::feedLine(std::string_view line,
                                                             std::vector<UsageEvent> &out)
{
    RolloutLine f;
    switch (readRolloutLine(line, f)) {
    case LineRead::Skipped:
        return LineOutcome::Ignored;
    case LineRead::Malformed:
        return LineOutcome::Malformed;
    case LineRead::Parsed:
        break;
    }

    if (f.type == "session_meta") {
        // A forked file replays its parent's session_meta after its own: only the first one describes it.
        if (m_metaSeen)
            return LineOutcome::Ignored;
        m_metaSeen = true;
        if (!trimmed(f.id).empty())
            m_sessionId = toQString(trimmed(f.id));
        if (!f.cwd.empty())
            m_project = toQString(f.cwd);
        if (!f.gitBranch.empty())
            m_gitBranch = toQString(f.gitBranch);
        m_forked = f.subagentSpawn || f.forked;
        return LineOutcome::Ignored;
    }
    if (f.type == "turn_context") {
        if (!trimmed(f.models[0]).empty())
            m_model = toQString(trimmed(f.models[0]));
        if (m_project.isEmpty() && !f.cwd.empty())
            m_project = toQString(f.cwd);
        return LineOutcome::Ignored;
    }
    if (f.type != "event_msg" || f.payloadType != "token_count" || !f.infoPresent || (!f.total && !f.last))
        return LineOutcome::Ignored;

    qint64 timestampMs = 0;
    const bool hasTimestamp = f.timestamp && parseTimestampMs(*f.timestamp, timestampMs);

    if (m_replay == Replay::AwaitingFirst) {
        if (m_forked) {
            if (!hasTimestamp)
                return LineOutcome::NoTimestamp;
            m_replaySecond = floorSecond(timestampMs);
            m_replay = Replay::Skipping;
        } else {
            m_replay = Replay::Done;
        }
    }
    if (m_replay == Replay::Skipping) {
        if (!hasTimestamp)
            return LineOutcome::NoTimestamp;
        if (floorSecond(timestampMs) == m_replaySecond) {
            // The parent's history: counted in the parent's file, but it is the baseline for our deltas.
            if (f.total) {
                m_baseline = *f.total;
                m_haveBaseline = true;
            }
            return LineOutcome::Ignored;
        }
        m_replay = Replay::Done;
    }

    // A decrease is a reset or another lineage interleaved in the file: its totals say nothing about this
    // call, and counting them would count the other lineage twice.
    RolloutUsage delta;
    if (!f.total)
        delta = *f.last;
    else if (!m_haveBaseline)
        delta = *f.total;
    else if (anyBelow(*f.total, m_baseline))
        delta = f.last.value_or(RolloutUsage {});
    else
        delta = minus(*f.total, m_baseline);

    if (delta.isZero()) {
        if (f.total) {
            m_baseline = *f.total;
            m_haveBaseline = true;
        }
        return LineOutcome::Ignored;
    }
    // The baseline stays put, so the next snapshot's delta still carries these tokens.
    if (!hasTimestamp)
        return LineOutcome::NoTimestamp;
    if (f.total) {
        m_baseline = *f.total;
        m_haveBaseline = true;
    }
    delta.cached = std::min(delta.cached, delta.input);

    UsageEvent event;
    event.source = QString::fromLatin1(source::codex);
    event.timestampMs = timestampMs;
    event.fallbackModel = true;
    for (std::string_view candidate : f.models) {
        if (!trimmed(candidate).empty()) {
            event.model = toQString(trimmed(candidate));
            event.fallbackModel = false;
            break;
        }
    }
    if (event.fallbackModel && !m_model.isEmpty()) {
        event.model = m_model;
        event.fallbackModel = false;
    }
    if (event.fallbackModel)
        event.model = QStringLiteral("gpt-5");
    event.tokens.input = delta.input - delta.cached;
    event.tokens.cacheRead = delta.cached;
    event.tokens.output = delta.output;
    event.tokens.reasoning = delta.reasoning;
    event.sessionId = m_sessionId.isEmpty() ? m_fallbackSessionId : m_sessionId;
    event.project = m_project;
    event.gitBranch = m_gitBranch;
    event.cost = 0;
    event.basis = CostBasis::Priced;
    event.eventKey = event.sessionId.toUtf8() + ':'
        + QByteArray(f.timestamp->data(), qsizetype(f.timestamp->size())) + ':'
        + QByteArray::number(delta.input) + ':' + QByteArray::number(delta.cached) + ':'
        + QByteArray::number(delta.output) + ':' + QByteArray::number(delta.reasoning);
    out.push_back(std::move(event));
    return LineOutcome::Event;
}

QByteArray CodexRolloutParser::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    const quint8 flags = quint8((m_metaSeen ? 1 : 0) | (m_forked ? 2 : 0) | (m_haveBaseline ? 4 : 0));
    stream << kStateVersion << m_sessionId.toUtf8() << m_project.toUtf8() << m_gitBranch.toUtf8()
           << m_model.toUtf8() << flags << m_baseline.input << m_baseline.cached << m_baseline.output
           << m_baseline.reasoning << quint8(m_replay) << m_replaySecond;
    return state;
}

bool CodexRolloutParser::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0, flags = 0, replay = 0;
    QByteArray sessionId, project, gitBranch, model;
    RolloutUsage baseline;
    qint64 replaySecond = 0;
    stream >> version;
    if (stream.status() != QDataStream::Ok || version != kStateVersion) {
        reset();
        return false;
    }
    stream >> sessionId >> project >> gitBranch >> model >> flags >> baseline.input >> baseline.cached
        >> baseline.output >> baseline.reasoning >> replay >> replaySecond;
    if (stream.status() != QDataStream::Ok || !stream.atEnd() || replay > quint8(Replay::Done) || flags > 7) {
        reset();
        return false;
    }
    m_sessionId = QString::fromUtf8(sessionId);
    m_project = QString::fromUtf8(project);
    m_gitBranch = QString::fromUtf8(gitBranch);
    m_model = QString::fromUtf8(model);
    m_metaSeen = flags & 1;
    m_forked = flags & 2;
    m_haveBaseline = flags & 4;
    m_baseline = baseline;
    m_replay = Replay(replay);
    m_replaySecond = replaySecond;
    return true;
}

} // namespace tokenwise::codex
