"""Export and import of the user's data as one JSON file, and notes as Markdown.

An import is read and validated as a whole before anything is written: a
malformed file, a wrong or newer format version or a value of the wrong type
raises ImportRefused with one line saying where, and the store is unchanged.
Files are written atomically (a temporary file beside the target, then rename).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from wsis_desktop.store.dates import PartialDate
from wsis_desktop.userdata.errors import ImportRefused, UserDataWriteError
from wsis_desktop.userdata.records import Bookmark, BriefingPack, HistoryEntry, Note, PackItem, Tag

if TYPE_CHECKING:
    from wsis_desktop.userdata.store import UserStore

FORMAT_NAME = "wsis-desktop-userdata"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024  # far beyond any real notebook; refuses a wrong file quickly

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ImportData:
    """A validated import file, ready to merge."""

    bookmarks: tuple[Bookmark, ...]
    notes: tuple[Note, ...]
    tags: tuple[Tag, ...]
    packs: tuple[BriefingPack, ...]
    history: tuple[HistoryEntry, ...]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """How many items an import added (duplicates are not counted)."""

    bookmarks: int = 0
    notes: int = 0
    tags: int = 0
    packs: int = 0
    pack_items: int = 0
    history: int = 0

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


# -- export -------------------------------------------------------------------------------------


def to_document(store: UserStore) -> dict[str, Any]:
    """Everything in the store as plain JSON-ready data."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "bookmarks": [asdict(b) for b in store.bookmarks()],
        "notes": [asdict(n) for n in store.notes()],
        "tags": [asdict(t) for t in store.tag_entries()],
        "briefing_packs": [_pack_document(p) for p in store.packs()],
        "history": [asdict(h) for h in store.history()],
    }


def _pack_document(pack: BriefingPack) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for item in pack.items:
        if item.kind == "entity":
            items.append({"kind": "entity", "entity_id": item.entity_id, "title": item.title})
        else:
            items.append({"kind": "range", "start": item.start, "end": item.end, "title": item.title})
    return {"name": pack.name, "created_at": pack.created_at, "items": items}


def write_json(store: UserStore, path: Path) -> None:
    text = json.dumps(to_document(store), ensure_ascii=False, indent=1)
    write_atomically(path, text)


def write_notes_markdown(store: UserStore, path: Path) -> None:
    """All notes as one Markdown file, one section per entity."""
    parts = ["# WSIS Desktop — my notes\n"]
    for note in sorted(store.notes(), key=lambda n: n.title.casefold()):
        heading = f"## {note.title}\n\n`{note.entity_id}` · updated {note.updated_at}"
        parts.append(f"{heading}\n\n{note.body.rstrip()}\n")
    write_atomically(path, "\n".join(parts))


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, flush to disk, then rename over ``path``."""
    temp: str | None = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as handle:
            temp = handle.name
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
        raise UserDataWriteError(f"{path.name} could not be written: {error.strerror or error}.") from None


# -- import -------------------------------------------------------------------------------------


def read_json(path: Path) -> ImportData:
    """Read and validate a whole export file; raise ImportRefused (one line) if anything is wrong."""
    name = path.name
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportRefused(f"{name} is larger than {MAX_IMPORT_BYTES // 2**20} MB; it was not imported.")
        raw = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"{name} cannot be read: {error.strerror or error}.") from None
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ImportRefused(f"{name} is not UTF-8 text; nothing was imported.") from None
    except json.JSONDecodeError as error:
        raise ImportRefused(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}); "
            "nothing was imported."
        ) from None
    try:
        return parse_document(document)
    except _Invalid as error:
        raise ImportRefused(f"{name} was not imported: {error}.") from None


class _Invalid(Exception):
    """A validation failure; its message names the place, e.g. notes[3].body."""


def parse_document(document: Any) -> ImportData:
    if not isinstance(document, dict):
        raise _Invalid("the file is not a WSIS Desktop export (no object at the top)")
    if document.get("format") != FORMAT_NAME:
        raise _Invalid("the file is not a WSIS Desktop export (no \"format\": \"wsis-desktop-userdata\")")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Invalid("format_version must be a positive whole number")
    if version > FORMAT_VERSION:
        raise _Invalid(f"it was made by a newer WSIS Desktop (format {version}; this app reads format "
                       f"{FORMAT_VERSION}). Update the app to import it")
    return ImportData(
        bookmarks=_list(document, "bookmarks", _bookmark),
        notes=_list(document, "notes", _note),
        tags=_list(document, "tags", _tag),
        packs=_list(document, "briefing_packs", _pack),
        history=_list(document, "history", _history),
    )


def _list(obj: dict[str, Any], key: str, parse: Callable[[dict[str, Any], str], T],
          where: str = "") -> tuple[T, ...]:
    value = obj.get(key, [])
    place = f"{where}{key}"
    if not isinstance(value, list):
        raise _Invalid(f"{place} must be a list")
    out: list[T] = []
    for index, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise _Invalid(f"{place}[{index}] must be an object")
        out.append(parse(entry, f"{place}[{index}]"))
    return tuple(out)


def _text(obj: dict[str, Any], key: str, where: str, *, blank: bool = False,
          default: str | None = None) -> str:
    value = obj.get(key, default)
    if not isinstance(value, str):
        raise _Invalid(f"{where}.{key} must be text")
    if not blank and not value.strip():
        raise _Invalid(f"{where}.{key} must not be empty")
    return value


def _time(obj: dict[str, Any], key: str, where: str) -> str:
    value = _text(obj, key, where)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"{where}.{key} is not a date and time (ISO 8601)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _date(obj: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    if optional and obj.get(key) is None:
        return None
    value = _text(obj, key, where)
    try:
        return PartialDate.parse(value).iso()
    except ValueError:
        raise _Invalid(f"{where}.{key} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None


def _bookmark(obj: dict[str, Any], where: str) -> Bookmark:
    return Bookmark(_text(obj, "entity_id", where), _text(obj, "title", where, blank=True),
                    _time(obj, "created_at", where))


def _note(obj: dict[str, Any], where: str) -> Note:
    return Note(_text(obj, "entity_id", where), _text(obj, "title", where, blank=True),
                _text(obj, "body", where), _time(obj, "updated_at", where))


def _tag(obj: dict[str, Any], where: str) -> Tag:
    return Tag(_text(obj, "entity_id", where), _text(obj, "title", where, blank=True),
               " ".join(_text(obj, "tag", where).split()))


def _history(obj: dict[str, Any], where: str) -> HistoryEntry:
    return HistoryEntry(_text(obj, "entity_id", where), _text(obj, "title", where, blank=True),
                        _time(obj, "visited_at", where))


def _pack(obj: dict[str, Any], where: str) -> BriefingPack:
    name = " ".join(_text(obj, "name", where).split())
    created = _time(obj, "created_at", where) if "created_at" in obj else datetime.now(UTC).isoformat(
        timespec="seconds")
    return BriefingPack(0, name, created, _list(obj, "items", _pack_item, f"{where}."))


def _pack_item(obj: dict[str, Any], where: str) -> PackItem:
    kind = obj.get("kind")
    title = _text(obj, "title", where, blank=True, default="")
    if kind == "entity":
        return PackItem(0, "entity", entity_id=_text(obj, "entity_id", where), title=title)
    if kind == "range":
        return PackItem(0, "range", title=title, start=_date(obj, "start", where),
                        end=_date(obj, "end", where, optional=True))
    raise _Invalid(f"{where}.kind must be \"entity\" or \"range\"")
