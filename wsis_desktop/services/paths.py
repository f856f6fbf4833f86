"""Where the user's own files live: QStandardPaths, or one folder given by ``--profile``.

One function decides, so settings, history and notes can never end up split
between the profile folder and the system's default places.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def app_data_dir(profile: Path | None) -> Path:
    """The folder for the user's data (created if missing)."""
    if profile is not None:
        folder = Path(profile)
    else:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings_file(profile: Path | None) -> Path | None:
    """The settings file inside ``--profile``, or None to use the platform's default store."""
    return None if profile is None else app_data_dir(profile) / "settings.ini"
