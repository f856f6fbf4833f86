"""Dates at the precision the sources give: parsed, ordered, spanned and written in English."""

from __future__ import annotations

import datetime as dt

import pytest

from wsis_desktop.store.dates import PartialDate, display_range


@pytest.mark.parametrize(("text", "precision", "first", "last"), [
    ("2005", "year", dt.date(2005, 1, 1), dt.date(2005, 12, 31)),
    ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),  # a leap year
    ("2025-02", "month", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
    ("2003-12", "month", dt.date(2003, 12, 1), dt.date(2003, 12, 31)),
    ("2015-11", "month", dt.date(2015, 11, 1), dt.date(2015, 11, 30)),
    ("2025-12-17", "day", dt.date(2025, 12, 17), dt.date(2025, 12, 17)),
])
def test_a_date_covers_exactly_what_its_precision_says(text: str, precision: str, first: dt.date,
                                                       last: dt.date) -> None:
    date = PartialDate.parse(text)
    assert (date.precision, date.first_day(), date.last_day(), date.iso()) == (precision, first, last, text)


@pytest.mark.parametrize("text", ["05", "2005-13", "2005-02-30", "2005-1-1", "10 December 2003", ""])
def test_anything_else_is_refused_with_the_text_in_the_message(text: str) -> None:
    with pytest.raises(ValueError, match=text or "date"):
        PartialDate.parse(text)


def test_dates_are_written_in_english_at_their_precision() -> None:
    assert [PartialDate.parse(t).display() for t in ("2003", "2003-12", "2003-12-10")] == [
        "2003", "December 2003", "10 December 2003"]
    assert [PartialDate(2025, m).display().split()[0] for m in (1, 5, 9)] == ["January", "May", "September"]


@pytest.mark.parametrize(("start", "end", "written"), [
    ("2003-12-10", "2003-12-12", "10–12 December 2003"),
    ("2025-06", "2025-12", "June–December 2025"),
    ("2005-11-16", "2006-02-01", "16 November 2005 – 1 February 2006"),
    ("2005-11-30", "2005-12-02", "30 November – 2 December 2005"),
    ("2016", "2025", "2016 – 2025"),
    ("2003", "2003", "2003"),
])
def test_periods_are_written_compactly(start: str, end: str, written: str) -> None:
    assert display_range(PartialDate.parse(start), PartialDate.parse(end)) == written


def test_dates_order_by_year_month_and_day() -> None:
    dates = [PartialDate.parse(t) for t in ("2025-12-17", "2003-12-10", "2015-12-16", "2003-12-12")]
    assert [d.iso() for d in sorted(dates)] == ["2003-12-10", "2003-12-12", "2015-12-16", "2025-12-17"]
