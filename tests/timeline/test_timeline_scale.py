"""The time ↔ x mapping: zoom about a point, pan, presets, fit, and axis ticks that adapt."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest

from wsis_desktop.timeline.scale import MAX_SPAN, MIN_SPAN, TimeScale, axis, ordinal


def test_x_and_day_are_inverse() -> None:
    scale = TimeScale.of_dates(dt.date(2000, 1, 1), dt.date(2009, 12, 31), 1000)
    assert scale.x_of_date(dt.date(2000, 1, 1)) == 0
    assert scale.x_of(scale.end) == pytest.approx(1000)
    assert scale.day_at(scale.x_of(731_000.25)) == pytest.approx(731_000.25)
    assert scale.date_at(500) == dt.date(2004, 12, 31)


def test_zoom_keeps_the_day_under_the_cursor() -> None:
    scale = TimeScale.of_dates(dt.date(2000, 1, 1), dt.date(2019, 12, 31), 1200)
    before = scale.day_at(300)
    zoomed = scale.zoomed(2.0, 300)
    assert zoomed.span == pytest.approx(scale.span / 2)
    assert zoomed.day_at(300) == pytest.approx(before)
    assert zoomed.zoomed(0.5, 300).start == pytest.approx(scale.start)


def test_zoom_is_bounded() -> None:
    scale = TimeScale.of_dates(dt.date(2000, 1, 1), dt.date(2000, 1, 31), 800)
    assert scale.zoomed(1e6, 100).span == pytest.approx(MIN_SPAN)
    assert scale.zoomed(1e-6, 100).span == pytest.approx(MAX_SPAN)


def test_pan_moves_the_range_by_pixels() -> None:
    scale = TimeScale.of_dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31), 366)  # one px per day
    panned = scale.panned(-30)
    assert panned.start == pytest.approx(scale.start + 30)
    assert panned.span == pytest.approx(scale.span)


@pytest.mark.parametrize(("name", "first", "last"), [
    ("year", dt.date(2005, 1, 1), dt.date(2005, 12, 31)),
    ("month", dt.date(2005, 11, 1), dt.date(2005, 11, 30)),
    ("decade", dt.date(2000, 1, 1), dt.date(2009, 12, 31)),
])
def test_presets_snap_to_the_calendar_unit_around_the_centre(name: str, first: dt.date,
                                                             last: dt.date) -> None:
    scale = TimeScale.of_dates(dt.date(2005, 11, 10), dt.date(2005, 11, 20), 900)
    shown = scale.preset(name)
    assert (shown.start, shown.end) == (ordinal(first), ordinal(last) + 1)


def test_preset_all_fits_the_bounds_with_room_for_labels() -> None:
    bounds = (ordinal(dt.date(1998, 1, 1)), ordinal(dt.date(2027, 12, 31)))
    shown = TimeScale(0, 10, 100).preset("all", bounds)
    assert shown.start < bounds[0] and shown.end > bounds[1]
    assert shown.span < (bounds[1] - bounds[0]) * 1.2


def test_fit_shows_the_range_with_a_margin() -> None:
    start, end = ordinal(dt.date(2015, 12, 14)), ordinal(dt.date(2015, 12, 17))
    fitted = TimeScale(0, 10, 100).fitted(start, end, margin=0.1, min_span=60)
    assert fitted.start < start and fitted.end > end
    assert fitted.span == pytest.approx(60 * 1.2)


@pytest.mark.parametrize(("first", "last", "unit"), [
    (dt.date(1990, 1, 1), dt.date(2030, 12, 31), "years"),
    (dt.date(2004, 1, 1), dt.date(2006, 12, 31), "months"),
    (dt.date(2005, 11, 1), dt.date(2005, 11, 30), "days"),
])
def test_axis_adapts_to_the_zoom(first: dt.date, last: dt.date, unit: str) -> None:
    scale = TimeScale.of_dates(first, last, 1200)
    ticks = axis(scale)
    assert ticks.unit == unit
    xs = [t.x for t in ticks.minor]
    assert xs == sorted(xs) and all(b - a >= 50 for a, b in pairwise(xs))
    assert all(0 <= x <= 1200 for x in xs)


def test_day_axis_names_the_month_and_the_days() -> None:
    scale = TimeScale.of_dates(dt.date(2005, 11, 1), dt.date(2005, 11, 30), 1800)
    ticks = axis(scale)
    assert ticks.minor[0].label == "1" and ticks.major[0].label.endswith("2005")
    month_axis = axis(TimeScale.of_dates(dt.date(2004, 12, 1), dt.date(2006, 1, 31), 1200))
    assert [t.label for t in month_axis.major] == ["2004", "2005", "2006"]
