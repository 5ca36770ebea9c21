#!/usr/bin/env bash
# Starts Tokenwise on a virtual X display with a tray (trayer) and writes PNGs of the tray, each dashboard tab,
# the widget and the settings dialog to docs/screenshots/. Uses the built-in demo history, so the pictures are
# the same on every machine. Usage: tools/screenshots.sh [path/to/tokenwise]
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-build/tokenwise}")
out=$(realpath docs/screenshots)
for tool in xvfb-run dbus-run-session trayer import xdotool; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb dbus trayer imagemagick xdotool)" >&2; exit 1; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/home/.config" \
    XDG_DATA_HOME="$scratch/home/.local/share" LANG=C.UTF-8 TZ=UTC
unset CLAUDE_CONFIG_DIR CODEX_HOME
xvfb-run -a -s "-screen 0 1366x860x24" dbus-run-session -- bash -s "$app" "$out" <<'INNER'
set -euo pipefail
app=$1 out=$2
echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
trayer --edge top --align right --widthtype pixel --width 140 --heighttype pixel --height 36 --tint 0x334155 --transparent true --alpha 0 &
sleep 1
shot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; }
window() { xdotool search --sync --name "$1" | head -1; }
"$app" --demo --show dashboard &
app_pid=$!
dash=$(window "Tokenwise")
xdotool windowsize "$dash" 1180 780
shot overview 3
# No window manager here, so keys do not reach the window: click the tab labels (offsets from the window).
eval "$(xdotool getwindowgeometry --shell "$dash")"
declare -A tab_x=([tasks]=118 [models]=180 [sources]=249 [overview]=49)
for tab in tasks models sources overview; do
    xdotool mousemove $((X + ${tab_x[$tab]})) $((Y + 104)) click 1 # below the menu, toolbar and demo banner
    [[ $tab == overview ]] || shot "$tab"
done
import -window root -crop 160x40+1206+0 "$out/tray.png"
"$app" --show widget
shot widget
"$app" --show settings
shot settings
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true

# The Sources tab on real data: the test fixtures of several agents at their default places in a second HOME.
agents=$(mktemp -d)
fixtures=$(dirname "$out")/../tests/fixtures/agents
place() { mkdir -p "$agents/$(dirname "$2")"; cp "$fixtures/$1" "$agents/$2"; }
place gemini-cli/session-2026-05-17T11-07-session-a.jsonl .gemini/tmp/project-a/chats/session-2026-05-17T11-07-session-a.jsonl
place qwen-code/session.jsonl .qwen/projects/-tmp-qwentest/chats/69f0814a.jsonl
place pi/agent_session-a.jsonl .pi/agent/sessions/project-a/agent_session-a.jsonl
place openclaw/abc.jsonl .openclaw/agents/main/sessions/abc.jsonl
place kimi-cli/config.json .kimi/config.json
place kimi-cli/wire.jsonl .kimi/sessions/group/session-a/wire.jsonl
place amp/T-thread-a.json .local/share/amp/threads/T-thread-a.json
place droid/session-a.settings.json .factory/sessions/-tmp-my-project/session-a.settings.json
HOME=$agents XDG_DATA_HOME=$agents/.local/share XDG_CONFIG_HOME=$agents/.config "$app" --show dashboard &
app_pid=$!
dash=$(window "Tokenwise")
xdotool windowsize "$dash" 1180 780
sleep 3
eval "$(xdotool getwindowgeometry --shell "$dash")"
xdotool mousemove $((X + ${tab_x[sources]})) $((Y + 70)) click 1 # no demo banner here
shot sources-agents
kill "$app_pid" 2>/dev/null || true
rm -rf "$agents"
INNER
ls -l "$out"
