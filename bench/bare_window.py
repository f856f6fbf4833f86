"""The yardstick for start-up: a bare PySide6 window that exits as soon as it is shown.

Started exactly like ``wsis-desktop --quit-when-ready`` (same interpreter, same flags,
same environment), so the ratio of the two measures what the app adds to Qt's own start.
With ``--print-ready`` it prints when it was shown (as bench/ready_probe.py does for the app).
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from collections.abc import Callable


class QuitWhenShown(QObject):
    """Quits the application once the window has been shown and the event loop has run."""

    def __init__(self, report: bool) -> None:
        super().__init__()
        self._report = report

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            if self._report:
                print("ready-at", repr(time.monotonic()), flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def show_and_quit(title: str, fill: Callable[[QMainWindow], None] | None = None) -> int:
    """Show a QMainWindow (``fill`` gives it its content, once the application exists) and quit
    when it has been shown: the one way every yardstick window starts and ends."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle(title)
    window.resize(1024, 700)
    if fill is not None:
        fill(window)
    quitter = QuitWhenShown("--print-ready" in sys.argv)
    window.installEventFilter(quitter)
    window.show()
    return app.exec()


def main() -> int:
    return show_and_quit("Bare window")


if __name__ == "__main__":
    sys.exit(main())
