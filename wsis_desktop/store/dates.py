"""Dates known to a precision: a year, a month or a day.

The knowledge base never pretends to know more than it does: "2009" is the
whole of 2009, not 1 January 2009. Sources write dates as "YYYY", "YYYY-MM" or
"YYYY-MM-DD" and the precision is read from the form.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, NamedTuple

Precision = Literal["year", "month", "day"]

_FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: English month names, whatever the locale: the reader is in English, and calendar.month_name follows
#: LC_TIME, which Qt sets from the desktop as the application starts (so "décembre" on a French one).
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


class PartialDate(NamedTuple):
    """A calendar date of year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; raise ValueError otherwise."""
        match = _FORM.match(text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}' has no month {month}")
        if month is not None and day is not None:
            try:
                dt.date(year, month, day)
            except ValueError:  # 2005-02-30: Python's message would not name the date
                raise ValueError(f"'{text}' is not a day of the calendar") from None
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """The source form again: "2003", "2003-12" or "2003-12-10"."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def first_day(self) -> dt.date:
        """The first day the date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day the date covers (31 December for a year)."""
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        if month == 12:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, month + 1, 1) - dt.timedelta(days=1)

    def display(self) -> str:
        """Human form at the known precision: "10 December 2003", "December 2003", "2003"."""
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{_MONTHS[self.month]} {self.year}"
        return f"{self.day} {_MONTHS[self.month]} {self.year}"


def display_range(start: PartialDate, end: PartialDate | None) -> str:
    """A date or a period, written compactly: "10–12 December 2003", "2016–2025"."""
    if end is None or end == start:
        return start.display()
    if start.precision == end.precision == "day" and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.display()}"
    if start.precision == "month" and end.precision == "month" and start.year == end.year:
        return f"{_MONTHS[start.month or 0]}–{end.display()}"
    if start.precision == "day" and end.precision == "day" and start.year == end.year:
        return f"{start.day} {_MONTHS[start.month or 0]} – {end.display()}"
    return f"{start.display()} – {end.display()}"
