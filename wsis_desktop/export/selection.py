"""What to export, and checking it against the pack before anything is drawn.

A selection names entities (one by one, whole branches, search results) and
any number of timeline date ranges, each placed among the entities (a briefing
pack mixes both in the user's order). ``resolve`` turns it into an ordered,
de-duplicated list of entity ids and the events of each range, or raises a
``SelectionError`` with one line the user can act on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from wsis_desktop.export.errors import SelectionError
from wsis_desktop.export.words import fill, translate
from wsis_desktop.store import Pack
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Event

#: Search results exported at most: a briefing, not a dump.
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class DateRange:
    """A timeline range to export; ``position`` places it before that many of the selection's entities."""

    start: PartialDate
    end: PartialDate
    position: int = 0


@dataclass(frozen=True)
class Selection:
    """Entities and timeline ranges, as the user picked them (ids not yet checked).

    ``date_from``/``date_to`` is one range placed first (the CLI's ``--timeline``); ``ranges`` holds
    any number, each at its own place among ``entity_ids`` (a briefing pack's order).
    """

    entity_ids: tuple[str, ...] = ()
    subtree_ids: tuple[str, ...] = ()
    search: str | None = None
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    search_limit: int = SEARCH_LIMIT
    ranges: tuple[DateRange, ...] = ()

    @classmethod
    def of_entities(cls, *entity_ids: str) -> Selection:
        return cls(entity_ids=tuple(entity_ids))

    @classmethod
    def of_sequence(cls, items: Iterable[str | tuple[PartialDate, PartialDate]]) -> Selection:
        """Entity ids and (start, end) ranges in the order they should appear (a briefing pack)."""
        ids: list[str] = []
        ranges: list[DateRange] = []
        for item in items:
            if isinstance(item, str):
                ids.append(item)
            else:
                ranges.append(DateRange(item[0], item[1], len(ids)))
        return cls(entity_ids=tuple(ids), ranges=tuple(ranges))

    def all_ranges(self) -> tuple[DateRange, ...]:
        if self.date_from is None and self.date_to is None:
            return self.ranges
        if self.date_from is None or self.date_to is None:
            raise SelectionError(translate("Export", "A date range needs both a start and an end."))
        return (DateRange(self.date_from, self.date_to), *self.ranges)


@dataclass(frozen=True)
class ResolvedRange:
    """A checked range with its events; ``position`` counts the resolved entities before it."""

    start: PartialDate
    end: PartialDate
    events: tuple[Event, ...]
    position: int = 0


@dataclass(frozen=True)
class Resolved:
    """A checked selection: entity ids in export order, and the timeline ranges with their events."""

    entity_ids: tuple[str, ...]
    ranges: tuple[ResolvedRange, ...] = field(default=())

    @property
    def has_range(self) -> bool:
        return bool(self.ranges)

    @property
    def range_events(self) -> tuple[Event, ...]:
        """The events of every range, each once, in date order."""
        unique = {event.id: event for r in self.ranges for event in r.events}
        return tuple(sorted(unique.values(), key=lambda e: (e.date.first_day(), e.id)))


def parse_range(text: str) -> tuple[PartialDate, PartialDate]:
    """``FROM..TO`` (either side YYYY, YYYY-MM or YYYY-MM-DD) into two dates; ValueError if malformed."""
    start, sep, end = text.partition("..")
    if not sep or not start.strip() or not end.strip():
        raise ValueError(translate("Export", "A date range is written FROM..TO, e.g. 2015..2025-12."))
    return PartialDate.parse(start), PartialDate.parse(end)


def events_in_range(events: list[Event], start: PartialDate, end: PartialDate) -> list[Event]:
    """Events that overlap the range, each date taken at its own precision."""
    first, last = start.first_day(), end.last_day()
    return [e for e in events if e.date.first_day() <= last and (e.end or e.date).last_day() >= first]


def resolve(pack: Pack, selection: Selection) -> Resolved:
    """Check the selection against the pack; raise SelectionError with one line if it cannot be exported."""
    named = [*selection.entity_ids, *selection.subtree_ids]
    known = pack.refs(named)
    for entity_id in named:
        if entity_id not in known:
            raise SelectionError(translate("Export", "No entity '%1' in the knowledge pack.")
                                 .replace("%1", entity_id))
    ordered: list[str] = list(selection.entity_ids)
    for root in selection.subtree_ids:
        ordered.extend(pack.subtree_ids(root))
    if selection.search is not None:
        ordered.extend(hit.ref.id for hit in pack.search(selection.search, limit=selection.search_limit))
    ids = tuple(dict.fromkeys(ordered))
    ranges = _ranges(pack, selection)
    if not ids and not any(r.events for r in ranges):
        raise SelectionError(_empty_message(selection))
    return Resolved(ids, ranges)


def _ranges(pack: Pack, selection: Selection) -> tuple[ResolvedRange, ...]:
    """Each range checked, with its events; its position counted in distinct entities."""
    wanted = selection.all_ranges()
    if not wanted:
        return ()
    events = pack.events()
    resolved = []
    for item in wanted:
        if item.end.last_day() < item.start.first_day():
            raise SelectionError(
                translate("Export", "The date range ends before it starts: %1..%2.")
                .replace("%1", item.start.iso()).replace("%2", item.end.iso()))
        position = len(dict.fromkeys(selection.entity_ids[:item.position]))
        found = tuple(events_in_range(events, item.start, item.end))
        resolved.append(ResolvedRange(item.start, item.end, found, position))
    return tuple(resolved)


def _empty_message(selection: Selection) -> str:
    if selection.search is not None and not (selection.entity_ids or selection.subtree_ids):
        return fill(translate("Export", "Nothing to export: no entry matches “%1”."), selection.search)
    ranges = selection.all_ranges()
    if len(ranges) == 1:
        return (translate("Export", "Nothing to export: no entry selected and no event from %1 to %2.")
                .replace("%1", ranges[0].start.display()).replace("%2", ranges[0].end.display()))
    return translate("Export", "Nothing to export: the selection is empty.")
