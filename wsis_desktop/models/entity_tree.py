"""The entity tree, loaded a batch at a time as branches open.

Only the top-level sections are read at start; a branch reads its first
batch of children when it is expanded (``canFetchMore``/``fetchMore``), so a
pack of 100,000 entities opens as fast as a small one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from wsis_desktop.models import roles
from wsis_desktop.store import Pack
from wsis_desktop.store.records import EntityRef

#: Rows read from the pack per fetchMore.
BATCH = 200

AnyIndex = QModelIndex | QPersistentModelIndex


class _Node:
    """One loaded row; ``children`` grows batch by batch up to ``child_count``."""

    __slots__ = ("child_count", "children", "parent", "ref", "row")

    def __init__(self, ref: EntityRef | None, child_count: int, parent: _Node | None, row: int) -> None:
        self.ref = ref
        self.child_count = child_count
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []

    @property
    def entity_id(self) -> str | None:
        return self.ref.id if self.ref else None


class EntityTreeModel(roles.EntityDragRows, QAbstractItemModel):
    """A lazy, read-only tree over ``Pack.children``; ``icon_for(kind)`` supplies decorations."""

    def __init__(self, pack: Pack, icon_for: Callable[[str], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._icon_for = icon_for
        self._root = _Node(None, pack.child_count(None), None, 0)
        self._fetch(self._root)

    # ---- Qt model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt overloads parent()
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        if parent.column() > 0:
            return False
        return self._node(parent).child_count > 0

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.column() > 0:
            return False
        node = self._node(parent)
        return len(node.children) < node.child_count

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.column() <= 0:
            self._fetch(self._node(parent), parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        ref = self._node(index).ref
        assert ref is not None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{ref.title} ({ref.acronym})" if ref.acronym else ref.title
        return roles.entity_data(ref, role, self._icon_for)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # ---- own API -------------------------------------------------------------------------

    def index_of(self, entity_id: str) -> QModelIndex:
        """The index of ``entity_id``, loading the branches above it as needed (invalid if unknown)."""
        path = [ref.id for ref in self._pack.ancestors(entity_id)] + [entity_id]
        node, index = self._root, QModelIndex()
        for step in path:
            found = self._find_child(node, index, step)
            if found is None:
                return QModelIndex()
            node = found
            index = self.createIndex(node.row, 0, node)
        return index

    def loaded_count(self) -> int:
        """How many rows are loaded so far (for tests and diagnostics)."""
        count, stack = 0, [self._root]
        while stack:
            node = stack.pop()
            count += len(node.children)
            stack.extend(node.children)
        return count

    # ---- loading -------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        node: _Node = index.internalPointer()  # the node createIndex was given
        return node

    def _fetch(self, node: _Node, index: AnyIndex = QModelIndex(), until: int = 0) -> None:
        """Load the next batch of ``node``'s children, or up to row ``until`` if that is further."""
        start = len(node.children)
        want = max(BATCH, until + 1 - start)
        batch = self._pack.children(node.entity_id, offset=start, limit=want) if node.child_count else []
        if not batch:
            node.child_count = start  # the pack had fewer than it said: stop asking
            return
        self.beginInsertRows(index, start, start + len(batch) - 1)
        node.children.extend(
            _Node(item.ref, item.child_count, node, start + i) for i, item in enumerate(batch))
        self.endInsertRows()

    def _find_child(self, node: _Node, index: AnyIndex, entity_id: str) -> _Node | None:
        for child in node.children:
            if child.entity_id == entity_id:
                return child
        row = self._pack.row_of(entity_id)
        if row < 0 or row >= node.child_count:
            return None
        if row >= len(node.children):
            self._fetch(node, index, until=row)
        if row < len(node.children) and node.children[row].entity_id == entity_id:
            return node.children[row]
        return next((c for c in node.children if c.entity_id == entity_id), None)
