"""The GUI entry point: open the pack, show the reader window, run the event loop.

Called by ``cli.run_gui`` with the parsed arguments. A pack that cannot be
opened gives one line on stderr and in a dialog, and a non-zero exit.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from wsis_desktop import APP_ID, APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:
    from wsis_desktop.store import Pack
    from wsis_desktop.views.main_window import MainWindow

EXIT_PACK_ERROR = 1
_log = logging.getLogger(__name__)


def _application() -> tuple[QApplication, bool]:
    """The running QApplication, or a new one; True if it was made here."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing, False
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(sys.argv[:1])
    from wsis_desktop.services import qtlog, resources

    qtlog.install()
    icon = resources.resource_path("app", "wsis-desktop.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app, True


def _fail(message: str, show_dialog: bool) -> int:
    print(f"wsis-desktop: {message}", file=sys.stderr)
    if show_dialog:
        from PySide6.QtWidgets import QMessageBox  # only on failure: its type costs ~3 ms to make

        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "WSIS Desktop"),
                          message)
        box.setObjectName("pack_error_dialog")
        box.exec()
    return EXIT_PACK_ERROR


def run(args: argparse.Namespace) -> int:
    """Open the window on the pack from ``args``; return the exit code."""
    app, made_here = _application()
    from wsis_desktop.services.resources import default_pack_path
    from wsis_desktop.services.settings import Settings
    from wsis_desktop.store import Pack, PackError

    try:
        pack = Pack.open(args.data or default_pack_path())
    except PackError as error:
        return _fail(str(error), show_dialog=not args.quit_when_ready)
    from wsis_desktop.views.main_window import MainWindow

    window = MainWindow(pack, Settings(args.profile))
    if args.quit_when_ready:  # a smoke test quits before the timeline and personal layer are built
        window.became_ready.connect(lambda: QTimer.singleShot(0, window.close))
    # Not needed for the first paint (importing and laying out 10,000 events takes 100–400 ms):
    # the timeline is built once the ready window has been painted, a moment after, and after the
    # personal layer (a zero timer lets the event loop handle whatever is waiting in between).
    window.first_painted.connect(lambda: QTimer.singleShot(0, window, lambda: attach_timeline(window, pack)))
    window.show()
    if not made_here:
        return 0  # embedded in a running app (tests): the caller drives the loop
    code = app.exec()
    pack.close()
    return code


def attach_timeline(window: MainWindow, pack: Pack) -> None:
    """Give the (still open) window the timeline view when that feature is installed."""
    if not window.isVisible() or window.timeline is not None:
        return
    try:
        from wsis_desktop.timeline.widget import TimelineView
    except ImportError:
        return
    window.set_timeline(TimelineView(pack))
