#!/usr/bin/env bash
# Make every app-icon file from the SVG master (resources/app/wsis-desktop.svg). The outputs are
# committed, so a build needs none of these tools; run this only after editing the master.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../resources/app"
master=wsis-desktop.svg
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --output "wsis-desktop-$size.png" "$master"
done
# Windows: one .ico with the sizes Explorer and the taskbar ask for (256 kept as PNG, as Vista+ allow).
icotool --create --output wsis-desktop.ico wsis-desktop-{16,24,32,48,64,128}.png --raw=wsis-desktop-256.png
# macOS: png2icns takes the sizes the .icns format has slots for.
png2icns wsis-desktop.icns wsis-desktop-{16,32,48,128,256,512}.png >/dev/null
