"""Icons by entity kind, from resources/icons/<kind>.svg, loaded once each."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from wsis_desktop.services.resources import resource_path


@cache
def kind_icon(kind: str) -> QIcon:
    """The icon for ``kind`` (an empty icon for a kind with no picture)."""
    path = resource_path("icons", f"{kind}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
