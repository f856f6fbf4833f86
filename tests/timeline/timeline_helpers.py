"""Helpers shared by the timeline tests (this folder is on sys.path under pytest)."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Event
from wsis_desktop.timeline.data import TimelineData
from wsis_desktop.timeline.layout import Frame, FrameOptions, TextMetrics, build_frame, natural_height
from wsis_desktop.timeline.scale import TimeScale
from wsis_desktop.timeline.widget import TimelineView

TODAY = dt.date(2026, 11, 27)


def labels_intersect(frame: Frame) -> list[tuple[str, str]]:
    """Pairs of events whose drawn labels overlap (there should be none)."""
    rects = [(d.event.id, d.label_rect) for d in frame.events if d.label_rect is not None]
    return [(a, b) for (a, ra), (b, rb) in combinations(rects, 2) if ra.intersects(rb)]


def shown(qtbot: QtBot, view: TimelineView, width: int, height: int) -> TimelineView:
    """``view`` on screen at a size, with "today" pinned."""
    view.set_today(TODAY)
    view.resize(width, height)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def event(event_id: str, date: str, end: str | None = None, track: str = "a") -> Event:
    """A confirmed event titled "Title of <id>" (dates as in the sources: 2005, 2005-11, 2005-11-16)."""
    return Event(event_id, PartialDate.parse(date), PartialDate.parse(end) if end else None,
                 f"Title of {event_id}", track, "confirmed", None, ())


def whole(data: TimelineData, metrics: TextMetrics, first: dt.date, last: dt.date,
          options: FrameOptions | None = None) -> Frame:
    """A frame 1366 px wide and tall enough for every lane: nothing scrolled out of sight."""
    rect = QRectF(0, 0, 1366, natural_height(data, metrics, options))
    return build_frame(data, TimeScale.of_dates(first, last, 1), rect, metrics, options)
