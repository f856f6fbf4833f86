"""Opening the user file: migration from released schemas, refusal of newer/corrupt/foreign files
untouched, WAL, and durability when the process is killed right after a save."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from wsis_desktop.userdata import (
    SCHEMA_VERSION,
    UserDataCorrupt,
    UserDataForeign,
    UserDataTooNew,
    UserStore,
    default_user_db_path,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "userdata"
RELEASED = sorted(FIXTURES.glob("schema*.sqlite"))


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def _set_user_version(path: Path, version: int) -> None:
    """Write PRAGMA user_version straight into the header (bytes 60-63, big-endian), as a newer app would."""
    with path.open("r+b") as handle:
        handle.seek(60)
        handle.write(version.to_bytes(4, "big"))


def test_every_schema_has_a_fixture() -> None:
    assert [p.name for p in RELEASED] == [f"schema{n}.sqlite" for n in range(1, SCHEMA_VERSION + 1)]


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.name)
def test_released_schema_fixture_opens_with_its_items(fixture: Path, tmp_path: Path) -> None:
    path = _copy(fixture, tmp_path)
    with UserStore.open(path) as store:
        assert [b.entity_id for b in store.bookmarks()] == ["wsis-geneva-2003"]
        note = store.note("wsis-geneva-2003")
        assert note is not None and "para. 67" in note.body
        assert store.tags_for("wsis-geneva-2003") == ["priority"]
        (pack,) = store.packs()
        assert [i.kind for i in pack.items] == ["entity", "range"]
        assert [h.entity_id for h in store.history()] == ["wsis-geneva-2003"]
        store.set_note("wsis-geneva-2003", "WSIS Geneva phase (2003)", "changed after migration")
    with UserStore.open(path) as store:
        assert store.note("wsis-geneva-2003").body == "changed after migration"  # type: ignore[union-attr]
    assert int.from_bytes(path.read_bytes()[60:64], "big") == SCHEMA_VERSION


def test_newer_schema_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = _copy(RELEASED[-1], tmp_path)
    _set_user_version(path, 99)
    before = path.read_bytes()
    with pytest.raises(UserDataTooNew) as refused:
        UserStore.open(path)
    message = str(refused.value)
    assert "\n" not in message and "newer WSIS Desktop" in message and "format 99" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no -wal or -shm left beside it


@pytest.mark.parametrize("damage", ["random", "truncated", "pages"])
def test_corrupt_file_is_refused_and_left_byte_for_byte(tmp_path: Path, damage: str) -> None:
    path = _copy(RELEASED[-1], tmp_path)
    data = path.read_bytes()
    if damage == "random":
        data = os.urandom(8192)
    elif damage == "truncated":
        data = data[:50]
    else:  # a valid first page, garbage after it
        data = data[:4096] + bytes(range(256)) * ((len(data) - 4096) // 256)
    path.write_bytes(data)
    with pytest.raises(UserDataCorrupt) as refused:
        UserStore.open(path)
    assert "\n" not in str(refused.value) and "left untouched" in str(refused.value)
    assert path.read_bytes() == data


def test_a_knowledge_pack_is_refused_as_foreign(fixture_pack_path: Path, tmp_path: Path) -> None:
    path = _copy(fixture_pack_path, tmp_path)
    before = path.read_bytes()
    with pytest.raises(UserDataForeign, match="not a WSIS Desktop user file"):
        UserStore.open(path)
    assert path.read_bytes() == before


def test_new_file_is_in_wal_mode_at_current_schema(user_db: Path) -> None:
    UserStore.open(user_db).close()
    header = user_db.read_bytes()[:100]
    assert header[18] == header[19] == 2  # file format read/write versions 2 = WAL
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION


def test_an_empty_file_is_made_a_user_file(user_db: Path) -> None:
    user_db.parent.mkdir(parents=True)
    user_db.write_bytes(b"")
    with UserStore.open(user_db) as store:
        store.add_bookmark("e1", "A")
    with UserStore.open(user_db) as store:
        assert store.is_bookmarked("e1")


_SAVE_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from wsis_desktop.userdata import UserStore
store = UserStore.open(Path(sys.argv[1]))
store.set_note("e1", "Geneva Declaration", "saved just before the crash")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_saved_note_survives_sigkill(user_db: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _SAVE_THEN_DIE, str(user_db)], timeout=60,
                          capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert user_db.with_name(user_db.name + "-wal").exists()  # the commit sits in the WAL, not checkpointed
    with UserStore.open(user_db) as store:
        note = store.note("e1")
    assert note is not None and note.body == "saved just before the crash"


def test_default_path_uses_the_profile_or_app_data(tmp_path: Path) -> None:
    assert default_user_db_path(tmp_path / "prof") == tmp_path / "prof" / "userdata.sqlite"
    assert (tmp_path / "prof").is_dir()
    QStandardPaths.setTestModeEnabled(True)  # keep the real app-data folder out of tests
    try:
        app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        assert default_user_db_path(None) == Path(app_data) / "userdata.sqlite"
    finally:
        QStandardPaths.setTestModeEnabled(False)
