"""Opening packs: good ones read-only; corrupt, foreign, newer or missing ones refused in one line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from wsis_desktop.store import Pack
from wsis_desktop.store.errors import PackCorrupt, PackError, PackForeign, PackMissing, PackTooNew


def _copy(src: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "copy.db"
    shutil.copy(src, dst)
    return dst


def _assert_one_line(error: PackError) -> None:
    assert "\n" not in str(error) and str(error).endswith(".")


def test_good_pack_opens_with_its_info(fixture_pack: Pack) -> None:
    assert fixture_pack.info.data_version == "test.1"
    assert fixture_pack.info.as_of.display() == "27 November 2026"
    assert fixture_pack.info.event_count == 3


def test_random_bytes_are_refused_as_damaged(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(PackCorrupt) as error:
        Pack.open(bad)
    _assert_one_line(error.value)
    assert "bad.db" in str(error.value)


def test_truncated_pack_is_refused_or_reported_on_read(fixture_pack_path: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.db"
    cut.write_bytes(fixture_pack_path.read_bytes()[:8192])
    with pytest.raises(PackError) as error:
        pack = Pack.open(cut)
        for node in pack.children(None):
            pack.detail(node.ref.id)
        pack.search("internet governance")
    _assert_one_line(error.value)


def test_other_sqlite_file_is_foreign(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(PackForeign):
        Pack.open(other)


def test_newer_pack_is_refused_not_misread(fixture_pack_path: Path, tmp_path: Path) -> None:
    newer = _copy(fixture_pack_path, tmp_path)
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(PackTooNew) as error:
        Pack.open(newer)
    assert "newer" in str(error.value)


def test_pack_with_triggers_is_refused(fixture_pack_path: Path, tmp_path: Path) -> None:
    rigged = _copy(fixture_pack_path, tmp_path)
    with sqlite3.connect(rigged) as db:
        db.execute("CREATE VIEW sneaky AS SELECT 1")
    with pytest.raises(PackForeign):
        Pack.open(rigged)


def test_missing_pack_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(PackMissing) as error:
        Pack.open(tmp_path / "none.db")
    assert "build-data" in str(error.value)


def test_pack_is_opened_read_only(fixture_pack_path: Path) -> None:
    before = fixture_pack_path.read_bytes()
    pack = Pack.open(fixture_pack_path)
    with pytest.raises(sqlite3.DatabaseError):
        pack._db.execute("DELETE FROM entities")  # the store never does this; prove it cannot
    pack.close()
    assert fixture_pack_path.read_bytes() == before
