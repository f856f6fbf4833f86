"""Typed records the store hands out. Nothing outside the store sees a cursor."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wsis_desktop.store.dates import PartialDate, display_range
from wsis_desktop.store.schema import KINDS, STATUSES


@dataclass(frozen=True, slots=True)
class EntityRef:
    """Enough of an entity to name it and link to it."""

    id: str
    kind: str
    title: str  # the short title where there is one: what lists and links show
    acronym: str | None = None
    symbol: str | None = None

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class TreeNode:
    """One row of the tree: an entity and how many children it has."""

    ref: EntityRef
    child_count: int


@dataclass(frozen=True, slots=True)
class Citation:
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


@dataclass(frozen=True, slots=True)
class Quote:
    """Verbatim official text, with its document and paragraph."""

    document: EntityRef
    symbol: str | None
    para: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Relation:
    """A link seen from one entity: ``label`` reads from that entity to ``other``."""

    type: str
    label: str
    other: EntityRef
    outgoing: bool
    note: str | None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
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


@dataclass(frozen=True, slots=True)
class Track:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Era:
    id: str
    title: str
    date: PartialDate
    end: PartialDate


@dataclass(frozen=True, slots=True)
class Entity:
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


@dataclass(frozen=True, slots=True)
class EntityDetail:
    """An entity with its relations from both ends and its timeline events."""

    entity: Entity
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]
    path: tuple[EntityRef, ...] = field(default=())  # ancestors, root first


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result; ``snippet`` marks matches with HIGHLIGHT_START/END."""

    ref: EntityRef
    snippet: str
    rank: float


#: Control characters that bracket matched words in snippets; views replace them.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


@dataclass(frozen=True, slots=True)
class PackInfo:
    """What a pack is: shown in the status bar, on exports and by ``--version``."""

    path: Path
    title: str
    schema_version: int
    data_version: str
    as_of: PartialDate
    entity_count: int
    event_count: int
