"""Timeline figures: first paint and zoom/pan repaints over 10,000 synthetic events, in a
laptop's dock (1366×300) and in a tall one (1920×1000: every lane in view, at up to
rows.MAX_LANE_ROWS sub-rows each as the zoom opens them).

``run()`` is what bench/run.py calls; it paints the real TimelineView offscreen
into a QImage of the widget's size (the same paintEvent code path as on screen).

    QT_QPA_PLATFORM=offscreen python -m bench.timeline_bench
    QT_QPA_PLATFORM=offscreen python -m bench.timeline_bench --screenshots docs/screenshots \
        --pack data/wsis.db
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QImage, QPalette  # after QT_QPA_PLATFORM
from PySide6.QtWidgets import QApplication

from wsis_desktop.store.records import Era, Event, Track
from wsis_desktop.timeline.synthetic import synthetic
from wsis_desktop.timeline.widget import TimelineView

SIZE = (1366, 300)  # the dock on a laptop: a few lanes in view, the rest scroll
#: Figure-name prefixes and canvas sizes: also a tall dock, with every lane in view at once.
SIZES = {"": SIZE, "tall_": (1920, 1000)}
TODAY = dt.date(2026, 11, 27)


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


_cpu: list[float] = []  # CPU milliseconds of each paint: less disturbed than wall time on a busy machine
_images: dict[tuple[int, int], QImage] = {}


def _paint_ms(view: TimelineView) -> float:
    """One full repaint of the canvas, as paintEvent does it, in (wall) milliseconds.

    Into one image per size, kept like a window's backing store: a fresh 7 MB image per
    paint (1920×1000) added 8-10 ms of first-touch memory costs that no repaint on screen pays."""
    canvas = view.canvas
    size = (canvas.width(), canvas.height())
    image = _images.get(size)
    if image is None:
        image = _images[size] = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    start, cpu = time.perf_counter(), time.thread_time()
    canvas.render(image)
    _cpu.append((time.thread_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def run(count: int = 10_000, repeats: int = 40) -> dict[str, float]:
    """Measure at each of SIZES and print; return the figures (milliseconds, medians where
    repeated). Keys of the tall dock read ``timeline_tall_...``."""
    _app()
    events, tracks, eras = synthetic(count)
    figures = {"timeline_events": float(count)}
    for prefix, size in SIZES.items():
        figures |= _measure(events, tracks, eras, size, repeats, f"timeline_{prefix}")
    for name, value in figures.items():
        print(f"{name:45s} {value:9.2f}")
    return figures


def _measure(events: list[Event], tracks: list[Track], eras: list[Era], size: tuple[int, int],
             repeats: int, prefix: str) -> dict[str, float]:
    """First paint, then zooms in and out about points near the centre, pans of the whole
    range, and pans of one year: each a full repaint of the canvas."""
    start = time.perf_counter()
    view = TimelineView(events=events, tracks=tracks, eras=eras)
    view.resize(*size)
    view.layout().activate()  # lay out the canvas at once: a hidden view waits for show()
    view.set_today(TODAY)
    construct = (time.perf_counter() - start) * 1000
    first = _paint_ms(view)
    canvas = view.canvas
    x = canvas.plot().center().x()
    zooms, pans = [], []
    _cpu.clear()
    for i in range(repeats):
        canvas.zoom_by(1.25 if i % 8 < 4 else 0.8, x + (i % 5 - 2) * 60)
        zooms.append(_paint_ms(view))
    zoom_cpu = statistics.median(_cpu)
    canvas.apply_preset("all")
    _paint_ms(view)
    _cpu.clear()
    for i in range(repeats):
        canvas.pan_by(25 if i % 2 else -20)
        pans.append(_paint_ms(view))
    pan_cpu = statistics.median(_cpu)
    canvas.apply_preset("year")
    year_pans = []
    for i in range(repeats):
        canvas.pan_by(40 if i % 2 else -35)
        year_pans.append(_paint_ms(view))
    _dispose(view)
    return {
        f"{prefix}construct_ms": construct,
        f"{prefix}first_paint_ms": first,
        f"{prefix}zoom_repaint_median_ms": statistics.median(zooms),
        f"{prefix}pan_repaint_median_ms": statistics.median(pans),
        f"{prefix}year_pan_repaint_median_ms": statistics.median(year_pans),
        f"{prefix}repaint_max_ms": max(zooms + pans + year_pans),
        f"{prefix}zoom_repaint_median_cpu_ms": zoom_cpu,
        f"{prefix}pan_repaint_median_cpu_ms": pan_cpu,
    }


def _dispose(view: TimelineView) -> None:
    """Delete the view now, and collect: the next size is measured without its caches alive."""
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in ((role.Window, "#202124"), (role.Base, "#1b1c1f"), (role.AlternateBase, "#26272b"),
                          (role.Text, "#e8e8ea"), (role.WindowText, "#e8e8ea"), (role.Button, "#2b2c30"),
                          (role.ButtonText, "#e8e8ea"), (role.Highlight, "#4f8cff"),
                          (role.HighlightedText, "#ffffff")):
        palette.setColor(which, QColor(colour))
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor("#74767c"))
    return palette


def screenshots(out: Path, pack_path: Path, prefix: str, month: dt.date, entity: str | None = None) -> None:
    """Whole range and one zoomed month, light and dark, at 1366×300."""
    from wsis_desktop.store import Pack

    app = _app()
    out.mkdir(parents=True, exist_ok=True)
    pack = Pack.open(pack_path)
    for theme in ("light", "dark"):
        view = TimelineView(pack)
        if theme == "dark":
            view.setPalette(dark_palette())
        view.resize(*SIZE)
        view.set_today(TODAY)
        view.show()
        app.processEvents()
        if entity:
            view.show_entity(entity)
        view.canvas.apply_preset("all")
        view.grab().save(str(out / f"{prefix}-all-{theme}.png"))
        centre = float(month.toordinal())
        canvas = view.canvas
        canvas.set_scale(canvas.scale.with_range(centre, centre + 1).preset("month"))
        view.grab().save(str(out / f"{prefix}-month-{theme}.png"))
        view.close()
    pack.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screenshots", type=Path, help="write timeline screenshots into this folder")
    parser.add_argument("--pack", type=Path, help="the pack to photograph")
    parser.add_argument("--prefix", default="timeline")
    parser.add_argument("--month", default="2005-11", help="the month of the zoomed screenshot (YYYY-MM)")
    parser.add_argument("--entity", help="highlight this entity's events in the screenshots")
    args = parser.parse_args()
    if args.screenshots:
        if args.pack is None:
            parser.error("--screenshots needs --pack")
        year, month = (int(p) for p in args.month.split("-"))
        screenshots(args.screenshots, args.pack, args.prefix, dt.date(year, month, 15), args.entity)
        return 0
    run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
