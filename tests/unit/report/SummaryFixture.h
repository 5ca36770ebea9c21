// A hand-made ledger for the weekly summary tests: known costs around 2026-W13 in Europe/Berlin, the week
// of the spring-forward clock change, with the weeks before it.
#pragma once

#include "core/PriceBook.h"
#include "report/WeeklySummary.h"
#include "store/MemoryLedger.h"

namespace tokenwise::test {

// Events (all UTC): W13 runs 2026-03-22T23:00Z to 2026-03-29T22:00Z (23 local hours on Sunday).
//   W13  A  claude-opus-4-6      Mon 4.00, Tue 2.50     "Refund retries | idempotency", PAY-1423
//        B  gpt-5-codex          Wed 1.25               untitled, main
//        C  claude-sonnet-4-5-…  Sun 0.75 (before the change), Sun 0.25 (after)
//        D  kimi-k2 (unpriced)   Mon 00:10 local, the first minutes of the week
//   W12 6.50 (E 6.00, C 0.50 at Sun 23:50 local) · W11 3.00 · W10 10.00 · W09 none · W08 5.00 · W07 2.00
//   W14 9.00 (C, Mon 00:15 local): outside the week.
// Expected: total 8.75; previous week 6.50; median of W07..W12 (6 weeks, W09 counted as zero) 4.00.
void fillLedger(MemoryLedger &ledger);

// A small price table with the fixture's models and their cheaper siblings (fixed, unlike the bundled one).
PriceBook fixturePrices();

qint64 utcMs(const char *iso);

report::SummaryRequest fixtureRequest(const PriceBook &prices);

} // namespace tokenwise::test
