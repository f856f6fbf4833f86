"""Typed records the store hands out. Nothing outside the store sees a cursor.

Records are NamedTuples, not frozen dataclasses: as immutable and as typed, but a tenth of the cost
to define (a frozen dataclass takes ~1.5 ms, and these load at every start) and lighter per row. Their
annotations are evaluated, not postponed: NamedTuple compiles each postponed one (2 ms at start-up).
"""

from pathlib import Path
from typing import NamedTuple

from wsis_desktop.store.dates import PartialDate, display_range
from wsis_desktop.store.schema import KINDS, STATUSES


class EntityRef(NamedTuple):
    """Enough of an entity to name it and link to it."""

    id: str
    kind: str
    title: str  # the short title where there is one: what lists and links show
    acronym: str | None = None
    symbol: str | None = None

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


class TreeNode(NamedTuple):
    """One row of the tree: an entity and how many children it has."""

    ref: EntityRef
    child_count: int


class Citation(NamedTuple):
    """Where a statement comes from: an official document and paragraph, a secondary source."""

    document: EntityRef | None
    symbol: str | None
    para: str | None
    url: str | None
    note: str | None

    def reference(self) -> str:
        """A UN-style reference, e.g. "A/RES/80/173, para. 67", or the address alone."""
        parts: list[str] = []
        if self.document is not None:
            parts.append(self.symbol or self.document.title)
            if self.para:
                parts.append(f"para. {self.para}")
        elif self.url:
            parts.append(self.url)
        return ", ".join(parts)


class Quote(NamedTuple):
    """Verbatim official text, with its document and paragraph."""

    document: EntityRef
    symbol: str | None
    para: str | None
    text: str


class Relation(NamedTuple):
    """A link seen from one entity: ``label`` reads from that entity to ``other``."""

    type: str
    label: str
    other: EntityRef
    outgoing: bool
    note: str | None
    citations: tuple[Citation, ...] = ()


class Event(NamedTuple):
    """A dated milestone on a track, concerning some entities."""

    id: str
    date: PartialDate
    end: PartialDate | None
    title: str
    track: str
    status: str
    note: str | None
    entity_ids: tuple[str, ...]
    citations: tuple[Citation, ...] = ()

    @property
    def when(self) -> str:
        return display_range(self.date, self.end)

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]


class Track(NamedTuple):
    id: str
    label: str


class Era(NamedTuple):
    id: str
    title: str
    date: PartialDate
    end: PartialDate


class Entity(NamedTuple):
    """Everything the pack says about one entity, except relations and events."""

    ref: EntityRef
    parent: str | None
    full_title: str
    aliases: tuple[str, ...]
    summary: str
    body: str
    date: PartialDate | None
    end: PartialDate | None
    status: str
    as_of: PartialDate | None
    note: str | None
    issued_by: EntityRef | None
    facts: tuple[tuple[str, str], ...]
    citations: tuple[Citation, ...]
    quotes: tuple[Quote, ...]

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def title(self) -> str:
        return self.ref.title

    @property
    def kind(self) -> str:
        return self.ref.kind

    @property
    def symbol(self) -> str | None:
        return self.ref.symbol

    @property
    def when(self) -> str | None:
        return display_range(self.date, self.end) if self.date else None

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]


class EntityDetail(NamedTuple):
    """An entity with its relations from both ends and its timeline events."""

    entity: Entity
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]
    path: tuple[EntityRef, ...] = ()  # ancestors, root first


class SearchHit(NamedTuple):
    """One search result; ``snippet`` marks matches with HIGHLIGHT_START/END."""

    ref: EntityRef
    snippet: str
    rank: float


#: Control characters that bracket matched words in snippets; views replace them.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


class PackInfo(NamedTuple):
    """What a pack is: shown in the status bar, on exports and by ``--version``."""

    path: Path
    title: str
    schema_version: int
    data_version: str
    as_of: PartialDate
    entity_count: int
    event_count: int
