// Which of two copies of one response the ledger keeps (provider-formats.md §1): the one rule, used by the
// scanners and MemoryLedger. SqliteLedger states the same rule in SQL (kUpsertEvent, kMarkReplays); the
// ledger tests run every case through both ledgers, so the two cannot drift apart unnoticed.
#pragma once

#include "core/UsageEvent.h"

namespace tokenwise {

// True when `candidate` should replace `kept`: a main-chain copy beats a sidechain copy, then the copy with
// more tokens (streaming snapshots grow), then the copy from the path (and offset) that sorts first, so
// that the winner does not depend on the order files were read in.
inline bool isBetterCopy(const UsageEvent &candidate, const UsageEvent &kept)
{
    if (candidate.sidechain != kept.sidechain)
        return !candidate.sidechain;
    if (candidate.tokens.total() != kept.tokens.total())
        return candidate.tokens.total() > kept.tokens.total();
    if (candidate.originPath != kept.originPath)
        return candidate.originPath < kept.originPath;
    return candidate.originOffset < kept.originOffset;
}

// A sidechain copy of a response whose main-chain copy (same source) has another requestId is a /btw
// replay: dropped.
inline bool isSidechainReplay(const UsageEvent &sidechain, const UsageEvent &mainChain)
{
    return sidechain.sidechain && !mainChain.sidechain && sidechain.source == mainChain.source
        && sidechain.messageIdLength > 0 && sidechain.messageId() == mainChain.messageId()
        && sidechain.requestId() != mainChain.requestId();
}

} // namespace tokenwise
