"""Opening the user file: refuse what is not ours, corrupt or too new, before writing a byte.

The checks run on a read-only connection; only a file that passes them is
opened for writing, switched to WAL and migrated. So a refused file is left
exactly as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wsis_desktop.userdata.errors import (
    UserDataCorrupt,
    UserDataForeign,
    UserDataTooNew,
    UserDataWriteError,
)
from wsis_desktop.userdata.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

_HEADER = b"SQLite format 3\x00"


def check_existing(path: Path) -> None:
    """Raise a one-line error if the file at ``path`` must not be opened; a missing or empty file passes."""
    if not path.exists() or path.stat().st_size == 0:
        return
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise UserDataWriteError(f"{name} cannot be read: {error.strerror}.") from None
    if len(header) < 100 or not header.startswith(_HEADER):
        raise UserDataCorrupt(f"{name} is damaged or not a database; it was left untouched.")
    version, app_id, has_tables = _read_marks(path)
    if app_id != APPLICATION_ID and (version != 0 or has_tables):
        raise UserDataForeign(
            f"{name} is a database, but not a WSIS Desktop user file; it was left untouched."
        )
    if version > SCHEMA_VERSION:
        raise UserDataTooNew(
            f"{name} was saved by a newer WSIS Desktop (user data format {version}; this app "
            f"reads format {SCHEMA_VERSION}). Update the app to use it; the file was left untouched."
        )


def _read_marks(path: Path) -> tuple[int, int, bool]:
    # With no WAL beside it the file is read as immutable, so SQLite creates no -wal or -shm
    # next to a file it may refuse; a WAL left by a crash must be read, so then plain read-only.
    wal = path.with_name(path.name + "-wal")
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if wal.exists() else "&immutable=1")
    try:
        db = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        raise UserDataCorrupt(f"{path.name} cannot be opened as a database; it was left untouched.") from None
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        check = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        raise UserDataCorrupt(f"{path.name} is damaged or not a database; it was left untouched.") from None
    finally:
        db.close()
    if check != "ok":
        raise UserDataCorrupt(f"{path.name} is damaged ({check}); it was left untouched.")
    return version, app_id, has_tables


def connect(path: Path) -> sqlite3.Connection:
    """A writable connection in autocommit mode, WAL, fully synchronous, migrated to the current schema."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise UserDataWriteError(f"{path.name} cannot be opened for writing: {error}.") from None
    try:
        db.execute("PRAGMA busy_timeout = 3000")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA trusted_schema = OFF")
        db.execute("PRAGMA journal_mode = WAL")
        # FULL: in WAL mode NORMAL may lose the last commits on a power cut.
        db.execute("PRAGMA synchronous = FULL")
        _migrate(db)
    except sqlite3.DatabaseError as error:
        db.close()
        raise UserDataWriteError(f"{path.name} cannot be prepared for use: {error}.") from None
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: sqlite3.Connection) -> None:
    """Run each pending migration in its own transaction, bumping user_version with it."""
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version >= SCHEMA_VERSION:
                db.execute("COMMIT")
                return
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
