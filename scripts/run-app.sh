#!/usr/bin/env bash
# Starts the built app; on a machine without any display, starts it on a virtual one and says so.
set -euo pipefail
app=${1:?usage: run-app.sh PATH-TO-tokenwise}
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$app"
fi
echo "tokenwise: no display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
if command -v xvfb-run >/dev/null; then
    echo "tokenwise: starting on a virtual X display (xvfb-run); stop it with Ctrl+C." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app"
fi
echo "tokenwise: install xvfb or run it from a desktop session." >&2
exit 1
