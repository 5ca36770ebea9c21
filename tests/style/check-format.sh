#!/usr/bin/env bash
# Fails when a C++ file of the project differs from what clang-format makes of it (.clang-format).
# usage: check-format.sh SOURCE_DIR
set -uo pipefail
cd "$1" || exit 2
command -v clang-format >/dev/null || { echo "clang-format is not installed (scripts/ensure-deps.sh test)"; exit 1; }
mapfile -t files < <(find src tests bench -type f \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/fuzz/regressions/*' | sort)
bad=0
for f in "${files[@]}"; do
    if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: clang-format -i $f)"
        bad=$((bad + 1))
    fi
done
echo "${#files[@]} files checked, $bad not formatted"
((bad == 0))
