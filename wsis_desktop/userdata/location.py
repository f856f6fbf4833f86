"""Where the user file lives by default: the app-data folder, or the ``--profile`` folder."""

from __future__ import annotations

from pathlib import Path

from wsis_desktop.services.paths import app_data_dir

USER_DB_NAME = "userdata.sqlite"


def default_user_db_path(profile: Path | None) -> Path:
    """The user file inside ``profile``, else in QStandardPaths.AppDataLocation (folder created if missing).

    The folder comes from services.paths.app_data_dir, the one function that
    decides where user files go, so notes and settings never end up split.
    """
    return app_data_dir(profile) / USER_DB_NAME
