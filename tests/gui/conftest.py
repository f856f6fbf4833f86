"""Fixtures for the reader's GUI tests: a window on the fixture pack with its own fresh profile."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gui_dialogs import DialogAnswerer  # tests/gui/gui_dialogs.py: this folder is on sys.path
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsis_desktop import app
from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.views.main_window import MainWindow


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def make_window(qtbot: QtBot, fixture_pack: Pack, profile: Path) -> Callable[..., MainWindow]:
    """Makes shown windows on the fixture pack and one profile folder (call twice to reopen).

    Each is built in full before it is returned (``finish_building``), as it is a moment after a
    user sees it; tests/gui/test_gui_startup_order.py checks that moment itself.
    """

    def make(resize: bool = True) -> MainWindow:
        window = MainWindow(fixture_pack, Settings(profile))
        qtbot.addWidget(window)
        if resize:
            window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        window.finish_building()
        return window

    return make


@pytest.fixture
def start_app(qtbot: QtBot) -> Callable[..., MainWindow]:
    """Starts the app as ``wsis-desktop`` does (``app.run``) and returns its window, not yet shown
    by the event loop: the test drives the loop, and sees start-up in its order."""

    def start(pack: Path, profile: Path, quit_when_ready: bool = False) -> MainWindow:
        args = argparse.Namespace(data=pack, profile=profile, quit_when_ready=quit_when_ready)
        before = set(QApplication.topLevelWidgets())
        assert app.run(args) == 0  # a QApplication is running: run() returns at once
        window = next(w for w in set(QApplication.topLevelWidgets()) - before if isinstance(w, MainWindow))
        qtbot.addWidget(window)
        window.destroyed.connect(window.pack.close)
        return window

    return start


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    yield make_window()


@pytest.fixture
def dialogs() -> DialogAnswerer:
    return DialogAnswerer()
