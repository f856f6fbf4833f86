"""Answering modal dialogs, and other steps a person takes, in tests: shared by the GUI test modules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

W = TypeVar("W", bound=QWidget)


class DialogAnswerer:
    """Answers the next modal message box with a button, and remembers what it said."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def answer(self, button: QMessageBox.StandardButton) -> None:
        def respond(box: QMessageBox) -> None:
            self.seen.append(f"{box.text()}\n{box.informativeText()}")
            box.done(button)

        when_modal(QMessageBox, respond)


def when_modal(kind: type[W], act: Callable[[W], None]) -> None:
    """Once the event loop shows a modal widget of ``kind``, ``act`` on it (looked for every 20 ms)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def answer_export(path: Path, notes: bool, seen: list) -> None:  # type: ignore[type-arg]  # of ExportDialog
    """Fill the next export dialog (file, "My notes") and press Export; the dialog goes into ``seen``."""
    from wsis_desktop.export.dialog import ExportDialog

    def respond(dialog: ExportDialog) -> None:
        seen.append(dialog)
        dialog.path_edit.setText(str(path))
        dialog.notes_box.setChecked(notes)
        dialog.export_button.click()

    when_modal(ExportDialog, respond)


def step_down_the_tree(window, qtbot, from_entity: str, steps: int) -> list[str]:  # type: ignore[no-untyped-def]  # MainWindow, QtBot
    """Open ``from_entity``, then press Down ``steps`` times in the tree; the entries shown on the way."""
    from PySide6.QtCore import Qt

    window.open_entity(from_entity)
    view = window.tree_pane.view
    view.setFocus()
    shown = []
    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        shown.append(window.detail.entity_id)
    return shown


def answer_input(text: str) -> None:
    """Type ``text`` into the next input dialog and accept it."""

    def respond(dialog: QInputDialog) -> None:
        dialog.setTextValue(text)
        dialog.accept()

    when_modal(QInputDialog, respond)
