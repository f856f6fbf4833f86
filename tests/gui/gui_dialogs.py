"""Answering modal dialogs, and other steps a person takes, in tests: shared by the GUI test modules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox


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


def answer_export(path: Path, notes: bool, seen: list) -> None:  # type: ignore[type-arg]  # of ExportDialog
    """Fill the next export dialog (file, "My notes") and press Export; the dialog goes into ``seen``."""
    from wsis_desktop.export.dialog import ExportDialog

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, respond)
            return
        seen.append(dialog)
        dialog.path_edit.setText(str(path))
        dialog.notes_box.setChecked(notes)
        dialog.export_button.click()

    QTimer.singleShot(0, respond)


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

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, respond)
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, respond)
