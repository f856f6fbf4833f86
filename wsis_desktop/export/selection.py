"""What to export, and checking it against the pack before anything is drawn.

A selection names entities (one by one, whole branches, search results) and
optionally a date range of the timeline. ``resolve`` turns it into an ordered,
de-duplicated list of entity ids and the events of the range, or raises a
``SelectionError`` with one line the user can act on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wsis_desktop.export.errors import SelectionError
from wsis_desktop.export.words import fill, translate
from wsis_desktop.store import Pack
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.store.records import Event

#: Search results exported at most: a briefing, not a dump.
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class Selection:
    """Entities and a date range, as the user picked them (ids not yet checked)."""

    entity_ids: tuple[str, ...] = ()
    subtree_ids: tuple[str, ...] = ()
    search: str | None = None
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    search_limit: int = SEARCH_LIMIT

    @classmethod
    def of_entities(cls, *entity_ids: str) -> Selection:
        return cls(entity_ids=tuple(entity_ids))


@dataclass(frozen=True)
class Resolved:
    """A checked selection: entity ids in export order, and the timeline range with its events."""

    entity_ids: tuple[str, ...]
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    range_events: tuple[Event, ...] = field(default=())

    @property
    def has_range(self) -> bool:
        return self.date_from is not None


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
    date_from, date_to, events = _range(pack, selection)
    if not ids and not events:
        raise SelectionError(_empty_message(selection))
    return Resolved(ids, date_from, date_to, tuple(events))


def _range(pack: Pack, selection: Selection) -> tuple[PartialDate | None, PartialDate | None, list[Event]]:
    start, end = selection.date_from, selection.date_to
    if start is None and end is None:
        return None, None, []
    if start is None or end is None:
        raise SelectionError(translate("Export", "A date range needs both a start and an end."))
    if end.last_day() < start.first_day():
        raise SelectionError(
            translate("Export", "The date range ends before it starts: %1..%2.")
            .replace("%1", start.iso()).replace("%2", end.iso()))
    return start, end, events_in_range(pack.events(), start, end)


def _empty_message(selection: Selection) -> str:
    if selection.search is not None and not (selection.entity_ids or selection.subtree_ids):
        return fill(translate("Export", "Nothing to export: no entry matches “%1”."), selection.search)
    if selection.date_from is not None and selection.date_to is not None:
        return (translate("Export", "Nothing to export: no entry selected and no event from %1 to %2.")
                .replace("%1", selection.date_from.display()).replace("%2", selection.date_to.display()))
    return translate("Export", "Nothing to export: the selection is empty.")
