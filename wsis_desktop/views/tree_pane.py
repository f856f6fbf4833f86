"""The left pane: the entity tree and its filter box.

The filter asks the pack (quick open's index) for matching entities, loads
the branches that lead to them, and shows only those rows and their
ancestors, so filtering works on a tree that is still mostly unloaded.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QTreeView, QVBoxLayout, QWidget

from wsis_desktop.models import roles
from wsis_desktop.models.entity_tree import EntityTreeModel
from wsis_desktop.store import Pack

#: At most this many matches are shown by the filter.
FILTER_LIMIT = 300


class _MatchFilter(QSortFilterProxyModel):
    """Keeps rows whose entity id is in a set (their ancestors stay via recursive filtering)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)

    def set_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._ids is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return index.data(roles.ENTITY_ID) in self._ids


def _picking() -> bool:
    """True while Ctrl or Shift is held: the reader is picking rows (for one PDF), not opening one."""
    held = QGuiApplication.keyboardModifiers()
    return bool(held & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))


class TreePane(QWidget):
    """Filter box above the tree.

    Signals:
        entity_activated(str): the reader chose an entity (click or Enter).
        entity_browsed(str): the reader moved onto an entity with the keys (shown, one history step per run).
        export_requested(list): export these entity ids, in tree order, to one PDF (context menu).
    """

    entity_activated = Signal(str)
    entity_browsed = Signal(str)
    export_requested = Signal(list)

    def __init__(self, pack: Pack, model: EntityTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._model = model
        self._proxy = _MatchFilter(self)
        self._proxy.setSourceModel(model)
        self._selecting = False
        self._tag_ids: set[str] | None = None  # the tag filter's entries; None: no tag chosen

        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("tree_filter")
        self.filter_box.setPlaceholderText(self.tr("Filter the tree"))
        self.filter_box.setAccessibleName(self.tr("Filter the tree"))
        self.filter_box.setClearButtonEnabled(True)

        self.view = QTreeView(self)
        self.view.setObjectName("tree")
        self.view.setAccessibleName(self.tr("Contents"))
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setModel(self._proxy)
        # Ctrl/Shift+click or Shift+arrows pick several entries, for one PDF (the context menu).
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)  # into a briefing pack
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_selected = QAction(self.tr("Export selected entries to PDF…"), self.view)
        self.export_selected.setObjectName("tree_export_selected")
        self.export_selected.triggered.connect(lambda: self.export_requested.emit(self.selected_ids()))
        self.view.addAction(self.export_selected)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._filters = QHBoxLayout()
        self._filters.setSpacing(2)
        self._filters.addWidget(self.filter_box, 1)
        layout.addLayout(self._filters)
        layout.addWidget(self.view)

        self._filter_timer = QTimer(self, singleShot=True, interval=60)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.filter_box.returnPressed.connect(self._focus_first_match)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    @property
    def model(self) -> EntityTreeModel:
        return self._model

    def selected_ids(self) -> list[str]:
        """The selected entries' ids in tree order (the order a PDF of them follows)."""
        def position(index: QModelIndex) -> list[int]:
            rows: list[int] = []
            while index.isValid():
                rows.insert(0, index.row())
                index = index.parent()
            return rows

        chosen = sorted(self.view.selectionModel().selectedRows(), key=position)
        return [entity_id for entity_id in (index.data(roles.ENTITY_ID) for index in chosen) if entity_id]

    def select_entity(self, entity_id: str) -> None:
        """Show ``entity_id`` as current in the tree, opening branches above it; no signal."""
        source = self._model.index_of(entity_id)
        index = self._proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        self._selecting = True
        try:
            if index.isValid():
                self.view.scrollTo(index)
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                self.view.clearSelection()
        finally:
            self._selecting = False

    def set_filter(self, text: str) -> None:
        self.filter_box.setText(text)
        self._apply_filter()

    def add_filter_widget(self, widget: QWidget) -> None:
        """Put another filter control (the tag filter) beside the filter box."""
        self._filters.addWidget(widget)

    def set_tag_ids(self, ids: set[str] | None) -> None:
        """Show only these entries (with their ancestors), on top of the text filter; None: all."""
        self._tag_ids = ids
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter_box.text().strip()
        if not text and self._tag_ids is None:
            self._proxy.set_ids(None)
            return
        ids = {ref.id for ref in self._pack.quick_open(text, limit=FILTER_LIMIT)} if text else set()
        if self._tag_ids is not None:
            ids = (ids & self._tag_ids) if text else set(self._tag_ids)
        for entity_id in ids:
            self._model.index_of(entity_id)  # load the branches that lead to it
        self._proxy.set_ids(ids)
        self.view.expandAll()

    def _focus_first_match(self) -> None:
        self._apply_filter()
        first = self._first_leaf(QModelIndex())
        if first.isValid():
            self.view.setCurrentIndex(first)
        self.view.setFocus()

    def _first_leaf(self, parent: QModelIndex) -> QModelIndex:
        index = self._proxy.index(0, 0, parent)
        while index.isValid() and self._proxy.rowCount(index) > 0:
            index = self._proxy.index(0, 0, index)
        return index

    def _activated(self, index: QModelIndex) -> None:
        entity_id = index.data(roles.ENTITY_ID)
        if entity_id and not _picking():
            self.entity_activated.emit(entity_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entity_id = current.data(roles.ENTITY_ID) if current.isValid() else None
        if not self._selecting and entity_id and self.view.hasFocus() and not _picking():
            self.entity_browsed.emit(entity_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter_box.text():
            self.filter_box.clear()
            self.view.setFocus()
            return
        super().keyPressEvent(event)
