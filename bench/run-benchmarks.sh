#!/usr/bin/env bash
# Builds Tokenwise, generates (once, cached) the ~500 MB Claude Code corpus, installs the peer ccusage
# (once, cached, when npm is available) and prints the side-by-side figures. Not a test: nothing here fails
# on a slow machine. Usage: bench/run-benchmarks.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
make build >/dev/null
cmake --build build --target tokenwise_bench tokenwise_sync_bench >/dev/null
python3 bench/compare_peer.py --build build "$@"
build/bench/tokenwise_sync_bench
