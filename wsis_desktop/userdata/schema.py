"""The user file's schema, as an ordered list of migrations.

``MIGRATIONS[i]`` takes a file from schema ``i`` to ``i + 1``; the schema
version lives in ``PRAGMA user_version``. Released migrations are never
edited: a change is a new function appended to the list, and a fixture file
of each released schema is kept in tests/fixtures/userdata/.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "WSUD" in ASCII: marks the file as ours, so a pack or a stranger's database is refused.
APPLICATION_ID = 0x57535544


def _v1(db: sqlite3.Connection) -> None:
    """Bookmarks, notes, tags, briefing packs and history, keyed by stable entity id."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("""CREATE TABLE bookmarks (
        entity_id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE notes (
        entity_id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
        updated_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE tags (
        entity_id TEXT NOT NULL, tag TEXT NOT NULL, title TEXT NOT NULL,
        PRIMARY KEY (entity_id, tag))""")
    db.execute("CREATE INDEX tags_by_tag ON tags (tag)")
    db.execute("""CREATE TABLE briefing_packs (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE briefing_items (
        id INTEGER PRIMARY KEY,
        pack_id INTEGER NOT NULL REFERENCES briefing_packs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('entity', 'range')),
        entity_id TEXT, title TEXT NOT NULL DEFAULT '',
        range_start TEXT, range_end TEXT)""")
    db.execute("CREATE INDEX briefing_items_by_pack ON briefing_items (pack_id, position)")
    db.execute("""CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT, entity_id TEXT NOT NULL, title TEXT NOT NULL,
        visited_at TEXT NOT NULL)""")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)
