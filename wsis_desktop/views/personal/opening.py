"""Opening the user's own file for the window: a refused file means a reader without personal features.

Kept light (no widgets until a refusal must be shown) so start-up stays fast.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wsis_desktop.userdata import UserDataError, UserStore, default_user_db_path

_log = logging.getLogger(__name__)


def open_user_store(profile: Path | None) -> tuple[UserStore | None, str]:
    """The user store of ``profile`` (or the app-data folder), or None and the one-line reason."""
    try:
        path = default_user_db_path(profile)
        return UserStore.open(path), ""
    except UserDataError as error:
        _log.warning("user data refused: %s", error)
        return None, str(error)
    except OSError as error:  # the folder itself cannot be made
        _log.warning("user data folder unusable: %s", error)
        return None, QCoreApplication.translate("Personal", "Your data folder cannot be used: {0}.").format(
            error.strerror or error)


def show_refusal(parent: QWidget, reason: str) -> QMessageBox:
    """Say once, without blocking the reader, that personal features are off and why."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Personal", "Your own data"),
                      reason, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("user_data_refused_dialog")
    box.setInformativeText(QCoreApplication.translate(
        "Personal", "The file was not changed. The reader works as usual; bookmarks, notes and recent "
        "history are off until this is fixed."))
    box.open()
    return box
