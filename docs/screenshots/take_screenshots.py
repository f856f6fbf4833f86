"""Take the reader's screenshots at 1366×768 and 1920×1080, light and dark, as the app is used:
a profile with bookmarks, a note and a briefing pack, the timeline docked below.

Run on a virtual screen of each size, so fonts, styles, the window system and the panes'
screen-relative sizes are real:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_screenshots.py [PACK]
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/take_screenshots.py [PACK]
The dark shots set a dark QPalette on the application, as a dark desktop theme would.
Full-colour PNGs: 256 colours flatten the faint shading of badges, eras and the note box.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

from wsis_desktop.app import attach_timeline
from wsis_desktop.services.resources import default_pack_path
from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.views.main_window import MainWindow

OUT = Path(__file__).resolve().parent
ENTITY = "igf"
NOTE = ("**Our line:** support a permanent IGF mandate (A/RES/80/173).\n\n"
        "- ask about funding in the CSTD session\n- check the 2027 review dates")


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#2b2b2e", roles.WindowText: "#e6e6e6", roles.Base: "#1f1f22",
        roles.AlternateBase: "#323236", roles.Text: "#e6e6e6", roles.Button: "#37373b",
        roles.ButtonText: "#e6e6e6", roles.Highlight: "#3d6fb4", roles.HighlightedText: "#ffffff",
        roles.Link: "#7fb2ff", roles.PlaceholderText: "#9a9aa0", roles.ToolTipBase: "#323236",
        roles.ToolTipText: "#e6e6e6", roles.Mid: "#55555a", roles.Dark: "#19191b", roles.Light: "#4a4a4f",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def in_use(window: MainWindow) -> None:
    """The state a delegate's copy is in after a day's preparation."""
    for entity_id in ("wsis-plus-20", "cstd", ENTITY):
        window.open_entity(entity_id)
        window.actions_.toggle_bookmark.trigger()
    window.open_entity("a-res-70-125")
    window.briefing.add_to_pack.trigger()
    window.open_entity(ENTITY)
    window.briefing.add_to_pack.trigger()
    window.briefing.dock.hide()
    window.personal.notes_dock.show()
    window.personal.notes.editor.setPlainText(NOTE)
    window.personal.notes.save_now()
    window.personal.bookmarks_dock.show()


def shoot(app: QApplication, pack: Pack, size: tuple[int, int], theme: str) -> Path:
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    with tempfile.TemporaryDirectory() as profile:
        window = MainWindow(pack, Settings(Path(profile)))
        window.resize(*size)
        window.show()
        attach_timeline(window, pack)
        in_use(window)
        window.resize(*size)
        settle(app)
        path = OUT / f"reader-{size[0]}x{size[1]}-{theme}.png"
        window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(path), "PNG", 9)
        window.close()
    return path


def main() -> None:
    QCoreApplication.setApplicationName("WSIS Desktop screenshots")
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    pack = Pack.open(sys.argv[1] if len(sys.argv) > 1 else default_pack_path())
    screen = QGuiApplication.primaryScreen().size()  # the window fills it, as if maximised
    for theme in ("light", "dark"):
        print(shoot(app, pack, (screen.width(), screen.height()), theme))


if __name__ == "__main__":
    main()
