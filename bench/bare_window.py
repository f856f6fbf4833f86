"""The yardstick for start-up: a bare PySide6 window that exits as soon as it is shown.

Started exactly like ``wsis-desktop --quit-when-ready`` (same interpreter, same flags,
same environment), so the ratio of the two measures what the app adds to Qt's own start.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _QuitWhenShown(QObject):
    """Quits the application once the window has been shown and the event loop has run."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1024, 700)
    quitter = _QuitWhenShown()
    window.installEventFilter(quitter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
