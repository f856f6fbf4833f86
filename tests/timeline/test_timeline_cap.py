"""Lanes keep to the rows their zoom band allows, so the whole range shows the tracks at a glance
in a laptop's dock; what would need more rows merges into count badges that split as the zoom
opens rows; badges say what they hold; keyboard traversal still reaches every event."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot
from test_timeline_rows import clashes_in_rows  # tests/timeline/test_timeline_rows.py
from timeline_helpers import event, labels_intersect, shown, whole  # tests/timeline/timeline_helpers.py

from wsis_desktop.store import Pack
from wsis_desktop.store.records import Track
from wsis_desktop.timeline.data import TimelineData
from wsis_desktop.timeline.layout import DrawnCluster, DrawnEvent, Frame, cluster_tooltip
from wsis_desktop.timeline.painter import FontTextMetrics
from wsis_desktop.timeline.rows import CLOSEST_BAND, MAX_LANE_ROWS, ROW_BANDS, band_of, rows_allowed
from wsis_desktop.timeline.scale import PRESETS
from wsis_desktop.timeline.synthetic import synthetic
from wsis_desktop.timeline.widget import TimelineView


def lanes_in_sight(frame: Frame) -> int:
    """Lanes drawn whole inside the plot, without scrolling."""
    return sum(frame.plot.top() - 0.5 <= lane.rect.top() and lane.rect.bottom() <= frame.plot.bottom() + 0.5
               for lane in frame.lanes)


def test_bands_cap_rows_and_only_grow_while_zooming_in() -> None:
    allowed = [rows_allowed(band_of(2 ** (level / 4))) for level in range(-24, 40)]  # 0.016 to 1024 px a day
    assert allowed == sorted(allowed) and allowed[0] == 1 and allowed[-1] == MAX_LANE_ROWS
    changes = sum(a != b for a, b in pairwise(allowed))
    assert changes == len(ROW_BANDS) - 1  # lanes change height only where a band starts
    assert MAX_LANE_ROWS == 3  # row 0 for moments and two for periods, months and years


@pytest.mark.parametrize("source", ["real", "synthetic"])
def test_rows_keep_to_the_cap_at_every_preset(qtbot: QtBot, real_pack: Pack, source: str) -> None:
    if source == "real":
        view = TimelineView(real_pack)
    else:
        events, tracks, eras = synthetic(10_000)
        view = TimelineView(events=events, tracks=tracks, eras=eras)
    canvas = shown(qtbot, view, 1366, 230).canvas
    bands = set()
    for about in (canvas.shown_events()[len(canvas.shown_events()) // 3], canvas.shown_events()[-1]):
        canvas.set_current(about.id)
        for preset in PRESETS:
            canvas.apply_preset(preset)
            frame = canvas.frame()
            band = band_of(frame.scale.px_per_day)
            bands.add(band)
            assert max(len(lane.rows) for lane in frame.lanes) <= rows_allowed(band) <= MAX_LANE_ROWS
            assert clashes_in_rows(frame) == [], preset
            assert labels_intersect(frame) == [], preset
    assert bands == set(range(len(ROW_BANDS)))  # the presets reach every band


@pytest.mark.parametrize(("screen", "least"), [((1366, 768), 5), ((1920, 1080), 8)])
def test_the_whole_range_shows_the_lanes_in_a_default_dock(qtbot: QtBot, real_pack: Pack,
                                                           screen: tuple[int, int], least: int) -> None:
    view = TimelineView(real_pack)
    assert len(view.data.lanes) == 8
    height = view.preferred_height(screen[1])  # what the dock asks for on that screen
    canvas = shown(qtbot, view, screen[0], height).canvas
    canvas.apply_preset("all")
    frame = canvas.frame()
    assert lanes_in_sight(frame) >= least
    if least == len(frame.lanes):
        assert canvas.max_scroll() == 0 and not view.scroll_bar.isVisible()
    in_sight = {lane.id for lane in frame.lanes if frame.plot.contains(lane.rect.center())}
    every = {d.event.id for d in frame.events} | {e.id for c in frame.clusters for e in c.events}
    assert every >= {e.id for e in view.data.events if e.track in in_sight}  # alone or in a badge
    assert any(d.label_box is not None for d in frame.events)  # and the room names some of them


def crowded_lane() -> TimelineData:
    """A mandate over yearly meetings, a review and a year inside it, a month within the year."""
    meetings = [event(f"meeting-{y}", f"{y}-11-10") for y in range(2006, 2011)]
    spans = [event("mandate", "2006", "2010"), event("review", "2009-03-01", "2010-06-30"),
             event("year", "2009"), event("month", "2009-11")]
    return TimelineData([*meetings, *spans], [Track("a", "A")])


def test_overflow_merges_into_badges_that_split_on_zoom_in(metrics: FontTextMetrics) -> None:
    data = crowded_lane()
    assert len(data.lanes[0].rows) == 5  # every overlap its own row: four under the meetings
    wide = whole(data, metrics, dt.date(1990, 1, 1), dt.date(2030, 12, 31))  # band 0: one row
    assert band_of(wide.scale.px_per_day) == 0 and len(wide.lanes[0].rows) == 1
    assert isinstance(wide.find("mandate"), DrawnCluster)
    assert clashes_in_rows(wide) == []
    decade = whole(data, metrics, dt.date(2004, 1, 1), dt.date(2011, 12, 31))  # band 1: two rows
    assert band_of(decade.scale.px_per_day) == 1 and len(decade.lanes[0].rows) == 2
    assert clashes_in_rows(decade) == []
    merged = [c for c in decade.clusters if c.row == 1]
    assert merged and {"review", "year", "month"} & {e.id for c in merged for e in c.events}
    close = whole(data, metrics, dt.date(2009, 1, 1), dt.date(2010, 12, 31))  # band 2: three rows
    assert band_of(close.scale.px_per_day) == CLOSEST_BAND and len(close.lanes[0].rows) == MAX_LANE_ROWS
    alone = {d.event.id: d for d in close.events}
    # the longest span keeps its bar and name; the year, which meets both spans, joins a badge
    assert alone["mandate"].shape == "bar" and alone["mandate"].label_box is not None
    year = close.find("year")
    assert isinstance(year, DrawnCluster) and year.row == 2 and "review" in {e.id for e in year.events}
    assert clashes_in_rows(close) == []


def test_clicking_a_badge_of_overflow_zooms_until_it_splits(qtbot: QtBot, real_pack: Pack) -> None:
    view = shown(qtbot, TimelineView(real_pack), 1366, 230)
    canvas = view.canvas
    canvas.apply_preset("all")
    igf = next(c for c in canvas.frame().clusters if any("mandate" in e.title for e in c.events))
    mandate = next(e.id for e in igf.events if "mandate" in e.title)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=igf.rect.center().toPoint())
    assert canvas.zoom_band() > 0
    found = canvas.frame().find(mandate)
    assert isinstance(found, DrawnEvent) and found.shape == "bar" and found.label_box is not None


def test_badges_list_what_they_hold(qtbot: QtBot, real_pack: Pack) -> None:
    view = shown(qtbot, TimelineView(real_pack), 1366, 230)
    canvas = view.canvas
    canvas.apply_preset("all")
    badge = max(canvas.frame().clusters, key=lambda c: len(c.members))
    tip = cluster_tooltip(badge)
    listed = min(len(badge.events), 12)
    assert all(e.title in tip for e in badge.events[:listed])
    if len(badge.events) > listed:
        assert f"and {len(badge.events) - listed} more" in tip
    inside = badge.events[1]
    canvas.set_current(inside.id)  # the keyboard focus on an event counted in a badge
    found = canvas.frame().find(inside.id)
    assert isinstance(found, DrawnCluster)
    description = canvas.accessibleDescription()
    assert canvas.accessibleName() == f"{inside.when}: {inside.title}"
    assert f"{len(found.events)} events" in description
    assert all(e.title in description for e in found.events[:20])


def test_keyboard_visits_every_event_in_date_order_at_the_whole_range(qtbot: QtBot, real_pack: Pack) -> None:
    view = shown(qtbot, TimelineView(real_pack), 1366, 230)
    canvas = view.canvas
    canvas.setFocus()
    canvas.apply_preset("all")
    visited = []
    for _ in range(len(view.data.events)):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        visited.append(canvas.current)
        frame = canvas.frame()
        found = frame.find(canvas.current)
        assert found is not None and frame.plot.contains(found.rect.center()), canvas.current
    assert visited == [e.id for e in view.data.events]  # every one, in time order
    assert canvas.zoom_band() == 0  # still the whole range: traversal scrolls, it does not zoom


def test_the_pdf_page_uses_the_closest_rows(real_pack: Pack, tmp_path: Path, qapp: QGuiApplication) -> None:
    from wsis_desktop.export.timeline_page import SharedTimeline, TimelineSpec

    tracks = {t.id: t.label for t in real_pack.tracks()}
    spec = TimelineSpec.of(real_pack.events(with_citations=False), tracks, real_pack.eras())
    writer = QPdfWriter(str(tmp_path / "timeline.pdf"))
    writer.setPageSize(QPageSize(QSizeF(297, 210), QPageSize.Unit.Millimeter))
    writer.setResolution(1200)
    chart = SharedTimeline(spec, writer.resolution())
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    height = chart.fit(page.width(), page.height())
    painter = QPainter(writer)
    frame = chart.paint(painter, QRectF(0, 0, page.width(), height))
    painter.end()
    rows = [len(lane.rows) for lane in frame.lanes]
    assert max(rows) == MAX_LANE_ROWS and sum(rows) > len(rows)  # named periods under the moments
    assert frame.max_scroll == 0 and clashes_in_rows(frame) == [] and labels_intersect(frame) == []
    assert band_of(frame.scale.px_per_day) == 0  # the page's scale alone would allow one row
    assert (tmp_path / "timeline.pdf").stat().st_size > 0
