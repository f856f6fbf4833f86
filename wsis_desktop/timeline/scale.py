"""Time ↔ x for the timeline: a visible range of days laid across a width in pixels.

Days are proleptic ordinals (``date.toordinal()``) as floats, so a day covers
``[d, d + 1)`` and a year-precision date covers 365 or 366 whole units. The
scale is immutable: every zoom, pan or preset returns a new one, which makes
it easy to test and safe to cache layouts against.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QDate, QLocale

MIN_SPAN = 3.0  # days: a few days fill the width at the closest zoom
MAX_SPAN = 365.25 * 150  # days: far enough out for any WSIS story
PRESETS = ("all", "decade", "year", "month")


def ordinal(day: dt.date) -> float:
    return float(day.toordinal())


def to_date(day: float) -> dt.date:
    """The calendar day that contains ordinal ``day`` (clamped to what ``date`` can hold)."""
    return dt.date.fromordinal(int(min(max(math.floor(day), 1), dt.date.max.toordinal())))


@dataclass(frozen=True, slots=True)
class TimeScale:
    """The visible range ``[start, end)`` in ordinal days, drawn across ``width`` pixels."""

    start: float
    end: float
    width: float

    @classmethod
    def of_dates(cls, first: dt.date, last: dt.date, width: float) -> TimeScale:
        """From the first to the last visible day, both included."""
        return cls(ordinal(first), ordinal(last) + 1, width)

    @property
    def span(self) -> float:
        return self.end - self.start

    @property
    def px_per_day(self) -> float:
        return self.width / self.span

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2

    def x_of(self, day: float) -> float:
        return (day - self.start) * self.width / self.span

    def x_of_date(self, day: dt.date) -> float:
        return self.x_of(ordinal(day))

    def day_at(self, x: float) -> float:
        return self.start + x * self.span / self.width

    def date_at(self, x: float) -> dt.date:
        return to_date(self.day_at(x))

    # ---- changes -------------------------------------------------------------------------

    def with_width(self, width: float) -> TimeScale:
        """The same range across a new width (the widget was resized)."""
        return replace(self, width=max(width, 1.0))

    def with_range(self, start: float, end: float) -> TimeScale:
        """``[start, end)`` with its span kept between MIN_SPAN and MAX_SPAN about its centre."""
        span = min(max(end - start, MIN_SPAN), MAX_SPAN)
        centre = (start + end) / 2
        return replace(self, start=centre - span / 2, end=centre + span / 2)

    def zoomed(self, factor: float, about_x: float | None = None) -> TimeScale:
        """Zoom in (factor > 1) or out (< 1) keeping the day under ``about_x`` where it is."""
        x = self.width / 2 if about_x is None else about_x
        pivot = self.day_at(x)
        span = min(max(self.span / factor, MIN_SPAN), MAX_SPAN)
        start = pivot - x / self.width * span
        return replace(self, start=start, end=start + span)

    def panned(self, dx: float) -> TimeScale:
        """Move the content ``dx`` pixels right (so earlier days come into view when dx > 0)."""
        shift = dx * self.span / self.width
        return replace(self, start=self.start - shift, end=self.end - shift)

    def fitted(self, start: float, end: float, margin: float = 0.04, min_span: float = 60.0) -> TimeScale:
        """Show ``[start, end)`` with a margin on each side and at least ``min_span`` days."""
        span = max(end - start, min_span)
        centre = (start + end) / 2
        padded = span * (1 + 2 * margin)
        return self.with_range(centre - padded / 2, centre + padded / 2)

    def preset(self, name: str, bounds: tuple[float, float] | None = None,
               about: float | None = None) -> TimeScale:
        """A named view: "all" fits ``bounds``; "decade", "year", "month" snap to the calendar
        unit that holds ``about`` (default: the current centre), so "year" shows 1 January
        to 31 December."""
        centre = to_date(self.centre if about is None else about)
        if name == "all":
            if bounds is None:
                return self
            low, high = bounds
            # extra room on the right: labels run to the right of their events
            return self.with_range(low - 0.02 * (high - low), high + 0.16 * (high - low))
        if name == "decade":
            first = dt.date(centre.year - centre.year % 10, 1, 1)
            last = dt.date(first.year + 9, 12, 31)
        elif name == "year":
            first, last = dt.date(centre.year, 1, 1), dt.date(centre.year, 12, 31)
        elif name == "month":
            first = centre.replace(day=1)
            last = _add_months(first, 1) - dt.timedelta(days=1)
        else:
            raise ValueError(f"unknown preset {name!r}; use one of {', '.join(PRESETS)}")
        return self.with_range(ordinal(first), ordinal(last) + 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# ---- axis ticks --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tick:
    """A mark on the axis at ``x`` (pixels from the left of the scale)."""

    day: float
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Axis:
    """Minor ticks (the finest labelled unit that fits) and major ticks (their context)."""

    unit: str  # "years", "months" or "days"
    step: int
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


_YEAR_STEPS = (1, 2, 5, 10, 20, 50)
_MONTH_STEPS = (1, 3, 6)
_DAY_STEPS = (1, 2, 5, 10)


def axis(scale: TimeScale, min_px: float = 56.0, locale: QLocale | None = None) -> Axis:
    """Ticks for ``scale``: the smallest of days, months or years (with a step) whose
    labels are at least ``min_px`` apart; majors give the month or year around them."""
    loc = locale or QLocale()
    ppd = scale.px_per_day
    for step in _DAY_STEPS:
        if step * ppd >= min_px:
            return _day_axis(scale, step, loc)
    for step in _MONTH_STEPS:
        if step * 30.44 * ppd >= min_px:
            return _month_axis(scale, step, loc)
    step = next((s for s in _YEAR_STEPS if s * 365.25 * ppd >= min_px), _YEAR_STEPS[-1])
    return _year_axis(scale, step)


def _year_axis(scale: TimeScale, step: int) -> Axis:
    first, last = to_date(scale.start).year, to_date(scale.end).year
    minor = tuple(
        Tick(d, scale.x_of(d), str(y))
        for y in range(first - first % step, last + 1, step)
        if y >= 1 and (d := ordinal(dt.date(y, 1, 1))) < scale.end
    )
    return Axis("years", step, minor, ())


def _month_axis(scale: TimeScale, step: int, loc: QLocale) -> Axis:
    month = to_date(scale.start).replace(day=1)
    minor: list[Tick] = []
    major: list[Tick] = [Tick(ordinal(month.replace(month=1)), scale.x_of(ordinal(month.replace(month=1))),
                              str(month.year))]
    while (d := ordinal(month)) < scale.end:
        if (month.month - 1) % step == 0:
            minor.append(Tick(d, scale.x_of(d), loc.monthName(month.month, QLocale.FormatType.ShortFormat)))
        if month.month == 1 and d > major[0].day:
            major.append(Tick(d, scale.x_of(d), str(month.year)))
        month = _add_months(month, 1)
    return Axis("months", step, tuple(minor), tuple(major))


def _day_axis(scale: TimeScale, step: int, loc: QLocale) -> Axis:
    day = to_date(scale.start)
    month_start = day.replace(day=1)
    major: list[Tick] = [Tick(ordinal(month_start), scale.x_of(ordinal(month_start)),
                              loc.toString(QDate(month_start.year, month_start.month, 1), "MMMM yyyy"))]
    minor: list[Tick] = []
    while (d := ordinal(day)) < scale.end:
        if day.day == 1 and d > major[0].day:
            major.append(Tick(d, scale.x_of(d), loc.toString(QDate(day.year, day.month, 1), "MMMM yyyy")))
        if (day.day - 1) % step == 0 and (step == 1 or day.day <= 28 - step // 2):
            minor.append(Tick(d, scale.x_of(d), str(day.day)))
        day += dt.timedelta(days=1)
    return Axis("days", step, tuple(minor), tuple(major))
