"""Custom item-data roles, in one place for every model and view."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = Qt.ItemDataRole.UserRole

#: The entity id of a row (str).
ENTITY_ID = _BASE + 1
#: The entity's kind (str, e.g. "mechanism").
KIND = _BASE + 2
#: A search snippet as safe HTML, matched words in <b> (str).
SNIPPET_HTML = _BASE + 3
#: The kind shown to people, e.g. "Action line" (str).
KIND_LABEL = _BASE + 4
