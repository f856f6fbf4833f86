"""Where events, clusters and labels go: precision drawn as what it is, clusters that split,
labels that never intersect, lanes that hide, and speed over 10,000 events."""

from __future__ import annotations

import datetime as dt
import time
from itertools import combinations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QGuiApplication
from timeline_helpers import labels_intersect  # tests/timeline/timeline_helpers.py

from wsis_desktop.store import Pack
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Event, Track
from wsis_desktop.timeline.data import TimelineData
from wsis_desktop.timeline.layout import (
    DrawnCluster,
    DrawnEvent,
    Frame,
    FrameOptions,
    GroupCache,
    build_frame,
    natural_height,
)
from wsis_desktop.timeline.painter import FontTextMetrics
from wsis_desktop.timeline.rows import MAX_LANE_ROWS
from wsis_desktop.timeline.scale import TimeScale, ordinal
from wsis_desktop.timeline.synthetic import synthetic

RECT = QRectF(0, 0, 1366, 300)
TRACKS = [Track("a", "Lane A"), Track("b", "Lane B")]


@pytest.fixture
def metrics(qapp: QGuiApplication) -> FontTextMetrics:
    return FontTextMetrics(QFont(qapp.font()))


def event(event_id: str, date: str, end: str | None = None, track: str = "a", title: str = "") -> Event:
    return Event(event_id, PartialDate.parse(date), PartialDate.parse(end) if end else None,
                 title or event_id, track, "confirmed", None, ())


def frame_for(data: TimelineData, first: dt.date, last: dt.date, metrics: FontTextMetrics,
              options: FrameOptions | None = None) -> Frame:
    return build_frame(data, TimeScale.of_dates(first, last, 1), RECT, metrics, options)


def drawn(frame: Frame, event_id: str) -> DrawnEvent:
    found = frame.find(event_id)
    assert isinstance(found, DrawnEvent), f"{event_id} is not drawn alone: {found}"
    return found


def test_year_precision_covers_its_year(metrics: FontTextMetrics) -> None:
    data = TimelineData([event("ev-y", "2009"), event("ev-m", "2012-06")], TRACKS)
    frame = frame_for(data, dt.date(2005, 1, 1), dt.date(2014, 12, 31), metrics)
    year = drawn(frame, "ev-y")
    assert year.shape == "bar"
    assert year.rect.left() == pytest.approx(frame.x(ordinal(dt.date(2009, 1, 1))))
    assert year.rect.right() == pytest.approx(frame.x(ordinal(dt.date(2010, 1, 1))))
    month_frame = frame_for(data, dt.date(2012, 1, 1), dt.date(2012, 12, 31), metrics)
    month = drawn(month_frame, "ev-m")
    assert month.rect.left() == pytest.approx(month_frame.x(ordinal(dt.date(2012, 6, 1))))
    assert month.rect.right() == pytest.approx(month_frame.x(ordinal(dt.date(2012, 7, 1))))


def test_day_precision_sits_on_its_day(metrics: FontTextMetrics) -> None:
    data = TimelineData([event("ev-d", "2005-11-16"), event("ev-y", "2005", track="b")], TRACKS)
    wide = frame_for(data, dt.date(2000, 1, 1), dt.date(2010, 12, 31), metrics)
    day = drawn(wide, "ev-d")
    assert day.shape == "diamond"
    assert day.rect.center().x() == pytest.approx(wide.x(ordinal(dt.date(2005, 11, 16)) + 0.5))
    # the year event at the same zoom is drawn over the year, not at 1 January
    assert drawn(wide, "ev-y").rect.width() > 50
    close = frame_for(data, dt.date(2005, 11, 1), dt.date(2005, 11, 30), metrics)
    bar = drawn(close, "ev-d")
    assert bar.rect.left() == pytest.approx(close.x(ordinal(dt.date(2005, 11, 16))))
    assert bar.rect.right() == pytest.approx(close.x(ordinal(dt.date(2005, 11, 17))))


def test_ranges_span_from_start_to_end(metrics: FontTextMetrics) -> None:
    data = TimelineData([event("ev-r", "2006-07", "2015-12")], TRACKS)
    frame = frame_for(data, dt.date(2000, 1, 1), dt.date(2020, 12, 31), metrics)
    bar = drawn(frame, "ev-r")
    assert bar.rect.left() == pytest.approx(frame.x(ordinal(dt.date(2006, 7, 1))))
    assert bar.rect.right() == pytest.approx(frame.x(ordinal(dt.date(2016, 1, 1))))


def test_crowded_events_cluster_and_split_on_zoom(metrics: FontTextMetrics) -> None:
    crowd = [event(f"ev-{d}", f"2005-11-{d:02d}") for d in range(10, 20)]
    data = TimelineData([*crowd, event("ev-far", "2010-01-01")], TRACKS)
    out = frame_for(data, dt.date(2000, 1, 1), dt.date(2012, 12, 31), metrics)
    assert len(out.clusters) == 1
    assert out.clusters[0].text == "10"
    assert {e.id for e in out.clusters[0].events} == {e.id for e in crowd}
    assert isinstance(out.find("ev-far"), DrawnEvent)
    close = frame_for(data, dt.date(2005, 11, 8), dt.date(2005, 11, 21), metrics)
    assert close.clusters == ()
    assert {d.event.id for d in close.events} == {e.id for e in crowd}
    middle = frame_for(data, dt.date(2005, 10, 1), dt.date(2005, 12, 31), metrics)
    assert 1 < len(middle.clusters) + len(middle.events) < 10


