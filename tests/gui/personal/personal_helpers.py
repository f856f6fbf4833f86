"""Helpers for the personal-layer GUI tests: answering file dialogs, reading the detail page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from wsis_desktop.views.main_window import MainWindow


def answer_file_dialog(path: Path, seen: list[str]) -> None:
    """Choose ``path`` in the next modal file dialog (Qt's own dialog: offscreen has no native one)."""

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, respond)
            return
        seen.append(dialog.windowTitle())
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, respond)


def page_text(window: MainWindow) -> str:
    return window.detail.toPlainText()
