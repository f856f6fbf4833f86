"""Overlapping periods stack in sub-rows, lanes grow to hold them, labels still never meet,
and era titles keep to their own band, on screen and on the PDF page."""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter
from timeline_helpers import event, labels_intersect, whole  # tests/timeline/timeline_helpers.py

from wsis_desktop.store import Pack
from wsis_desktop.store.records import Track
from wsis_desktop.timeline.data import RANGE, TimelineData
from wsis_desktop.timeline.layout import Frame, FrameOptions, natural_height
from wsis_desktop.timeline.painter import FontTextMetrics, PaintOptions, render_range
from wsis_desktop.timeline.rows import CLOSEST_BAND
from wsis_desktop.timeline.synthetic import synthetic


def bars_in_a_row_overlap(frame: Frame) -> list[tuple[str, str]]:
    """Periods drawn over each other (moments may sit on a period: a meeting in a mandate)."""
    bars = [d for d in frame.events if d.shape == "bar" and d.kind == RANGE]
    return [(a.event.id, b.event.id) for a, b in combinations(bars, 2)
            if (a.lane, a.row) == (b.lane, b.row) and a.rect.adjusted(1, 0, -1, 0).intersects(b.rect)]


def test_overlapping_periods_go_to_separate_rows(metrics: FontTextMetrics) -> None:
    mandate = event("mandate", "2006", "2010")
    meetings = [event("m-2006", "2006-10-30", "2006-11-02"), event("m-2008", "2008-12-03", "2008-12-06")]
    review = event("review", "2009-01", "2010-06")  # overlaps the mandate too
    days = [event("day", "2007-11-12"), event("day-2", "2009-06-01")]
    data = TimelineData([mandate, review, *meetings, *days], [Track("a", "A")])
    rows = data.lanes[0].rows
    assert len(rows) == 3
    assert {data.events[i].id for i in rows[0]} == {"m-2006", "m-2008", "day", "day-2"}  # meetings stay
    assert [data.events[i].id for i in rows[1]] == ["mandate"]
    assert [data.events[i].id for i in rows[2]] == ["review"]
    frame = whole(data, metrics, dt.date(2007, 6, 1), dt.date(2010, 8, 1))  # a year ≈ 400 px: 3 rows
    drawn = {d.event.id: d for d in frame.events}
    assert drawn["mandate"].rect.top() >= drawn["day"].rect.bottom()  # stacked below, not on top
    assert drawn["review"].rect.top() >= drawn["mandate"].rect.bottom()
    assert drawn["review"].rect.left() < drawn["mandate"].rect.right()  # they do overlap in time
    assert bars_in_a_row_overlap(frame) == []


def test_a_lane_grows_with_its_rows(metrics: FontTextMetrics) -> None:
    flat = TimelineData([event("x", "2006", "2010"), event("y", "2011", "2015")], [Track("a", "A")])
    stacked = TimelineData([event("x", "2006", "2010"), event("y", "2008", "2015")], [Track("a", "A")])
    assert len(flat.lanes[0].rows) == 1 and len(stacked.lanes[0].rows) == 2
    assert natural_height(stacked, metrics) > natural_height(flat, metrics)
    frame = whole(stacked, metrics, dt.date(2005, 1, 1), dt.date(2016, 12, 31))
    lane = frame.lanes[0]
    assert len(lane.rows) == 2 and lane.rect.top() < lane.rows[0] < lane.rows[1] < lane.rect.bottom()


def test_real_pack_mandates_stack_under_the_meetings(real_pack: Pack, metrics: FontTextMetrics) -> None:
    data = TimelineData.from_pack(real_pack)
    options = FrameOptions(band=CLOSEST_BAND)  # as on a page, or on screen with a year ≥ 365 px
    frame = whole(data, metrics, dt.date(2005, 1, 1), dt.date(2026, 12, 31), options)
    igf = next(d for d in frame.lanes if d.id == "igf")
    mandates = [d for d in frame.events if d.event.track == "igf" and "mandate" in d.event.title]
    assert len(mandates) >= 3 and all(d.row > 0 for d in mandates)
    assert all(d.rect.center().y() == pytest.approx(igf.rows[d.row]) for d in mandates)
    assert bars_in_a_row_overlap(frame) == []


