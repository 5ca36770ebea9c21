#!/usr/bin/env bash
# Builds the .deb from this build tree with CPack into a temporary folder, checks its file list and control
# fields, runs the unpacked binary and lets apt resolve the package's dependencies (apt-get -s, no install).
# usage: check-deb.sh BUILD_DIR SOURCE_DIR VERSION CPACK_COMMAND GUI(ON|OFF)
set -euo pipefail
build_dir=$1 source_dir=$2 version=$3 cpack=$4 gui=$5
app_id=io.github.tokenwise.Tokenwise

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
for tool in dpkg-deb dpkg-shlibdeps file apt-get; do
    command -v "$tool" >/dev/null || fail "$tool is missing; scripts/ensure-deps.sh test installs it"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/tokenwise-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

start=$SECONDS
if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the .deb"
fi
deb="$work/out/tokenwise_${version}_$(dpkg --print-architecture).deb"
[[ -f "$deb" ]] || fail "expected $(basename "$deb"), got: $(ls "$work/out")"
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes in $((SECONDS - start)) s"

# File list: "perms owner size date time path".
dpkg-deb -c "$deb" >"$work/list"
awk '{print $6}' "$work/list" >"$work/paths"
hicolor=./usr/share/icons/hicolor
expected=(./usr/bin/tokenwise
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    ./usr/share/doc/tokenwise/copyright
    "$hicolor/scalable/apps/$app_id.svg"
    "$hicolor/symbolic/apps/$app_id-symbolic.svg")
sizes=()
if [[ "$gui" == ON ]]; then
    sizes=(16 22 24 32 48 64 128 256)
    for size in "${sizes[@]}"; do
        expected+=("$hicolor/${size}x${size}/apps/$app_id.png")
    done
fi
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/paths" || fail "$path is not in the package"
done
if outside=$(grep -vxF ./ "$work/paths" | grep -v '^\./usr/'); then
    fail "files outside /usr: $outside"
fi
for tree in "$build_dir" "$source_dir"; do
    if grep -qF "$tree" "$work/list"; then
        fail "the package lists paths from $tree"
    fi
done

# One licence everywhere: the .deb's copyright file says what the AppStream metadata and LICENSE say.
dpkg-deb -x "$deb" "$work/root"
deb_license=$(sed -n 's/^License: //p' "$work/root/usr/share/doc/tokenwise/copyright" | head -n 1)
appstream_license=$(sed -n 's:.*<project_license>\(.*\)</project_license>.*:\1:p' \
    "$work/root/usr/share/metainfo/$app_id.metainfo.xml")
[[ -n "$deb_license" && "$deb_license" == "$appstream_license" ]] \
    || fail "copyright says '$deb_license', AppStream says '$appstream_license'"
grep -q 'GNU GENERAL PUBLIC LICENSE' "$source_dir/LICENSE" && grep -q 'Version 3' "$source_dir/LICENSE" \
    || fail "LICENSE is not the GPL version 3 that $deb_license names"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == tokenwise ]] || fail "Package is $(field Package)"
[[ "$(field Version)" == "$version" ]] || fail "Version is $(field Version)"
[[ "$(field Section)" == utils ]] || fail "Section is $(field Section)"
[[ -n "$(field Maintainer)" ]] || fail "no Maintainer"
depends=$(field Depends)
echo "Depends: $depends"
hand_added=(libqt6sql6-sqlite libsecret-1-0)
[[ "$gui" == ON ]] && hand_added+=(qt6-qpa-plugins libqt6svg6)
for dep in "${hand_added[@]}" libqt6core6 libc6; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
[[ "$(field Recommends)" == "gnome-keyring | kwalletmanager, qt6-translations-l10n" ]] || fail "Recommends is '$(field Recommends)'"

# Unpacked (above), the binary runs from its own root.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/tokenwise" --version)
[[ "$out" == "tokenwise $version" ]] || fail "tokenwise --version printed '$out'"
for size in "${sizes[@]}"; do
    png="$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png: $(file -b "$png")"
done
# Only the data files: sanitizer builds keep object file paths in the binary, which is harmless.
if leaks=$(grep -rlF "$build_dir" "$work/root/usr/share"); then
    fail "files mention the build tree $build_dir: $leaks"
fi

# apt resolves the dependencies from the system's package lists and installed packages; -s installs nothing.
if ! apt_out=$(apt-get install -s "$deb" 2>&1); then
    if grep -qiE 'permission denied|are you root' <<<"$apt_out"; then
        echo "SKIP: apt-get install -s is not permitted here:"$'\n'"$apt_out"
        exit 77
    fi
    echo "$apt_out" >&2
    fail "apt-get install -s $(basename "$deb") does not resolve"
fi
grep -qE '^Inst tokenwise |tokenwise is already the newest version' <<<"$apt_out" ||
    fail "apt-get -s did not plan to install tokenwise:"$'\n'"$apt_out"
echo "apt-get install -s resolves: $(grep -c '^Inst ' <<<"$apt_out") package(s) to install"
echo "ok in $((SECONDS - start)) s"
