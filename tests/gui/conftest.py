"""Fixtures for the reader's GUI tests: a window on the fixture pack with its own fresh profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
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


class DialogAnswerer:
    """Answers the next modal message box with a button, and remembers what it said."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def answer(self, button: QMessageBox.StandardButton) -> None:
        def respond() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, respond)
                return
            self.seen.append(f"{box.text()}\n{box.informativeText()}")
            box.done(button)

        QTimer.singleShot(0, respond)


@pytest.fixture
def dialogs() -> DialogAnswerer:
    return DialogAnswerer()
