#!/usr/bin/env bash
# Desktop figures (not a test; nothing here fails on a slow machine): a year-long ledger is generated, then
# the snapshot and the dashboard opening are timed in-process, and the real app runs under Xvfb + trayer for
# start-up to tray icon, idle RSS, and CPU and wake-ups while hidden.
# Usage: bench/desktop-bench.sh [--idle-seconds N] [--days N]
set -euo pipefail
cd "$(dirname "$0")/.."
idle=60 days=365
while [[ $# -gt 0 ]]; do
    case $1 in
    --idle-seconds) idle=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    *) echo "usage: $0 [--idle-seconds N] [--days N]" >&2; exit 2 ;;
    esac
done
build=${BUILD_DIR:-build}
cmake --build "$build" -j2 --target tokenwise tokenwise_desktop_bench >/dev/null
for tool in xvfb-run dbus-run-session trayer; do
    command -v "$tool" >/dev/null || { echo "desktop-bench: $tool is missing (apt-get install xvfb dbus trayer)" >&2; exit 1; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/data" "$scratch/config"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" LANG=C.UTF-8 TZ=UTC
unset CLAUDE_CONFIG_DIR CODEX_HOME
bench="$build/bench/tokenwise_desktop_bench"
QT_QPA_PLATFORM=offscreen "$bench" make-ledger "$scratch/data" "$days"
QT_QPA_PLATFORM=offscreen "$bench" dashboard "$scratch/data" 5
app=$(realpath "$build/tokenwise")
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -s "$app" "$scratch" "$idle" <<'INNER'
set -euo pipefail
app=$1 scratch=$2 idle=$3
echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
trayer --edge top --align right --widthtype pixel --width 120 --heighttype pixel --height 32 &
sleep 1
python3 bench/desktop_bench.py --app "$app" --data-dir "$scratch/data" --config-dir "$scratch/config" \
    --idle-seconds "$idle"
INNER
