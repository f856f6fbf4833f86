"""The QApplication the in-process benchmarks share, with offscreen noise kept out of the table."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

#: Messages the offscreen platform prints that say nothing about the app (see pyproject's qt_log_ignore).
_IGNORED = ("This plugin does not support propagateSizeHints", "QFont::fromString")


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not any(text in message for text in _IGNORED):
        print(message, file=sys.stderr)


def application() -> QApplication:
    """The running QApplication, or a new one that drops the known offscreen messages."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_handler)
    return QApplication(sys.argv[:1])
