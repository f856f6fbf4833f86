"""Fixtures for the reader's GUI tests: a window on the fixture pack with its own fresh profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: this folder is on sys.path
from pytestqt.qtbot import QtBot

from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.views.main_window import MainWindow


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def make_window(qtbot: QtBot, fixture_pack: Pack, profile: Path) -> Callable[..., MainWindow]:
    """Makes shown windows on the fixture pack and one profile folder (call twice to reopen)."""

    def make(resize: bool = True) -> MainWindow:
        window = MainWindow(fixture_pack, Settings(profile))
        qtbot.addWidget(window)
        if resize:
            window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    yield make_window()


@pytest.fixture
def dialogs() -> DialogAnswerer:
    return DialogAnswerer()
