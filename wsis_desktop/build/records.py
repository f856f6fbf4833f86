"""Source items after parsing: plain records the validator checks and the writer stores."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CiteRec:
    doc: str | None
    para: str | None
    url: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class QuoteRec:
    doc: str
    para: str | None
    text: str


@dataclass(slots=True)
class RelationRec:
    source: str
    type: str
    target: str
    note: str | None
    citations: list[CiteRec]
    file: str
    declared_by: str  # the id whose file declares it, for messages


@dataclass(slots=True)
class EntityRec:
    id: str
    kind: str
    title: str
    file: str
    short_title: str | None = None
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    symbol: str | None = None
    parent: str | None = None
    order: int = 0
    summary: str = ""
    body: str = ""
    date: str | None = None
    end: str | None = None
    status: str = "confirmed"
    as_of: str | None = None
    note: str | None = None
    issued_by: str | None = None
    facts: list[tuple[str, str]] = field(default_factory=list)
    citations: list[CiteRec] = field(default_factory=list)
    quotes: list[QuoteRec] = field(default_factory=list)


@dataclass(slots=True)
class EventRec:
    id: str
    date: str
    end: str | None
    title: str
    track: str
    entities: list[str]
    status: str
    note: str | None
    citations: list[CiteRec]
    file: str


@dataclass(slots=True)
class GlossaryRec:
    term: str
    expansion: str
    entity: str | None
    citations: list[CiteRec]
    file: str


@dataclass(slots=True)
class Sources:
    """Everything read from ``data/``."""

    title: str = ""
    data_version: str = ""
    as_of: str = ""
    tracks: list[tuple[str, str]] = field(default_factory=list)
    eras: list[tuple[str, str, str, str, list[CiteRec]]] = field(default_factory=list)
    entities: list[EntityRec] = field(default_factory=list)
    relations: list[RelationRec] = field(default_factory=list)
    events: list[EventRec] = field(default_factory=list)
    glossary: list[GlossaryRec] = field(default_factory=list)
