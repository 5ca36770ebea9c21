// One model call seen by the user, normalised across sources: the unit the ledger stores.
#pragma once

#include "core/Money.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tokenwise {

// No request comes near this (a million-token context is 1e6); a count above it is damage, and refusing it
// keeps every sum of counts across a ledger far from qint64 overflow.
inline constexpr qint64 kMaxTokenCount = 1'000'000'000'000;

struct TokenCounts
{
    qint64 input = 0; // input not served from cache (Codex input minus cached)
    qint64 output = 0; // includes reasoning output
    qint64 cacheWrite5m = 0; // cache writes at the 5-minute TTL (or writes with no TTL breakdown)
    qint64 cacheWrite1h = 0; // cache writes at the 1-hour TTL
    qint64 cacheRead = 0;
    qint64 reasoning = 0; // informational: already inside output

    qint64 cacheWrite() const { return cacheWrite5m + cacheWrite1h; }
    // What a request sent: decides long-context price tiers.
    qint64 promptTotal() const { return input + cacheRead + cacheWrite(); }
    qint64 total() const { return promptTotal() + output; }
    bool isZero() const { return total() == 0; }

    TokenCounts &operator+=(const TokenCounts &o)
    {
        input += o.input;
        output += o.output;
        cacheWrite5m += o.cacheWrite5m;
        cacheWrite1h += o.cacheWrite1h;
        cacheRead += o.cacheRead;
        reasoning += o.reasoning;
        return *this;
    }
    friend bool operator==(const TokenCounts &, const TokenCounts &) = default;
};

enum class CostBasis {
    Priced, // tokens × a named price table
    Reported, // a provider's bill or usage API
    Recorded, // the cost the agent itself wrote next to the tokens (OpenCode, Pi, …)
    Demo, // the built-in demo history
    Unpriced, // the model is not in the price table: tokens counted, cost unknown (never silently 0)
};

QString costBasisName(CostBasis basis);
// The basis a stored name stands for; `unknown` for a name no basis has.
CostBasis costBasisFromName(QStringView name, CostBasis unknown);

namespace source {
inline constexpr char claudeCode[] = "claude-code";
inline constexpr char codex[] = "codex";
inline constexpr char demo[] = "demo";
} // namespace source

struct UsageEvent
{
    QString source; // source::claudeCode, source::codex, …
    QByteArray eventKey; // unique within the source; re-reading the same bytes yields the same key
    qint64 timestampMs = 0; // UTC, milliseconds since the epoch
    QString model; // as reported (without any "-fast" suffix); empty for <synthetic>
    bool fast = false; // Claude speed:"fast" / Codex priority tier: reported as "<model>-fast"
    bool fallbackModel = false; // Codex line with no model: priced as gpt-5 and flagged
    bool sidechain = false;
    bool aggregate = false; // a total over many requests (a session's): priced without long-context tiers
    TokenCounts tokens;
    QString sessionId; // the task key
    QString project; // the real working directory (cwd), when known
    QString gitBranch;
    MicroUsd cost = 0;
    CostBasis basis = CostBasis::Priced;
    QString priceVersion; // which price book priced it

    // Claude Code keys are "<message.id>:<requestId>" (or "<message.id>"): copies of one response share it.
    qint32 messageIdLength = 0; // 0: no message id (the key is not a Claude response id)
    QString originPath; // file the kept copy came from; ties go to the path that sorts first
    qint64 originOffset = 0;

    QString reportedModel() const { return fast ? model + QStringLiteral("-fast") : model; }

    void setResponseKey(QByteArrayView messageId, QByteArrayView requestId)
    {
        eventKey = requestId.isEmpty() ? messageId.toByteArray() : messageId.toByteArray() + ':' + requestId;
        messageIdLength = qint32(messageId.size());
    }
    QByteArrayView messageId() const { return QByteArrayView(eventKey).first(messageIdLength); }
    QByteArrayView requestId() const
    {
        return messageIdLength && eventKey.size() > messageIdLength
            ? QByteArrayView(eventKey).sliced(messageIdLength + 1)
            : QByteArrayView();
    }
};

} // namespace tokenwise

Q_DECLARE_TYPEINFO(tokenwise::UsageEvent, Q_RELOCATABLE_TYPE);
