#!/usr/bin/env bash
# desktop-file-validate on the launcher entry and the autostart template; hints count as failures too.
# usage: validate-desktop-entries.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
app_id=io.github.tokenwise.Tokenwise
command -v desktop-file-validate >/dev/null || {
    echo "FAIL: desktop-file-validate is missing; scripts/ensure-deps.sh test installs desktop-file-utils" >&2
    exit 1
}

status=0
for entry in "$source_dir/packaging/linux/$app_id.desktop" "$source_dir/packaging/linux/autostart/$app_id.desktop"; do
    if ! out=$(desktop-file-validate "$entry" 2>&1) || [[ -n "$out" ]]; then
        echo "FAIL: $entry"$'\n'"$out" >&2
        status=1
        continue
    fi
    # The icon, the Wayland app id and the file name must all be the one reverse-DNS id.
    grep -qx "Icon=$app_id" "$entry" || { echo "FAIL: $entry: Icon is not $app_id" >&2; status=1; }
    echo "ok: $entry"
done
grep -qx 'X-GNOME-Autostart-enabled=true' "$source_dir/packaging/linux/autostart/$app_id.desktop" || {
    echo "FAIL: the autostart template lacks X-GNOME-Autostart-enabled=true" >&2
    status=1
}
exit $status
