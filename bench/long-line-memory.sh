#!/usr/bin/env bash
# Peak memory of `tokenwise ingest` over one transcript holding a single line of SIZE_MB megabytes
# (issue 8: over-long lines are skipped, never held whole). usage: bench/long-line-memory.sh [BUILD_DIR] [SIZE_MB]
set -euo pipefail
build=${1:-build} size=${2:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/claude/projects/-p" "$tmp/empty/projects"
line='{"type":"assistant","timestamp":"2026-03-10T12:00:00.000Z","sessionId":"s","requestId":"r1","message":{"id":"m1","model":"claude-sonnet-4-5","usage":{"input_tokens":1,"output_tokens":2}}}'
{
    echo "$line"
    printf '{"type":"assistant","message":{"usage":{"input_tokens":1},"content":"'
    head -c $((size << 20)) /dev/zero | tr '\0' z
    echo '"}}'
    echo "${line//r1/r2}"
} >"$tmp/claude/projects/-p/s.jsonl"
measure() {
    CLAUDE_CONFIG_DIR=$1 CODEX_HOME=$tmp/none /usr/bin/time -f '%M %e' \
        "$build/tokenwise" ingest --json --data-dir "$tmp/data-$2" 2>&1 >"$tmp/out-$2.json" | tail -1
}
read -r base_kb base_s < <(measure "$tmp/empty" empty)
read -r long_kb long_s < <(measure "$tmp/claude" long)
echo "ingest of an empty tree:           max RSS $((base_kb / 1024)) MB, ${base_s} s"
echo "ingest of one ${size} MB line + 2:    max RSS $((long_kb / 1024)) MB, ${long_s} s"
python3 -c 'import json,sys
for s in json.load(open(sys.argv[1]))["sources"]:
    print("  %s: %d usage lines, %d malformed (over-long included)" % (s["source"], s["usageLines"], s["malformedLines"]))' "$tmp/out-long.json"
