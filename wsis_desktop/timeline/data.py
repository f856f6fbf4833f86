"""The timeline's records turned once into sorted arrays of days, per lane.

Everything the layout does per frame is a bisect into these arrays, so the
records are read and their dates converted only once, when a pack is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Era, Event, Track
from wsis_desktop.timeline.rows import POINT, RANGE, SPAN, cap_rows, stack_rows

if TYPE_CHECKING:
    from wsis_desktop.store import Pack

__all__ = ["POINT", "RANGE", "SPAN", "LaneInfo", "TimelineData", "event_days", "event_shape", "stack_rows"]


def event_days(event: Event) -> tuple[float, float]:
    """``[start, end)`` in ordinal days: a year-precision date covers its whole year."""
    return _first(event.date), _last(event.end or event.date) + 1


@lru_cache(maxsize=65536)
def _first(date: PartialDate) -> float:
    return float(date.first_day().toordinal())


@lru_cache(maxsize=65536)
def _last(date: PartialDate) -> float:
    return float(date.last_day().toordinal())


def event_shape(event: Event) -> int:
    if event.end is not None and event.end != event.date:
        return RANGE
    return POINT if event.date.precision == "day" else SPAN


@dataclass(frozen=True, slots=True)
class LaneInfo:
    """A track as the timeline shows it, with its events' indices in time order, and the
    same events split into sub-rows where nothing overlaps anything else in its row (stack_rows
    without a cap: what the lane would need to show every overlap; frames use rows_of())."""

    id: str
    label: str
    events: tuple[int, ...]
    rows: tuple[tuple[int, ...], ...] = ((),)


class TimelineData:
    """Events, tracks and eras of a pack, indexed for drawing.

    ``events`` is in time order (start, then id): that is also the keyboard order.
    Events whose track the pack does not define get a lane of their own at the end.
    """

    def __init__(self, events: Iterable[Event], tracks: Sequence[Track], eras: Sequence[Era] = ()) -> None:
        keyed = sorted((*event_days(e), e.id, e) for e in events)
        ordered = [k[3] for k in keyed]
        self.events: tuple[Event, ...] = tuple(ordered)
        days = [(k[0], k[1]) for k in keyed]
        self.starts: tuple[float, ...] = tuple(d[0] for d in days)
        self.ends: tuple[float, ...] = tuple(d[1] for d in days)
        self.shapes: tuple[int, ...] = tuple(event_shape(e) for e in ordered)
        self.index: dict[str, int] = {e.id: i for i, e in enumerate(ordered)}
        self.eras: tuple[Era, ...] = tuple(eras)
        labels = {t.id: t.label for t in tracks}
        for event in ordered:
            labels.setdefault(event.track, event.track)
        members: dict[str, list[int]] = {track_id: [] for track_id in labels}
        for i, event in enumerate(ordered):
            members[event.track].append(i)
        self.lanes: tuple[LaneInfo, ...] = tuple(
            LaneInfo(track_id, label, tuple(members[track_id]),
                     stack_rows(members[track_id], self.starts, self.ends, self.shapes))
            for track_id, label in labels.items())
        self.row_of: dict[int, tuple[int, int]] = {
            i: (lane, row) for lane, info in enumerate(self.lanes) for row, ids in enumerate(info.rows)
            for i in ids}  # event index -> (lane, sub-row)
        self.track_labels: dict[str, str] = labels
        self._filtered_rows: dict[tuple[int, frozenset[str] | None, int | None],
                                  tuple[tuple[int, ...], ...]] = {}
        self._by_entity: dict[str, list[int]] = {}
        for i, event in enumerate(ordered):
            for entity_id in event.entity_ids:
                self._by_entity.setdefault(entity_id, []).append(i)

    @classmethod
    def from_pack(cls, pack: Pack) -> TimelineData:
        """Read a pack's events (without citations: the timeline never shows them)."""
        return cls(pack.events(with_citations=False), pack.tracks(), pack.eras())

    def rows_of(self, lane: int, only: frozenset[str] | None = None,
                band: int | None = None) -> tuple[tuple[int, ...], ...]:
        """The sub-rows of lane number ``lane`` at zoom band ``band`` (rows.py; None: every
        overlap its own row); with ``only``, just those events, stacked afresh (so "only the
        selection" leaves no empty rows). A lane keeps at least one row."""
        if only is None and band is None:
            return self.lanes[lane].rows
        key = (lane, only, band)
        found = self._filtered_rows.get(key)
        if found is None:
            if band is not None:
                found = cap_rows(self.rows_of(lane, only), self.starts, self.ends, band)
            else:
                chosen = only or frozenset()
                members = [i for i in self.lanes[lane].events if self.events[i].id in chosen]
                found = stack_rows(members, self.starts, self.ends, self.shapes)
            if len(self._filtered_rows) > 256:
                self._filtered_rows.clear()
            self._filtered_rows[key] = found
        return found

    def row_in(self, index: int, only: frozenset[str] | None = None,
               band: int | None = None) -> tuple[int, int]:
        """(lane, sub-row) where event number ``index`` is drawn, under the ``only`` filter and
        at zoom band ``band``."""
        lane, row = self.row_of[index]
        if only is None and band is None:
            return lane, row
        return lane, next((r for r, ids in enumerate(self.rows_of(lane, only, band)) if index in ids), 0)

    def __len__(self) -> int:
        return len(self.events)

    def events_of(self, entity_id: str) -> tuple[str, ...]:
        """Ids of the events that concern ``entity_id``, in time order."""
        return tuple(self.events[i].id for i in self._by_entity.get(entity_id, ()))

    def bounds(self, ids: Iterable[str] | None = None) -> tuple[float, float] | None:
        """The first start and the last end, of all events or of ``ids`` (None if none)."""
        indices = range(len(self.events)) if ids is None else [self.index[i] for i in ids if i in self.index]
        if not indices:
            return None
        first = min(self.starts[i] for i in indices)
        last = max(self.ends[i] for i in indices)
        return first, last
