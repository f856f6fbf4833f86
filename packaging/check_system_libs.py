"""Name the missing Debian/Ubuntu package in one line before Qt fails to start.

Qt's own message for a missing library often blames the wrong one (it reports
the platform plugin, not the library the plugin needs), so `make run` and
`make test` check first. Standard library only: it runs before the venv is used.
"""

from __future__ import annotations

import ctypes.util
import subprocess
import sys

# library soname stem -> Debian package
OFFSCREEN = {
    "GL": "libgl1", "EGL": "libegl1", "glib-2.0": "libglib2.0-0", "dbus-1": "libdbus-1-3",
    "fontconfig": "libfontconfig1", "xkbcommon": "libxkbcommon0", "X11": "libx11-6",
}
WINDOW = {
    "xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1", "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0", "xcb-shape": "libxcb-shape0",
    "xcb-xfixes": "libxcb-xfixes0", "xcb-xkb": "libxcb-xkb1", "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
}


def _known_libraries() -> str:
    try:
        return subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""


def missing(needed: dict[str, str]) -> list[str]:
    known = _known_libraries()
    return [package for lib, package in needed.items()
            if f"lib{lib}.so" not in known and ctypes.util.find_library(lib) is None]


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    needed = dict(OFFSCREEN)
    if "--window" in argv:
        needed.update(WINDOW)
    packages = missing(needed)
    if packages:
        print("Qt needs system packages that are not installed: sudo apt-get install "
              + " ".join(packages), file=sys.stderr)
        return 1
    if "--window" in argv and not any(v in __import__("os").environ for v in ("DISPLAY", "WAYLAND_DISPLAY")):
        print("No display found (DISPLAY is not set): run on a desktop, or under xvfb-run.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
