"""Nothing drawn in a sub-row meets anything else drawn there (a month or year no longer lies
under that month's day events), periods too short to name merge into count badges that split
on zoom, and "Only selection" leaves no empty sub-rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import combinations

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot
from timeline_helpers import event, shown, whole  # tests/timeline/timeline_helpers.py

from wsis_desktop.store import Pack
from wsis_desktop.store.records import Track
from wsis_desktop.timeline.data import POINT, TimelineData
from wsis_desktop.timeline.layout import DrawnEvent, Frame, FrameOptions, natural_height
from wsis_desktop.timeline.painter import FontTextMetrics
from wsis_desktop.timeline.rows import CLOSEST_BAND, band_of, rows_allowed
from wsis_desktop.timeline.synthetic import synthetic
from wsis_desktop.timeline.widget import TimelineView


def clashes_in_rows(frame: Frame) -> list[str]:
    """Pairs of different things drawn in one sub-row whose rectangles meet: markers, bars,
    labels, badges and the extent lines of badges (a thing and its own label may touch)."""
    rows: dict[tuple[int, int], list[tuple[str, list[QRectF]]]] = defaultdict(list)
    for d in frame.events:
        rows[(d.lane, d.row)].append((d.event.id, [d.rect] + ([d.label_rect] if d.label_rect else [])))
    for c in frame.clusters:
        rows[(c.lane, c.row)].append((f"badge of {c.events[0].id}", [c.rect, c.extent]))
    found = []
    for row, items in rows.items():
        for (a, rects_a), (b, rects_b) in combinations(items, 2):
            if any(ra.adjusted(0.01, 0.01, -0.01, -0.01).intersects(rb) for ra in rects_a for rb in rects_b):
                found.append(f"{row}: {a} meets {b}")
    return found


def test_a_month_with_day_events_gets_a_row_of_its_own(metrics: FontTextMetrics) -> None:
    data = TimelineData([event("month", "2005-11"), event("d16", "2005-11-16"), event("d18", "2005-11-18"),
                         event("year", "2004"), event("december", "2005-12")], [Track("a", "A")])
    rows = [{data.events[i].id for i in row} for row in data.lanes[0].rows]
    assert rows == [{"d16", "d18", "year", "december"}, {"month"}]  # "year" and "december" hold no day
    frame = whole(data, metrics, dt.date(2005, 11, 1), dt.date(2005, 11, 30))
    drawn = {d.event.id: d for d in frame.events}
    assert drawn["month"].shape == "bar" and drawn["month"].row == 1
    assert drawn["month"].rect.top() >= drawn["d16"].rect.bottom()  # below the days, not under them
    assert drawn["month"].rect.left() < drawn["d16"].rect.left() < drawn["month"].rect.right()
    assert clashes_in_rows(frame) == []


@pytest.mark.parametrize(("first", "last"), [
    (dt.date(1998, 1, 1), dt.date(2030, 12, 31)),
    (dt.date(2003, 3, 7), dt.date(2009, 8, 2)),
    (dt.date(2005, 1, 1), dt.date(2006, 12, 31)),
    (dt.date(2005, 10, 13), dt.date(2006, 1, 20)),
    (dt.date(2005, 11, 1), dt.date(2005, 11, 30)),
    (dt.date(2005, 11, 10), dt.date(2005, 11, 13)),
])
def test_nothing_drawn_in_a_row_meets_anything_else(metrics: FontTextMetrics, first: dt.date,
                                                    last: dt.date) -> None:
    data = TimelineData(*synthetic(3000, lanes=5))
    frame = whole(data, metrics, first, last)
    band = band_of(frame.scale.px_per_day)
    assert frame.events and (any(d.row > 0 for d in frame.events) or band == 0)
    assert max(len(lane.rows) for lane in frame.lanes) == rows_allowed(band)  # capped, and used
    assert clashes_in_rows(frame) == []


@pytest.mark.parametrize(("first", "last"), [
    (dt.date(1998, 1, 1), dt.date(2030, 12, 31)),
    (dt.date(2003, 1, 1), dt.date(2006, 12, 31)),
    (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    (dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
])
def test_real_pack_rows_have_no_overlaps(real_pack: Pack, metrics: FontTextMetrics, first: dt.date,
                                         last: dt.date) -> None:
    data = TimelineData.from_pack(real_pack)
    for lane in data.lanes:  # day events and the month or year events they fall in never share a row
        for row in lane.rows:
            days = [(data.starts[i], data.ends[i]) for i in row if data.shapes[i] == POINT]
            others = [(data.starts[i], data.ends[i]) for i in row if data.shapes[i] != POINT]
            assert not [1 for s, e in others for ds, de in days if s < de and ds < e]
    frame = whole(data, metrics, first, last)
    assert clashes_in_rows(frame) == []


def test_crowded_periods_merge_into_badges_and_split_on_zoom(metrics: FontTextMetrics) -> None:
    days = [event(f"day-{m}", f"2005-{m:02d}-15") for m in range(1, 13)]
    # two-month terms, a week apart, each over a day event: they all stack in row 1
    terms = [event(f"term-{k}", (dt.date(2005, 1, 1) + dt.timedelta(days=67 * k)).isoformat(),
                   (dt.date(2005, 1, 1) + dt.timedelta(days=67 * k + 59)).isoformat()) for k in range(5)]
    data = TimelineData([*days, *terms], [Track("a", "A")])
    assert [len(row) for row in data.lanes[0].rows] == [12, 5]
    decade = whole(data, metrics, dt.date(2000, 1, 1), dt.date(2010, 12, 31))
    merged = [c for c in decade.clusters if c.row == 1]
    assert merged and all(len(c.members) >= 2 for c in merged)
    assert not [d for d in decade.events if d.row == 1 and d.shape == "bar" and d.label_rect is None]
    year = whole(data, metrics, dt.date(2005, 1, 1), dt.date(2005, 12, 31))
    alone = [d for d in year.events if d.row == 1]
    assert [d.event.id for d in alone] == [f"term-{k}" for k in range(5)]
    assert all(d.shape == "bar" and d.label_rect is not None for d in alone)
    assert clashes_in_rows(decade) == [] and clashes_in_rows(year) == []


def test_only_the_selection_leaves_no_empty_rows(metrics: FontTextMetrics) -> None:
    data = TimelineData(*synthetic(3000, lanes=5))
    chosen = frozenset(data.events[i].id for lane in data.lanes for i in lane.rows[-1][:1])  # deepest rows
    chosen |= frozenset(data.events[i].id for i in data.lanes[0].rows[0][:3])
    options = FrameOptions(only=chosen, band=CLOSEST_BAND)  # the most rows a lane may use
    frame = whole(data, metrics, dt.date(1998, 1, 1), dt.date(2030, 12, 31), options)
    every = [data.rows_of(i, None, CLOSEST_BAND) for i in range(len(data.lanes))]
    assert sum(len(lane.rows) for lane in frame.lanes) < sum(len(rows) for rows in every)
    for position, lane in enumerate(frame.lanes):
        for row in range(len(lane.rows)):
            drawn = [(d.lane, d.row) for d in (*frame.events, *frame.clusters)].count((position, row))
            assert drawn, f"lane {lane.id} row {row} is empty"
    assert {d.event.id for d in frame.events} | {e.id for c in frame.clusters for e in c.events} == chosen
    assert natural_height(data, metrics, options) < natural_height(data, metrics)
    assert clashes_in_rows(frame) == []


def test_only_selection_shrinks_the_lanes_in_the_view(qtbot: QtBot) -> None:
    events, tracks, eras = synthetic(3000, lanes=5)
    view = shown(qtbot, TimelineView(events=events, tracks=tracks, eras=eras), 1366, 300)
    canvas = view.canvas
    entity = events[-1].entity_ids[0]
    view.show_entity(entity)
    canvas.apply_preset("year")  # rows stacked as deep as a lane may go
    full = canvas.natural_height()
    canvas.set_only_selection(True)
    assert canvas.natural_height() < full * 0.6
    canvas.fit_selection()
    ids = set(view.data.events_of(entity))
    for _ in ids:  # keyboard traversal visits only the selection, each drawn where it can be seen
        canvas.move_current(1)
        assert canvas.current in ids
        point = canvas.event_point(canvas.current)
        assert point is not None and canvas.frame().plot.contains(point.toPointF())


def test_dense_day_events_make_many_badges_not_one(metrics: FontTextMetrics) -> None:
    start = dt.date(2000, 1, 1)  # twenty years, a meeting every third day: markers closer than their size
    data = TimelineData([event(f"d{k}", (start + dt.timedelta(days=3 * k)).isoformat()) for k in range(2400)],
                        [Track("a", "A")])
    frame = whole(data, metrics, dt.date(1998, 1, 1), dt.date(2030, 12, 31))
    assert len(frame.clusters) > 15 and max(len(c.members) for c in frame.clusters) < 200
    assert sum(len(c.members) for c in frame.clusters) + len(frame.events) == 2400
    assert clashes_in_rows(frame) == []


def test_a_bar_that_ended_before_the_window_leaves_no_name_in_it(metrics: FontTextMetrics) -> None:
    term, later = event("term", "2005-01-01", "2005-12-31"), event("later", "2007-06-01", "2008-06-01")
    data = TimelineData([term, later], [Track("a", "A")])
    frame = whole(data, metrics, dt.date(2006, 3, 1), dt.date(2008, 12, 31))
    gone = frame.find("term")
    assert gone is None or (isinstance(gone, DrawnEvent) and gone.label_box is None)
    assert frame.label_rects() and all(r.left() > frame.x(dt.date(2007, 6, 1).toordinal())
                                       for r in frame.label_rects())
