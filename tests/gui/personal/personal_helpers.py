"""Helpers for the personal-layer GUI tests: answering file dialogs, reading the detail page."""

from __future__ import annotations

from pathlib import Path

from gui_dialogs import when_modal  # tests/gui/gui_dialogs.py: that folder is on sys.path
from PySide6.QtWidgets import QFileDialog

from wsis_desktop.views.main_window import MainWindow


def answer_file_dialog(path: Path, seen: list[str]) -> None:
    """Choose ``path`` in the next modal file dialog (Qt's own dialog: offscreen has no native one)."""

    def respond(dialog: QFileDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.selectFile(str(path))
        dialog.accept()

    when_modal(QFileDialog, respond)


def page_text(window: MainWindow) -> str:
    return window.detail.toPlainText()
