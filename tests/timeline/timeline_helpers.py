"""Helpers shared by the timeline tests (this folder is on sys.path under pytest)."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from pytestqt.qtbot import QtBot

from wsis_desktop.timeline.layout import Frame
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
