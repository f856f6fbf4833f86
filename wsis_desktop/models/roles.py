"""Custom item-data roles, in one place for every model and view."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QMimeData, QModelIndex, Qt

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

#: Entities dragged out of the tree or the search results (a JSON list of ids), e.g. into a briefing pack.
ENTITY_IDS_MIME = "application/x-wsis-entity-ids"


def entity_mime(indexes: Iterable[QModelIndex]) -> QMimeData:
    """The dragged rows' entity ids (in the order given, once each), and their titles as plain text."""
    rows = {index.data(ENTITY_ID): index.data(Qt.ItemDataRole.DisplayRole) for index in indexes
            if index.isValid() and index.data(ENTITY_ID)}
    data = QMimeData()
    data.setData(ENTITY_IDS_MIME, json.dumps(list(rows)).encode())
    data.setText("\n".join(str(title) for title in rows.values()))
    return data


def entity_ids_of(data: QMimeData) -> list[str]:
    """The entity ids ``entity_mime`` put in ``data``; [] for anything else or a damaged payload."""
    if not data.hasFormat(ENTITY_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(ENTITY_IDS_MIME).data()).decode())
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


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


class EntityDragRows:
    """Mixed into a model whose rows are entities: they can be dragged out (into a briefing pack)
    as entity ids, and are only ever copied, never moved out of the model."""

    def mimeTypes(self) -> list[str]:
        return [ENTITY_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return entity_mime(indexes)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