@pytest.mark.parametrize(("first", "last"), [
    (dt.date(1998, 1, 1), dt.date(2030, 12, 31)),
    (dt.date(2005, 1, 1), dt.date(2006, 12, 31)),
    (dt.date(2005, 11, 1), dt.date(2005, 11, 30)),
    (dt.date(2005, 11, 10), dt.date(2005, 11, 13)),
])
def test_no_two_drawn_labels_intersect(metrics: FontTextMetrics, first: dt.date, last: dt.date) -> None:
    data = TimelineData(*synthetic(3000, lanes=5))
    frame = frame_for(data, first, last, metrics)
    assert frame.events, "nothing drawn alone: the test would prove nothing"
    assert labels_intersect(frame) == []
    badges = [c.rect for c in frame.clusters]
    assert not [1 for a, b in combinations(badges, 2) if a.intersects(b)]


def test_fixture_pack_is_drawn_whole_without_intersecting_labels(fixture_pack: Pack,
                                                                  metrics: FontTextMetrics) -> None:
    data = TimelineData.from_pack(fixture_pack)
    frame = frame_for(data, dt.date(2000, 1, 1), dt.date(2027, 12, 31), metrics)
    assert len(frame.events) + sum(len(c.members) for c in frame.clusters) == 3
    assert labels_intersect(frame) == []
    assert frame.eras and frame.eras[0][0].id == "era-tunis"


def test_lane_filters_hide_and_show(fixture_pack: Pack, metrics: FontTextMetrics) -> None:
    data = TimelineData.from_pack(fixture_pack)
    span = (dt.date(2000, 1, 1), dt.date(2027, 12, 31))
    everything = frame_for(data, *span, metrics)
    assert [lane.id for lane in everything.lanes] == ["summits", "igf"]
    hidden = frame_for(data, *span, metrics, FrameOptions(hidden_tracks=frozenset({"summits"})))
    assert [lane.id for lane in hidden.lanes] == ["igf"]
    assert [d.event.id for d in hidden.events] == ["ev-igf-2025"]
    only = frame_for(data, *span, metrics, FrameOptions(only=frozenset({"ev-wsis-forum-2009"})))
    assert [d.event.id for d in only.events] == ["ev-wsis-forum-2009"]


def test_ten_thousand_events_lay_out_quickly(metrics: FontTextMetrics) -> None:
    events, tracks, eras = synthetic(10_000)
    data = TimelineData(events, tracks, eras)
    cache = GroupCache()
    scale = TimeScale.of_dates(dt.date(1998, 1, 1), dt.date(2030, 12, 31), 1)
    start = time.perf_counter()
    frame = build_frame(data, scale, RECT, metrics, cache=cache)
    first = time.perf_counter() - start
    start = time.perf_counter()
    build_frame(data, scale.panned(40), RECT, metrics, cache=cache)
    pan = time.perf_counter() - start
    assert [len(lane.rows) for lane in frame.lanes] == [1] * 8  # the whole range: a row per lane
    assert frame.max_scroll == 0  # so all eight lanes fit a 300 px dock
    tall = build_frame(data, scale, QRectF(0, 0, 1366, natural_height(data, metrics)), metrics, cache=cache)
    assert tall.max_scroll == 0
    shown = len(tall.events) + sum(len(c.members) for c in tall.clusters)
    assert shown >= 9_900  # every event is somewhere: alone or counted in a badge
    assert all(isinstance(c, DrawnCluster) for c in frame.clusters)
    # generous bounds (shared, loaded CI machines); bench/timeline_bench.py has the real figures
    assert first < 0.5 and pan < 0.1, (first, pan)


def test_a_tall_dock_frames_ten_thousand_events_quickly(metrics: FontTextMetrics) -> None:
    """Every lane in view (1920×1000) at its most rows: crowded periods merge, so a frame stays small."""
    data = TimelineData(*synthetic(10_000))
    cache, rect = GroupCache(), QRectF(0, 0, 1920, 1000)
    scale = TimeScale.of_dates(dt.date(2003, 1, 1), dt.date(2006, 12, 31), 1)  # a year ≈ 450 px
    build_frame(data, scale, rect, metrics, cache=cache)
    times, frame = [], None
    for step in range(10):
        start = time.perf_counter()
        frame = build_frame(data, scale.panned(15 * step), rect, metrics, cache=cache)
        times.append(time.perf_counter() - start)
    assert frame is not None and [len(lane.rows) for lane in frame.lanes] == [MAX_LANE_ROWS] * 8
    assert frame.max_scroll == 0
    assert len(frame.events) + len(frame.clusters) < 800  # not every one of the ~1,200 events in view
    assert not [d for d in frame.events if d.shape == "bar" and d.label_box is None
                and frame.plot.left() < d.box[0] and d.box[0] + 40 < frame.plot.right()]  # named, or merged
    assert sorted(times)[len(times) // 2] < 0.05, times  # generous (shared CI); the bench has the figures
