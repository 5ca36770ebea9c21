#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, one after another on one core.
# usage: run-fuzz.sh BUILD_DIR SECONDS [TARGET…]
# The working corpus grows in BUILD_DIR/fuzz/corpus/<target> (seeded from tests/fuzz/seeds, regressions and
# fixtures); crashes land in BUILD_DIR/fuzz/crashes/<target>/ and make the run fail. A crash becomes a
# regression test by copying it to tests/fuzz/regressions/<target>/ (ctest replays those).
set -uo pipefail
build=$1 seconds=$2
shift 2
cd "$build/fuzz"
targets=("$@")
((${#targets[@]})) || targets=(claude_line codex_rollout provider_replies team_feed price_table agent_records)
failed=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "crashes/$t"
    for input in $(cat "$t.inputs"); do
        if [[ -d $input ]]; then
            find "$input" -type f ! -name .keep -exec cp -n {} "corpus/$t/" \;
        elif [[ -f $input ]]; then
            cp -n "$input" "corpus/$t/"
        fi
    done
    echo "== fuzz_$t for ${seconds}s"
    ./fuzz_$t -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="crashes/$t/" "corpus/$t" >"$t.log" 2>&1
    rc=$?
    grep -E '^#[0-9]+[[:space:]]+DONE|stat::peak_rss_mb|^Done|stat::number_of_executed_units|SUMMARY' "$t.log" | sed "s/^/  $t: /"
    if ((rc != 0)) || [[ -n $(ls -A "crashes/$t") ]]; then
        echo "  $t: FAILED (exit $rc), see $build/fuzz/$t.log and $build/fuzz/crashes/$t/" >&2
        failed=1
    fi
done
exit $failed
