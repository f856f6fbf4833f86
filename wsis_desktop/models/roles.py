"""Custom item-data roles, in one place for every model and view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from wsis_desktop.store.records import EntityRef

_BASE = Qt.ItemDataRole.UserRole

#: The entity id of a row (str).
ENTITY_ID = _BASE + 1
#: The entity's kind (str, e.g. "mechanism").
KIND = _BASE + 2
#: A search snippet as safe HTML, matched words in <b> (str).
SNIPPET_HTML = _BASE + 3
#: The kind shown to people, e.g. "Action line" (str).
KIND_LABEL = _BASE + 4


def entity_data(ref: EntityRef, role: int, icon_for: Callable[[str], object] | None) -> object:
    """What any row showing an entity answers for ``role``: shared by the tree and result models."""
    if role == Qt.ItemDataRole.DisplayRole:
        return ref.title
    if role == Qt.ItemDataRole.DecorationRole and icon_for is not None:
        return icon_for(ref.kind)
    if role == ENTITY_ID:
        return ref.id
    if role == KIND:
        return ref.kind
    if role == KIND_LABEL:
        return ref.kind_label
    return None
