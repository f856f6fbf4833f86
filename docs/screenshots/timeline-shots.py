"""Take the timeline screenshots: the real window with its timeline dock, whole range and
December 2025, light and dark, at the size of the virtual screen it runs on.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/timeline-shots.py
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/timeline-shots.py

Writes timeline-WxH-{all,month}-{light,dark}.png (the window) and, at 1366×768, the
dock alone as timeline-{all,month}-{light,dark}.png for the README. The dark shots set the
same dark QPalette as take_screenshots.py, as a dark desktop theme would.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import dark_palette  # the reader's shots' palette, next to this file

from wsis_desktop.app import attach_timeline
from wsis_desktop.services.resources import default_pack_path
from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.views.main_window import MainWindow

OUT = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 27)
MONTH = dt.date(2025, 12, 15)
ENTITY = "section-reviews"  # nothing highlighted: every lane in its own colours


def save(pixmap: QPixmap, path: Path) -> None:
    # full colour: 256 colours (as the reader's shots use) flatten the faint era shading and stripes
    pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(path), "PNG", 0)
    print(path)


def shoot(app: QApplication, pack: Pack, theme: str) -> None:
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    screen = QGuiApplication.primaryScreen().size()
    size = f"{screen.width()}x{screen.height()}"
    with tempfile.TemporaryDirectory() as profile:
        window = MainWindow(pack, Settings(Path(profile)))
        window.resize(screen)  # as a maximised window (the virtual screen has no window manager)
        window.show()
        attach_timeline(window, pack)  # as the app does: once the window is shown
        window.open_entity(ENTITY)
        for _ in range(5):
            app.processEvents()
        timeline = window.timeline
        timeline.set_today(TODAY)  # type: ignore[union-attr]  # a TimelineView
        canvas = timeline.canvas  # type: ignore[union-attr]
        for view in ("all", "month"):
            if view == "all":
                canvas.apply_preset("all")
            else:
                centre = float(MONTH.toordinal())
                canvas.set_scale(canvas.scale.with_range(centre, centre + 1).preset("month"))
            app.processEvents()
            save(window.grab(), OUT / f"timeline-{size}-{view}-{theme}.png")
            if size == "1366x768":
                save(window.timeline_dock.grab(), OUT / f"timeline-{view}-{theme}.png")
        window.close()


def main() -> None:
    QCoreApplication.setApplicationName("WSIS Desktop screenshots")
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    pack = Pack.open(sys.argv[1] if len(sys.argv) > 1 else default_pack_path())
    for theme in ("light", "dark"):
        shoot(app, pack, theme)


if __name__ == "__main__":
    main()
