#!/usr/bin/env bash
# appstreamcli validate --no-net on the metainfo, then validate-tree on a `cmake --install` of this build,
# which also checks that the launchable desktop entry and the icons are where the metainfo says.
# usage: validate-appstream.sh SOURCE_DIR BUILD_DIR VERSION CMAKE_COMMAND
set -euo pipefail
source_dir=$1 build_dir=$2 version=$3 cmake=$4
app_id=io.github.tokenwise.Tokenwise
metainfo="$source_dir/packaging/linux/$app_id.metainfo.xml"
command -v appstreamcli >/dev/null || {
    echo "FAIL: appstreamcli is missing; scripts/ensure-deps.sh test installs appstream" >&2
    exit 1
}

appstreamcli validate --no-net "$metainfo"

# The newest release in the metainfo is the version CMake builds.
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
if [[ "$newest" != "$version" ]]; then
    echo "FAIL: newest <release> in the metainfo is '$newest', the project version is $version" >&2
    exit 1
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/tokenwise-appstream.XXXXXX")
trap 'rm -rf "$root"' EXIT
"$cmake" --install "$build_dir" --prefix "$root/usr" >/dev/null
appstreamcli validate-tree --no-net "$root"
