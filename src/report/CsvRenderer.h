// The weekly summary as one RFC 4180 CSV file for spreadsheets and scripts.
//
// Layout: one file, one header row, every row tagged by its `section` (then `item`), so a filter on
// the first column gives each table and nothing needs joining. A pair of files was the alternative; one
// file keeps the export a single download like the other formats. Columns that do not apply to a row are
// empty, and empty also means "unknown" (never zero). Numbers use '.' decimals, no grouping; dates are
// ISO 8601 (yyyy-MM-dd) and instants ISO 8601 with the report zone's offset, whatever the locale.
// Money is US dollars with six decimals (the ledger's micro-dollars, exactly); shares are fractions.
//
//   section     item                           other columns used
//   meta        week, first_day, last_day,     value
//               timezone, demo, cost_basis,
//               unpriced_tokens, price_version,
//               generated_at
//   summary     week_total                     tokens, cost_usd
//               previous_week                  date (its Monday), cost_usd; value=no_history if unknown
//               median_previous_weeks          cost_usd, value = weeks counted
//               change_vs_previous_week,       share (a fraction: 0.25 is +25 %)
//               change_vs_median
//   history     the week's label (2026-W10)    date, cost_usd, value = counted|no_history
//   team        status                         value = not_configured|too_few_members|shown
//               members, days                  value (members of the smallest team used; days covered)
//               compared_spend                 source (the band's provider; empty: all), cost_usd (yours)
//               p25, p50, p75                  cost_usd
//               position                       value = below_p25|p25_to_median|median_to_p75|above_p75
//   day         the weekday (1 = Monday)       date, source, tokens, cost_usd, value = hours in the day
//   reported    the provider (anthropic, …)    date (its UTC day), source, cost_usd (reported; the day and
//                                              source rows above already use it), estimate_usd (priced)
//   source      (empty)                        source, tokens, cost_usd, share of the week
//   model       (empty)                        model, tokens, cost_usd (empty when unpriced);
//                                              value = unpriced|fallback_model
//   task        rank                           date (first activity), source, model (space-separated),
//                                              title, project, branch, ticket, tokens, cost_usd,
//                                              share (cache read share), commits, lines_changed,
//                                              cost_per_commit_usd
//   task        other_tasks                    cost_usd, value = how many
//   cache       prompt_tokens, cache_read_tokens  value; share = cache read share
//               cache_read_cost, at_input_price,   cost_usd / estimate_usd
//               saved                              estimate_usd
//   what_if     (empty)                        model, compare_model, tokens, cost_usd, estimate_usd
//   unpriced    (empty)                        model, tokens
//   surge       status                         value = not_configured|none
//   surge       episode                        date (start), value (end), title (the task), cost_usd
//   budget      status                         value = not_configured|none_set
//   budget      daily|weekly|monthly           source (scope, "overall"), date (the highest day, the
//                                              Monday, the month's first day), title (daily: days at or
//                                              over), cost_usd (spent), value (the limit), share (used)
//   coverage    used_this_week|not_used        source, value = events in ledger, date = last read
//
// Token columns: input_tokens, output_tokens, cache_write_tokens, cache_read_tokens, total_tokens.
#pragma once

#include "report/WeeklySummary.h"

#include <QByteArray>

namespace tokenwise::report {

QByteArray renderCsv(const WeeklySummary &summary);

} // namespace tokenwise::report
