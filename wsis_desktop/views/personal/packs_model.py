"""The items of one briefing pack as a list model: entries and timeline ranges, reorderable by drag.

The store is the truth: every move is written there first (one commit), then
the rows are re-read, so what the list shows is what a restart will show.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette

from wsis_desktop.models import roles
from wsis_desktop.store.dates import PartialDate
from wsis_desktop.userdata import PackItem, UserStore

AnyIndex = QModelIndex | QPersistentModelIndex
Lookup = Callable[[Iterable[str]], Collection[str]]
MIME_TYPE = "application/x-wsis-pack-items"
#: The pack item id of a row (int).
ITEM_ID = roles.KIND_LABEL + 20


def range_label(item: PackItem) -> str:
    """ "2003-12 to 2005" as people read it: "December 2003 to 2005"."""
    start = PartialDate.parse(item.start).display() if item.start else "…"
    end = PartialDate.parse(item.end).display() if item.end else start
    return start if end == start else f"{start} – {end}"


class PackItemsModel(QAbstractListModel):
    """Rows of the pack ``pack_id`` (None: no pack chosen).

    ``lookup`` (the knowledge pack's ``refs``) says which of the items' entity ids still exist.
    """

    def __init__(self, store: UserStore, lookup: Lookup | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._lookup = lookup
        self._known: Collection[str] | None = None
        self.pack_id: int | None = None
        self._items: list[PackItem] = []

    def set_pack(self, pack_id: int | None) -> None:
        self.pack_id = pack_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = list(self._store.pack(self.pack_id).items) if self.pack_id is not None else []
        if self._lookup is not None:
            self._known = self._lookup(i.entity_id for i in self._items if i.entity_id)
        self.endResetModel()

    def items(self) -> list[PackItem]:
        return list(self._items)

    def item(self, row: int) -> PackItem:
        return self._items[row]

    def is_orphan(self, row: int) -> bool:
        """True if the item names an entity the knowledge pack no longer has."""
        item = self._items[row]
        return item.kind == "entity" and self._known is not None and item.entity_id not in self._known

    # ---- reading -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        orphan = self.is_orphan(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if item.kind == "range":
                label = self.tr("Timeline: {0}").format(range_label(item))
                return f"{label} · {item.title}" if item.title else label
            gone = self.tr("{0} (no longer in the knowledge base)")
            return gone.format(item.title) if orphan else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("A timeline range: exported as its own timeline page") if item.kind == "range" \
                else item.entity_id
        if role == Qt.ItemDataRole.ForegroundRole and orphan:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == roles.ENTITY_ID:
            return item.entity_id
        if role == ITEM_ID:
            return item.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)

    # ---- reordering ----------------------------------------------------------------------

    def move(self, row: int, to_row: int) -> bool:
        """Move the item at ``row`` so it ends at ``to_row`` (clamped); written to the store first."""
        if not 0 <= row < len(self._items):
            return False
        target = max(0, min(to_row, len(self._items) - 1))
        if target == row:
            return False
        self._store.move_item(self._items[row].id, target)
        self.reload()
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction  # reorder here; entries from elsewhere

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE, roles.ENTITY_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self._items[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data.setData(MIME_TYPE, json.dumps({"pack": self.pack_id, "items": ids}).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        if parent.isValid() or self.pack_id is None:
            return False
        if data.hasFormat(roles.ENTITY_IDS_MIME):  # from the tree or the search results
            return True
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Items dragged within this pack land before ``row`` (or at the end); so do entries
        dragged in from the tree or search, except those already in the pack."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if data.hasFormat(roles.ENTITY_IDS_MIME):
            return self._add_dropped(roles.entity_ids_of(data), row)
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if payload.get("pack") != self.pack_id:
            return False
        ids = [i.id for i in self._items]
        moved = [i for i in payload.get("items", []) if i in ids]
        if not moved:
            return False
        insert_at = len(ids) if row < 0 else row
        insert_at -= sum(1 for i in moved if ids.index(i) < insert_at)
        with self._store.transaction():
            for offset, item_id in enumerate(moved):
                self._store.move_item(item_id, insert_at + offset)
        self.reload()
        return True

    def _add_dropped(self, entity_ids: list[str], row: int) -> bool:
        assert self.pack_id is not None  # checked by canDropMimeData
        present = {item.entity_id for item in self._items}
        new = [entity_id for entity_id in dict.fromkeys(entity_ids) if entity_id not in present]
        known = self._lookup(new) if self._lookup is not None else {}
        new = [entity_id for entity_id in new if self._lookup is None or entity_id in known]
        if not new:
            return False
        at = len(self._items) if row < 0 else min(row, len(self._items))
        with self._store.transaction():
            for offset, entity_id in enumerate(new):
                ref = known.get(entity_id) if isinstance(known, Mapping) else None
                title = getattr(ref, "title", entity_id)  # the pack's refs give titles
                self._store.add_entity_item(self.pack_id, entity_id, title, at + offset)
        self.reload()
        return True

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int, destination_parent: AnyIndex,
                 destination_child: int) -> bool:
        """What QListView calls for an internal drag; the same store move as dropMimeData."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        return self.move(source_row, target)
