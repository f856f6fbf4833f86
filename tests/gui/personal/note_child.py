"""Child process for the durability test: type a note in a real window, say SAVED once the state line
shows "Saved", then keep running until the parent kills it.

Usage: python note_child.py PACK PROFILE ENTITY_ID TEXT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # imported after QT_QPA_PLATFORM is set, on purpose
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.views.main_window import MainWindow


def main() -> None:
    pack_path, profile, entity_id, text = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    window = MainWindow(Pack.open(Path(pack_path)), Settings(Path(profile)))
    window.show()
    window.open_entity(entity_id)
    state = window.personal.notes.state

    def report() -> None:
        if state.text() == "Saved":
            print("SAVED", flush=True)
        else:
            QTimer.singleShot(5, report)

    def type_note() -> None:
        QTest.keyClicks(window.personal.notes.editor, text)
        report()

    QTimer.singleShot(0, type_note)
    app.exec()


if __name__ == "__main__":
    main()
