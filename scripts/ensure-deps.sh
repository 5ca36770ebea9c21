#!/usr/bin/env bash
# Installs the Debian packages Tokenwise needs, only those missing; quick when all are present.
# usage: ensure-deps.sh build|test|fuzz
set -euo pipefail

build_pkgs=(cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite qt6-httpserver-dev
    qt6-websockets-dev libgl-dev libsimdjson-dev qt6-qpa-plugins qt6-translations-l10n)
test_pkgs=(xvfb xauth dbus gnome-keyring libsecret-tools trayer desktop-file-utils appstream
    poppler-utils python3 dpkg-dev file imagemagick xdotool clang-format)
fuzz_pkgs=(clang libclang-rt-14-dev)

pkgs=("${build_pkgs[@]}")
if [[ "${1:-build}" == test ]]; then
    pkgs+=("${test_pkgs[@]}")
elif [[ "${1:-build}" == fuzz ]]; then
    pkgs+=("${fuzz_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

install_line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "tokenwise: missing system packages. Install them with:" >&2
    echo "  sudo $install_line" >&2
    exit 1
fi

echo "tokenwise: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    # The package lists may be empty or stale on a fresh machine.
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
