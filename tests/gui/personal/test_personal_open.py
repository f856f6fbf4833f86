"""Opening the user file with the window: the profile's file is used; a refused file is reported once,
left byte-identical, and the reader works without personal features."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: that folder is on sys.path
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from wsis_desktop.userdata import default_user_db_path
from wsis_desktop.views.main_window import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_window_opens_the_profiles_user_file_and_closes_it(make_window: Callable[..., MainWindow],
                                                           profile: Path) -> None:
    window = make_window()
    assert window.user is not None
    assert window.user.path == default_user_db_path(profile) and window.user.path.parent == profile
    window.user.add_bookmark("overview", "Overview")
    store = window.user
    window.close()
    assert window.user is None
    with pytest.raises(Exception, match="closed"):
        store.bookmarks()


@pytest.mark.parametrize("content", [b"not a database " * 500, None], ids=["damaged", "too-new"])
def test_refused_user_file_is_reported_untouched_and_the_reader_works(
        make_window: Callable[..., MainWindow], profile: Path, qtbot: QtBot, dialogs: DialogAnswerer,
        content: bytes | None, tmp_path: Path) -> None:
    path = default_user_db_path(profile)
    if content is None:
        from wsis_desktop.userdata import UserStore

        with UserStore.open(path) as store:
            store.set_note("overview", "Overview", "mine")
        with path.open("r+b") as handle:  # PRAGMA user_version in the header, as a newer app writes it
            handle.seek(60)
            handle.write((99).to_bytes(4, "big"))
    else:
        path.write_bytes(content)
    before = _digest(path)
    siblings = sorted(p.name for p in profile.iterdir())
    dialogs.answer(QMessageBox.StandardButton.Ok)
    window = make_window()
    qtbot.waitUntil(lambda: len(dialogs.seen) == 1)
    assert path.name in dialogs.seen[0] and "not changed" in dialogs.seen[0]
    assert "newer" in dialogs.seen[0] if content is None else "damaged" in dialogs.seen[0]
    assert window.user is None
    assert window.open_entity("tunis-2005") and window.detail.entity_id == "tunis-2005"
    window.close()
    assert _digest(path) == before
    assert sorted(p.name for p in profile.iterdir() if p.name != "settings.ini") == \
        [n for n in siblings if n != "settings.ini"]
