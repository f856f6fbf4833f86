"""Qt's own messages into Python logging, so they land in the same place as ours."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_log = logging.getLogger("qt")


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    _log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)


def install() -> None:
    """Route Qt messages to the ``qt`` logger (call once, before the first window)."""
    qInstallMessageHandler(_handle)
