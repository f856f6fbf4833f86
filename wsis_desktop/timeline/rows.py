"""How many sub-rows a lane may use at a zoom, and which events go in each.

A lane's height decides how many tracks one sees at a glance, so it is capped:
the closer the zoom, the more rows a lane may use (row 0 for moments, then rows
for periods, months and years, up to MAX_LANE_ROWS), and events that would need
more rows merge into count badges in a row above (layout.group_lane merges what
overlaps). Rows are decided per zoom *band*, not per zoom step: a lane changes
height at most twice between the whole range and a day, never while panning, and
only grows while zooming in, so badges split as their events move into the rows
that open up. The whole range (a year narrower than 90 px) gets one row per lane:
eight lanes then need 8 × 24 px, and a 1366×768 laptop's dock has some 150 px.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence

POINT, SPAN, RANGE = 0, 1, 2  # a day; a whole month or year; a period with an end

MAX_LANE_ROWS = 3  # row 0 for moments and at most two rows for periods, months and years
#: (px per day from which the band starts, rows a lane may use there), closest zoom last.
#: Powers of two: a band holds whole grouping levels (layout.level_of), so a lane's rows
#: and its cached groups change together.
ROW_BANDS: tuple[tuple[float, int], ...] = ((0.0, 1), (0.25, 2), (1.0, MAX_LANE_ROWS))
CLOSEST_BAND = len(ROW_BANDS) - 1  # what a page, which cannot zoom, draws at any scale
MARKER_PX = 10.0  # a shape narrower than this is drawn as a marker (layout.MARK)


def band_of(px_per_day: float) -> int:
    """The zoom band of a scale: 0 for the whole range, CLOSEST_BAND from a year ≈ 365 px."""
    return max(bisect_right([start for start, _rows in ROW_BANDS], px_per_day) - 1, 0)


def rows_allowed(band: int) -> int:
    return ROW_BANDS[band][1]


def marker_days(band: int) -> float:
    """Spans shorter than this are drawn as markers across the whole band: they go with the
    moments in row 0 (merged with what they overlap there) instead of taking a period row."""
    if band + 1 >= len(ROW_BANDS):
        return 0.0
    return MARKER_PX / ROW_BANDS[band + 1][0]


def stack_rows(members: Sequence[int], starts: Sequence[float], ends: Sequence[float],
               shapes: Sequence[int]) -> tuple[tuple[int, ...], ...]:
    """Split a lane so that nothing overlaps anything else in its row, in days, so rows hold at
    every zoom (cap_rows then fits them to a zoom band). Row 0 keeps the day events (crowding
    there is handled by count badges) and, shortest first, each month, year or period that
    overlaps nothing already there: a meeting stays among the day events, while a mandate, or
    a year or month that holds day events, no longer hides them. The rest go, in start order,
    to the first row below where they fit."""
    row0 = [i for i in members if shapes[i] == POINT]
    placed = sorted((starts[i], ends[i]) for i in row0)  # what row 0 holds, by start
    rest: list[int] = []
    for i in sorted((i for i in members if shapes[i] != POINT), key=lambda i: (ends[i] - starts[i], i)):
        start, end = starts[i], ends[i]
        # shortest first: nothing placed is longer than this one (or than a day)
        if _overlaps(placed, start, end, max(end - start, 1.0)):
            rest.append(i)
        else:
            insort(placed, (start, end))
            row0.append(i)
    rows: list[list[int]] = [sorted(row0, key=lambda i: (starts[i], ends[i], i))]
    row_ends: list[float] = []
    for i in sorted(rest, key=lambda i: (starts[i], ends[i], i)):
        row = next((r for r, end in enumerate(row_ends) if end <= starts[i]), len(row_ends))
        if row == len(row_ends):
            row_ends.append(ends[i])
            rows.append([])
        row_ends[row] = ends[i]
        rows[row + 1].append(i)
    return tuple(tuple(r) for r in rows)


def cap_rows(rows: Sequence[Sequence[int]], starts: Sequence[float], ends: Sequence[float],
             band: int) -> tuple[tuple[int, ...], ...]:
    """``rows`` (from stack_rows) fitted to the rows zoom ``band`` allows. Spans drawn as markers
    throughout the band join the moments in row 0 (merged there with what they overlap); the
    other spans take the period rows longest first, so reviews and mandates keep their bars
    and names, and what finds no free row goes where it hides the least (_fold), into badges."""
    most = rows_allowed(band)
    if most <= 1 or len(rows) == 1:
        return (tuple(sorted((i for row in rows for i in row), key=lambda i: (starts[i], ends[i], i))),)
    short = marker_days(band)
    row0 = list(rows[0])
    spans: list[int] = []
    for stacked in rows[1:]:
        for i in stacked:
            (row0 if ends[i] - starts[i] < short else spans).append(i)
    capped: list[list[int]] = [row0]
    placed: list[list[tuple[float, float]]] = []  # each period row's spans, by start
    longest: list[float] = []  # each row's first span: placed longest first, none is longer
    overflow: list[int] = []
    for i in sorted(spans, key=lambda i: (starts[i] - ends[i], starts[i], i)):
        start, end = starts[i], ends[i]
        row = next((r for r, here in enumerate(placed) if not _overlaps(here, start, end, longest[r])), None)
        if row is None and len(placed) < most - 1:
            placed.append([])
            longest.append(end - start)
            capped.append([])
            row = len(placed) - 1
        if row is None:
            overflow.append(i)
            continue
        insort(placed[row], (start, end))
        capped[row + 1].append(i)
    if overflow:
        _fold(capped, sorted(overflow, key=lambda i: (starts[i], ends[i], i)), starts, ends)
    return tuple(tuple(sorted(r, key=lambda i: (starts[i], ends[i], i))) for r in capped)


def _fold(rows: list[list[int]], overflow: list[int], starts: Sequence[float], ends: Sequence[float]) -> None:
    """Put each event that found no free period row into the one where the longest thing it
    meets is shortest (the last on a tie): a review or a mandate keeps its bar and name, and
    a month or year beside it joins a count badge there."""
    if len(rows) <= 2:
        rows[-1].extend(overflow)
        return
    spans = [sorted((starts[j], ends[j]) for j in row) for row in rows]
    longest = [max((e - s for s, e in row), default=0.0) for row in spans]
    for i in overflow:
        start, end = starts[i], ends[i]

        def longest_met(r: int, start: float = start, end: float = end) -> float:
            row = spans[r]
            lo, hi = bisect_left(row, (start - longest[r],)), bisect_left(row, (end,))
            return max((e - s for s, e in row[lo:hi] if e > start), default=0.0)

        best = min(range(len(rows) - 1, 0, -1), key=longest_met)
        rows[best].append(i)
        insort(spans[best], (start, end))
        longest[best] = max(longest[best], end - start)


def _overlaps(spans: list[tuple[float, float]], start: float, end: float, longest: float) -> bool:
    """Whether any of the start-sorted ``spans`` (none longer than ``longest``) meets [start, end)."""
    lo = 0 if math.isinf(longest) else bisect_left(spans, (start - longest,))
    return any(e > start for _s, e in spans[lo:bisect_left(spans, (end,))])
