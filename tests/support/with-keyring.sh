#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service).
# Exits 77 (CTest "skipped") only when D-Bus itself is missing.
set -uo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "SKIP: dbus-run-session or gnome-keyring-daemon not installed; no Secret Service to test against" >&2
    exit 77
fi
unset DISPLAY WAYLAND_DISPLAY  # a display would let the keyring open a password prompt and hang
exec dbus-run-session -- bash -c '
    echo -n tokenwise-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    export TOKENWISE_TEST_DBUS="$DBUS_SESSION_BUS_ADDRESS"
    "$@"' keyring "$@"
