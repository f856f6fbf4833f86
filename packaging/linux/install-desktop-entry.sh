#!/bin/sh
# Put WSIS Desktop in this user's applications menu, with its icon; no administrator rights needed.
#   ./install-desktop-entry.sh            add (or update, after moving this folder)
#   ./install-desktop-entry.sh --remove   take the menu entry and icons out again
# The app itself stays in this folder: the menu entry points here.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=org.wsisdesktop.WSISDesktop
res="$here/_internal/resources"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
sizes="16 24 32 48 64 128 256 512"

refresh() {  # menus and icon caches notice the change sooner; harmless if these tools are absent
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$id.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$id.png"; done
  refresh
  echo "Removed the WSIS Desktop menu entry. Delete this folder to remove the app itself."
  exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
# Exec needs the absolute path, quoted for the desktop-entry rules (\, ", ` and $ escaped).
exe=$(printf '%s' "$here/wsis-desktop" | sed 's/[\\"`$]/\\\\&/g')
sed -e "s|^Exec=.*|Exec=\"$exe\"|" "$res/desktop/$id.desktop" > "$data/applications/$id.desktop"
cp "$res/desktop/$id.metainfo.xml" "$data/metainfo/"
cp "$res/app/wsis-desktop.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for size in $sizes; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$res/app/wsis-desktop-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
refresh
echo "Added WSIS Desktop to the applications menu ($data/applications/$id.desktop)."
