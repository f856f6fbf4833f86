"""Typed records the personal store hands out. Nothing outside it sees a cursor.

Every record that points at an entity keeps the entity's title as it was when
the item was made, so it can still be named after a pack drops the entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Bookmark:
    entity_id: str
    title: str
    created_at: str  # ISO 8601, UTC


@dataclass(frozen=True, slots=True)
class Note:
    entity_id: str
    title: str
    body: str  # Markdown
    updated_at: str  # ISO 8601, UTC


@dataclass(frozen=True, slots=True)
class Tag:
    """One tag on one entity."""

    entity_id: str
    title: str
    tag: str


@dataclass(frozen=True, slots=True)
class PackItem:
    """One entry of a briefing pack: an entity, or a timeline range (start/end as partial dates)."""

    id: int
    kind: Literal["entity", "range"]
    entity_id: str | None = None
    title: str = ""
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class BriefingPack:
    id: int
    name: str
    created_at: str
    items: tuple[PackItem, ...] = ()


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    entity_id: str
    title: str
    visited_at: str  # ISO 8601, UTC


@dataclass(frozen=True, slots=True)
class Orphan:
    """A user item whose entity is no longer in the pack, named by its saved title."""

    kind: Literal["bookmark", "note", "tag", "pack_item"]
    entity_id: str
    title: str
    detail: str = ""  # the tag, or the briefing pack's name