@pytest.mark.parametrize(("first", "last"), [
    (dt.date(1998, 1, 1), dt.date(2030, 12, 31)),
    (dt.date(2005, 1, 1), dt.date(2006, 12, 31)),
    (dt.date(2005, 11, 1), dt.date(2005, 11, 30)),
])
def test_no_labels_meet_with_stacked_periods(metrics: FontTextMetrics, first: dt.date, last: dt.date) -> None:
    data = TimelineData(*synthetic(3000, lanes=5))
    assert max(len(lane.rows) for lane in data.lanes) > 3  # the synthetic periods do overlap
    frame = whole(data, metrics, first, last, FrameOptions(band=CLOSEST_BAND))  # as on a page
    assert any(d.row > 0 and d.label_rect is not None for d in frame.events)
    assert labels_intersect(frame) == []
    assert bars_in_a_row_overlap(frame) == []


def era_title_clashes(frame: Frame) -> list[str]:
    """Era titles against each other, the lanes' labels, markers, bars and badges."""
    titles = [t.rect for t in frame.era_titles]
    others = [*frame.label_rects(), *(d.rect for d in frame.events), *(c.rect for c in frame.clusters)]
    clashes = [f"titles {a} {b}" for a, b in combinations(titles, 2) if a.intersects(b)]
    clashes += [f"{t} over {o}" for t in titles for o in others if t.intersects(o)]
    clashes += [f"{t} outside the band" for t in titles if not frame.era_rect.contains(t)]
    return clashes


@pytest.mark.parametrize(("first", "last"), [
    (dt.date(1998, 1, 1), dt.date(2030, 12, 31)),
    (dt.date(2003, 1, 1), dt.date(2006, 12, 31)),
    (dt.date(2022, 1, 1), dt.date(2026, 12, 31)),
    (dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
])
def test_era_titles_never_meet_labels_or_events(real_pack: Pack, metrics: FontTextMetrics,
                                                first: dt.date, last: dt.date) -> None:
    data = TimelineData.from_pack(real_pack)
    frame = whole(data, metrics, first, last)
    assert frame.era_titles and frame.label_rects()
    assert era_title_clashes(frame) == []


def test_pdf_page_keeps_era_titles_in_their_band(real_pack: Pack, tmp_path: Path,
                                                 qapp: QGuiApplication) -> None:
    writer = QPdfWriter(str(tmp_path / "timeline.pdf"))
    writer.setPageSize(QPageSize(QSizeF(297, 210), QPageSize.Unit.Millimeter))
    writer.setResolution(1200)
    painter = QPainter(writer)
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    frames = [render_range(painter, QRectF(0, 0, page.width(), page.height() * 0.8), real_pack,
                           first, last, PaintOptions(today=dt.date(2026, 11, 27)))
              for first, last in ((dt.date(2003, 1, 1), dt.date(2006, 12, 31)),
                                  (dt.date(2013, 1, 1), dt.date(2016, 12, 31)))]
    painter.end()
    for frame in frames:
        assert frame.era_titles and frame.label_rects()
        assert era_title_clashes(frame) == []
        assert labels_intersect(frame) == []
        assert frame.max_scroll == 0  # the page shows every lane


def test_pdf_chart_is_as_tall_as_its_stacked_lanes(real_pack: Pack, qapp: QGuiApplication) -> None:
    from wsis_desktop.export.timeline_page import SharedTimeline, TimelineSpec

    events = real_pack.events(with_citations=False)
    tracks = {t.id: t.label for t in real_pack.tracks()}
    spec = TimelineSpec.of(events, tracks, real_pack.eras())
    chart = SharedTimeline(spec, 1200)
    height = chart.fit(10_000, 100_000) / chart.ratio
    rows = sum(len(lane.rows) for lane in chart.data.lanes)
    assert rows > len(chart.data.lanes)  # some periods are stacked
    font = QFont()
    font.setPixelSize(round(SharedTimeline.FONT_PX))
    assert height == pytest.approx(natural_height(chart.data, FontTextMetrics(font)) + 2)
