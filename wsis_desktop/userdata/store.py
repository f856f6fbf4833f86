"""The user's own data: bookmarks, notes, tags, briefing packs and history.

A separate SQLite file, never the bundled pack. Every change is committed when
it is made (WAL, synchronous FULL), so what the app shows as saved survives a
crash. Items are keyed by stable entity id and keep the entity's title, so
nothing is lost when a newer pack drops or renames an entity.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wsis_desktop.store.dates import PartialDate
from wsis_desktop.userdata import opening
from wsis_desktop.userdata.errors import InvalidInput, UnknownItem, UserDataWriteError
from wsis_desktop.userdata.records import (
    Bookmark,
    BriefingPack,
    HistoryEntry,
    Note,
    Orphan,
    PackItem,
    Tag,
)

if TYPE_CHECKING:
    from wsis_desktop.userdata.transfer import ImportData, ImportSummary

HISTORY_CAP = 200
NOTE_SEPARATOR = "\n\n---\n\n"
#: Words of a note search that count (the rest of a pasted paragraph is ignored).
MAX_NOTE_WORDS = 12


def now() -> str:
    """The current time as the store writes it: ISO 8601, UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class UserStore:
    """A read-write connection to one user file, with typed methods for each kind of item."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._depth = 0
        # Case folding for note search: SQLite's own lower()/LIKE fold ASCII only.
        connection.create_function("wsis_fold", 1, _fold, deterministic=True)

    @classmethod
    def open(cls, path: Path) -> UserStore:
        """Open or create the user file; if unusable, raise a one-line UserDataError, file untouched."""
        path = Path(path)
        opening.check_existing(path)
        return cls(path, opening.connect(path))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes into one commit; nested uses join the outer one; an error rolls all back."""
        outer = self._depth == 0
        if outer:
            self._run("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if outer:
                self._db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if outer:
            self._run("COMMIT")

    def _run(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.OperationalError as error:
            raise UserDataWriteError(f"{self.path.name} could not be changed: {error}.") from None
        except sqlite3.ProgrammingError:  # closed (the window is closing): the caller's one-line path
            raise UserDataWriteError(f"{self.path.name} is closed.") from None

    def _write(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        with self.transaction():
            return self._run(sql, params)

    # -- bookmarks ------------------------------------------------------------------------------

    def add_bookmark(self, entity_id: str, title: str) -> Bookmark:
        """Star an entity; starring it again keeps the first bookmark."""
        self._write("INSERT OR IGNORE INTO bookmarks VALUES (?, ?, ?)", (entity_id, title, now()))
        bookmark = self.bookmark(entity_id)
        assert bookmark is not None  # just inserted, or there already
        return bookmark

    def remove_bookmark(self, entity_id: str) -> bool:
        return self._write("DELETE FROM bookmarks WHERE entity_id = ?", (entity_id,)).rowcount > 0

    def bookmark(self, entity_id: str) -> Bookmark | None:
        row = self._run("SELECT entity_id, title, created_at FROM bookmarks WHERE entity_id = ?",
                        (entity_id,)).fetchone()
        return Bookmark(*row) if row else None

    def is_bookmarked(self, entity_id: str) -> bool:
        return self.bookmark(entity_id) is not None

    def bookmarks(self) -> list[Bookmark]:
        """All bookmarks, newest first."""
        rows = self._run("SELECT entity_id, title, created_at FROM bookmarks "
                         "ORDER BY created_at DESC, rowid DESC")
        return [Bookmark(*row) for row in rows]

    # -- notes ----------------------------------------------------------------------------------

    def set_note(self, entity_id: str, title: str, body: str) -> Note | None:
        """Save the note on an entity; a blank body deletes it (what an emptied editor means)."""
        if not body.strip():
            self.delete_note(entity_id)
            return None
        self._write(
            "INSERT INTO notes VALUES (?, ?, ?, ?) ON CONFLICT (entity_id) DO UPDATE SET "
            "title = excluded.title, body = excluded.body, updated_at = excluded.updated_at",
            (entity_id, title, body, now()),
        )
        return self.note(entity_id)

    def note(self, entity_id: str) -> Note | None:
        row = self._run("SELECT entity_id, title, body, updated_at FROM notes WHERE entity_id = ?",
                        (entity_id,)).fetchone()
        return Note(*row) if row else None

    def delete_note(self, entity_id: str) -> bool:
        return self._write("DELETE FROM notes WHERE entity_id = ?", (entity_id,)).rowcount > 0

    def notes(self) -> list[Note]:
        """All notes, most recently edited first."""
        rows = self._run("SELECT entity_id, title, body, updated_at FROM notes "
                         "ORDER BY updated_at DESC, rowid DESC")
        return [Note(*row) for row in rows]

    def search_notes(self, query: str, limit: int = 50) -> list[Note]:
        """Notes whose title or text holds every word of ``query``, in any case, most recent first.

        Plain substring matching (instr, not LIKE or FTS), so quotes, %, _ and the like are just text.
        """
        words = [word.casefold() for word in query.split()][:MAX_NOTE_WORDS]
        if not words:
            return []
        where = " AND ".join(["instr(wsis_fold(title || char(10) || body), ?) > 0"] * len(words))
        rows = self._run(f"SELECT entity_id, title, body, updated_at FROM notes WHERE {where} "
                         "ORDER BY updated_at DESC, rowid DESC LIMIT ?", (*words, max(limit, 0)))
        return [Note(*row) for row in rows]

    # -- tags -----------------------------------------------------------------------------------

    def add_tag(self, entity_id: str, title: str, tag: str) -> str:
        """Tag an entity; returns the tag as stored (trimmed, inner spaces collapsed)."""
        clean = normalize_tag(tag)
        self._write("INSERT OR IGNORE INTO tags VALUES (?, ?, ?)", (entity_id, clean, title))
        return clean

    def remove_tag(self, entity_id: str, tag: str) -> bool:
        return self._write("DELETE FROM tags WHERE entity_id = ? AND tag = ?",
                           (entity_id, " ".join(tag.split()))).rowcount > 0

    def tags_for(self, entity_id: str) -> list[str]:
        rows = self._run("SELECT tag FROM tags WHERE entity_id = ? ORDER BY tag COLLATE NOCASE",
                         (entity_id,))
        return [tag for (tag,) in rows]

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entities carry it, alphabetical."""
        rows = self._run("SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY tag COLLATE NOCASE")
        return [(tag, count) for tag, count in rows]

    def entities_with_tag(self, tag: str) -> list[Tag]:
        rows = self._run("SELECT entity_id, title, tag FROM tags WHERE tag = ? ORDER BY title COLLATE NOCASE",
                         (" ".join(tag.split()),))
        return [Tag(*row) for row in rows]

    def tag_entries(self) -> list[Tag]:
        """Every (entity, tag) pair, for export."""
        rows = self._run("SELECT entity_id, title, tag FROM tags ORDER BY entity_id, tag")
        return [Tag(*row) for row in rows]

    # -- briefing packs -------------------------------------------------------------------------

    def create_pack(self, name: str) -> BriefingPack:
        clean = _pack_name(name)
        try:
            cursor = self._write("INSERT INTO briefing_packs (name, created_at) VALUES (?, ?)",
                                 (clean, now()))
        except sqlite3.IntegrityError:
            raise InvalidInput(f"A briefing pack named “{clean}” already exists.") from None
        return self.pack(int(cursor.lastrowid or 0))

    def rename_pack(self, pack_id: int, name: str) -> BriefingPack:
        clean = _pack_name(name)
        try:
            cursor = self._write("UPDATE briefing_packs SET name = ? WHERE id = ?", (clean, pack_id))
        except sqlite3.IntegrityError:
            raise InvalidInput(f"A briefing pack named “{clean}” already exists.") from None
        if cursor.rowcount == 0:
            raise UnknownItem(f"No briefing pack with id {pack_id}.")
        return self.pack(pack_id)

    def delete_pack(self, pack_id: int) -> bool:
        return self._write("DELETE FROM briefing_packs WHERE id = ?", (pack_id,)).rowcount > 0

    def pack(self, pack_id: int) -> BriefingPack:
        row = self._run("SELECT id, name, created_at FROM briefing_packs WHERE id = ?", (pack_id,)).fetchone()
        if row is None:
            raise UnknownItem(f"No briefing pack with id {pack_id}.")
        return BriefingPack(row[0], row[1], row[2], items=tuple(self._items(pack_id)))

    def pack_by_name(self, name: str) -> BriefingPack | None:
        row = self._run("SELECT id FROM briefing_packs WHERE name = ?", (" ".join(name.split()),)).fetchone()
        return self.pack(row[0]) if row else None

    def packs(self) -> list[BriefingPack]:
        """All briefing packs with their items, by name."""
        rows = self._run("SELECT id FROM briefing_packs ORDER BY name COLLATE NOCASE").fetchall()
        return [self.pack(pack_id) for (pack_id,) in rows]

    def add_entity_item(self, pack_id: int, entity_id: str, title: str, index: int | None = None) -> PackItem:
        """Add an entity to a pack, at the end or at ``index``."""
        return self._add_item(pack_id, ("entity", entity_id, title, None, None), index)

    def add_range_item(self, pack_id: int, start: str, end: str | None, title: str = "",
                       index: int | None = None) -> PackItem:
        """Add a timeline range (partial dates such as "2003-12" to "2005"), at the end or at ``index``."""
        for text in (start, end):
            if text is not None:
                try:
                    PartialDate.parse(text)
                except ValueError:
                    raise InvalidInput(f"“{text}” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).") from None
        return self._add_item(pack_id, ("range", None, title, start, end), index)

    def _add_item(self, pack_id: int, values: tuple[object, ...], index: int | None) -> PackItem:
        with self.transaction():
            ids = self._item_ids(pack_id)
            cursor = self._run("INSERT INTO briefing_items (pack_id, position, kind, entity_id, title, "
                               "range_start, range_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (pack_id, len(ids), *values))
            item_id = int(cursor.lastrowid or 0)
            if index is not None:
                ids.insert(max(0, min(index, len(ids))), item_id)
                self._renumber(ids)
        return self._item(item_id)

    def remove_item(self, item_id: int) -> bool:
        with self.transaction():
            pack_id = self._pack_of(item_id)
            self._run("DELETE FROM briefing_items WHERE id = ?", (item_id,))
            self._renumber(self._item_ids(pack_id))
        return True

    def move_item(self, item_id: int, index: int) -> PackItem:
        """Move an item to ``index`` within its pack (clamped to the ends)."""
        with self.transaction():
            ids = self._item_ids(self._pack_of(item_id))
            ids.remove(item_id)
            ids.insert(max(0, min(index, len(ids))), item_id)
            self._renumber(ids)
        return self._item(item_id)

    def move_item_up(self, item_id: int) -> PackItem:
        return self.move_item(item_id, self._position(item_id) - 1)

    def move_item_down(self, item_id: int) -> PackItem:
        return self.move_item(item_id, self._position(item_id) + 1)

    _ITEM_COLUMNS = "id, kind, entity_id, title, range_start, range_end"

    def _items(self, pack_id: int) -> list[PackItem]:
        rows = self._run(f"SELECT {self._ITEM_COLUMNS} FROM briefing_items WHERE pack_id = ? "
                         "ORDER BY position, id", (pack_id,))
        return [PackItem(*row) for row in rows]

    def _item(self, item_id: int) -> PackItem:
        row = self._run(f"SELECT {self._ITEM_COLUMNS} FROM briefing_items WHERE id = ?",
                        (item_id,)).fetchone()
        if row is None:
            raise UnknownItem(f"No briefing pack item with id {item_id}.")
        return PackItem(*row)

    def _item_ids(self, pack_id: int) -> list[int]:
        if self._run("SELECT 1 FROM briefing_packs WHERE id = ?", (pack_id,)).fetchone() is None:
            raise UnknownItem(f"No briefing pack with id {pack_id}.")
        rows = self._run("SELECT id FROM briefing_items WHERE pack_id = ? ORDER BY position, id", (pack_id,))
        return [item_id for (item_id,) in rows]

    def _pack_of(self, item_id: int) -> int:
        row = self._run("SELECT pack_id FROM briefing_items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise UnknownItem(f"No briefing pack item with id {item_id}.")
        return int(row[0])

    def _position(self, item_id: int) -> int:
        return self._item_ids(self._pack_of(item_id)).index(item_id)

    def _renumber(self, ids: list[int]) -> None:
        for position, item_id in enumerate(ids):
            self._run("UPDATE briefing_items SET position = ? WHERE id = ?", (position, item_id))

    # -- history --------------------------------------------------------------------------------

    def add_history(self, entity_id: str, title: str, cap: int = HISTORY_CAP) -> None:
        """Record a visit; a repeat of the latest visit only refreshes it; the oldest beyond ``cap`` go."""
        with self.transaction():
            latest = self._run("SELECT id, entity_id FROM history ORDER BY visited_at DESC, id DESC "
                               "LIMIT 1").fetchone()
            if latest and latest[1] == entity_id:
                self._run("UPDATE history SET title = ?, visited_at = ? WHERE id = ?",
                          (title, now(), latest[0]))
            else:
                self._run("INSERT INTO history (entity_id, title, visited_at) VALUES (?, ?, ?)",
                          (entity_id, title, now()))
            self._trim_history(cap)

    def history(self, limit: int | None = None) -> list[HistoryEntry]:
        """Visits, newest first."""
        rows = self._run("SELECT entity_id, title, visited_at FROM history ORDER BY visited_at DESC, id DESC "
                         "LIMIT ?", (-1 if limit is None else limit,))
        return [HistoryEntry(*row) for row in rows]

    def recent(self, limit: int = 15) -> list[HistoryEntry]:
        """The last visit of each entity, newest first: what a "Recent" menu lists."""
        rows = self._run("SELECT entity_id, title, visited_at FROM history AS h WHERE id = (SELECT id FROM "
                         "history WHERE entity_id = h.entity_id ORDER BY visited_at DESC, id DESC LIMIT 1) "
                         "ORDER BY visited_at DESC, id DESC LIMIT ?", (limit,))
        return [HistoryEntry(*row) for row in rows]

    def clear_history(self) -> None:
        self._write("DELETE FROM history")

    def _trim_history(self, cap: int) -> None:
        self._run("DELETE FROM history WHERE id NOT IN (SELECT id FROM history "
                  "ORDER BY visited_at DESC, id DESC LIMIT ?)", (max(cap, 0),))

    # -- orphans --------------------------------------------------------------------------------

    def orphans(self, known_ids: set[str]) -> list[Orphan]:
        """User items whose entity is not in ``known_ids`` (the current pack), with their saved titles."""
        found = [Orphan("bookmark", b.entity_id, b.title) for b in self.bookmarks()]
        found += [Orphan("note", n.entity_id, n.title) for n in self.notes()]
        found += [Orphan("tag", t.entity_id, t.title, t.tag) for t in self.tag_entries()]
        for pack in self.packs():
            found += [Orphan("pack_item", i.entity_id, i.title, pack.name)
                      for i in pack.items if i.entity_id is not None]
        return [orphan for orphan in found if orphan.entity_id not in known_ids]

    def move_entity_items(self, old_id: str, new_id: str, new_title: str) -> None:
        """Re-key everything on ``old_id`` to ``new_id``, merging with what ``new_id`` already has."""
        if old_id == new_id:
            return
        with self.transaction():
            self._run("INSERT OR IGNORE INTO bookmarks SELECT ?, ?, created_at FROM bookmarks "
                      "WHERE entity_id = ?", (new_id, new_title, old_id))
            self._run("DELETE FROM bookmarks WHERE entity_id = ?", (old_id,))
            self._run("INSERT OR IGNORE INTO tags SELECT ?, tag, ? FROM tags WHERE entity_id = ?",
                      (new_id, new_title, old_id))
            self._run("DELETE FROM tags WHERE entity_id = ?", (old_id,))
            old = self.note(old_id)
            if old is not None:
                self._merge_note(new_id, new_title, old.body, old.updated_at)
                self._run("DELETE FROM notes WHERE entity_id = ?", (old_id,))
            self._run("UPDATE briefing_items SET entity_id = ?, title = ? WHERE entity_id = ?",
                      (new_id, new_title, old_id))
            self._run("UPDATE history SET entity_id = ?, title = ? WHERE entity_id = ?",
                      (new_id, new_title, old_id))

    def remove_entity_items(self, entity_id: str) -> None:
        """Remove the bookmark, note, tags and briefing-pack entries on one entity (the reader asked to)."""
        with self.transaction():
            self._run("DELETE FROM bookmarks WHERE entity_id = ?", (entity_id,))
            self._run("DELETE FROM notes WHERE entity_id = ?", (entity_id,))
            self._run("DELETE FROM tags WHERE entity_id = ?", (entity_id,))
            rows = self._run("SELECT DISTINCT pack_id FROM briefing_items WHERE entity_id = ?", (entity_id,))
            packs = [pack_id for (pack_id,) in rows.fetchall()]
            self._run("DELETE FROM briefing_items WHERE entity_id = ?", (entity_id,))
            for pack_id in packs:
                self._renumber(self._item_ids(pack_id))

    def _merge_note(self, entity_id: str, title: str, body: str, updated_at: str) -> bool:
        """Add ``body`` to the entity's note without losing either text; False if nothing was new."""
        existing = self.note(entity_id)
        if existing is None:
            self._run("INSERT INTO notes VALUES (?, ?, ?, ?)", (entity_id, title, body, updated_at))
            return True
        if body in existing.body:
            return False
        self._run("UPDATE notes SET body = ?, updated_at = ? WHERE entity_id = ?",
                  (existing.body + NOTE_SEPARATOR + body, now(), entity_id))
        return True

    # -- export and import ----------------------------------------------------------------------

    def export_json(self, path: Path) -> None:
        """Write everything to one JSON file, atomically (temp file + rename)."""
        from wsis_desktop.userdata import transfer

        transfer.write_json(self, Path(path))

    def export_notes_markdown(self, path: Path) -> None:
        """Write every note to one Markdown file for reading, atomically."""
        from wsis_desktop.userdata import transfer

        transfer.write_notes_markdown(self, Path(path))

    def import_json(self, path: Path) -> ImportSummary:
        """Validate a whole export file, then merge it in one transaction; ImportRefused changes nothing."""
        from wsis_desktop.userdata import transfer

        data = transfer.read_json(Path(path))
        return self.merge(data)

    def merge(self, data: ImportData) -> ImportSummary:
        """Merge validated import data without duplicates, all in one transaction."""
        from wsis_desktop.userdata.transfer import ImportSummary

        added = {"bookmarks": 0, "notes": 0, "tags": 0, "packs": 0, "pack_items": 0, "history": 0}
        with self.transaction():
            for b in data.bookmarks:
                added["bookmarks"] += self._run("INSERT OR IGNORE INTO bookmarks VALUES (?, ?, ?)",
                                                (b.entity_id, b.title, b.created_at)).rowcount
            for n in data.notes:
                added["notes"] += self._merge_note(n.entity_id, n.title, n.body, n.updated_at)
            for t in data.tags:
                added["tags"] += self._run("INSERT OR IGNORE INTO tags VALUES (?, ?, ?)",
                                           (t.entity_id, t.tag, t.title)).rowcount
            for p in data.packs:
                self._merge_pack(p, added)
            for h in data.history:
                if self._run("SELECT 1 FROM history WHERE entity_id = ? AND visited_at = ?",
                             (h.entity_id, h.visited_at)).fetchone() is None:
                    self._run("INSERT INTO history (entity_id, title, visited_at) VALUES (?, ?, ?)",
                              (h.entity_id, h.title, h.visited_at))
                    added["history"] += 1
            self._trim_history(HISTORY_CAP)
        return ImportSummary(**added)

    def _merge_pack(self, pack: BriefingPack, added: dict[str, int]) -> None:
        existing = self.pack_by_name(pack.name)
        if existing is None:
            cursor = self._run("INSERT INTO briefing_packs (name, created_at) VALUES (?, ?)",
                               (pack.name, pack.created_at))
            existing = self.pack(int(cursor.lastrowid or 0))
            added["packs"] += 1
        have = {_item_key(item) for item in existing.items}
        for item in pack.items:
            if _item_key(item) in have:
                continue
            have.add(_item_key(item))
            self._add_item(existing.id, (item.kind, item.entity_id, item.title, item.start, item.end), None)
            added["pack_items"] += 1


def _item_key(item: PackItem) -> tuple[object, ...]:
    return (item.kind, item.entity_id) if item.kind == "entity" else (item.kind, item.start, item.end)


def _fold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def normalize_tag(tag: str) -> str:
    clean = " ".join(tag.split())
    if not clean:
        raise InvalidInput("A tag cannot be empty.")
    return clean


def _pack_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("A briefing pack needs a name.")
    return clean
