"""Take the reader's screenshots: 1366×768 and 1920×1080, light and dark.

Run on a virtual screen so fonts and styles are real:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/take_screenshots.py [PACK]
The dark shots set a dark QPalette on the application, as a dark desktop theme would.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from wsis_desktop.app import attach_timeline
from wsis_desktop.services.resources import default_pack_path
from wsis_desktop.services.settings import Settings
from wsis_desktop.store import Pack
from wsis_desktop.views.main_window import MainWindow

OUT = Path(__file__).resolve().parent
SIZES = [(1366, 768), (1920, 1080)]
ENTITY = "igf"


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


def shoot(app: QApplication, pack: Pack, size: tuple[int, int], theme: str, entity: str) -> Path:
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    with tempfile.TemporaryDirectory() as profile:
        window = MainWindow(pack, Settings(Path(profile)))
        attach_timeline(window, pack)
        window.resize(*size)
        window.show()
        window.open_entity(entity)
        for _ in range(5):
            app.processEvents()
        path = OUT / f"reader-{size[0]}x{size[1]}-{theme}.png"
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8,
                                                        Qt.ImageConversionFlag.ThresholdDither)
        image.save(str(path), "PNG", 0)  # 256 colours, best compression: small files in git
        window.close()
    return path


def main() -> None:
    QCoreApplication.setApplicationName("WSIS Desktop screenshots")
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    pack = Pack.open(sys.argv[1] if len(sys.argv) > 1 else default_pack_path())
    entity = sys.argv[2] if len(sys.argv) > 2 else ENTITY
    for size in SIZES:
        for theme in ("light", "dark"):
            print(shoot(app, pack, size, theme, entity))


if __name__ == "__main__":
    main()
