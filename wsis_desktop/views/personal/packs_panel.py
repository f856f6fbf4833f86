"""The Briefing packs panel: choose, create, rename or delete a pack; order its entries and ranges.

Reordering works by drag and drop and by keyboard (Ctrl+Up/Ctrl+Down or
Alt+Up/Alt+Down); Delete removes an item, Enter opens its entry. Every change
is written to the user's file at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsis_desktop.store.dates import PartialDate
from wsis_desktop.userdata import UserDataError, UserStore
from wsis_desktop.views.personal.packs_model import Lookup, PackItemsModel

#: What export takes: entity ids and (start, end) ranges, in the pack's order.
Sequence = list[str | tuple[PartialDate, PartialDate]]
#: Ctrl or Alt with Up/Down moves the current item.
_MOVE_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class PacksPanel(QWidget):
    """One pack at a time, chosen in a combo box.

    Signals:
        entity_activated(str): Enter or a double click on an entry of the pack.
        export_requested(object, str): export these items (a Sequence) under this pack name.
        said(str): a one-line message for the status bar (added, already there, could not save).
    """

    entity_activated = Signal(str)
    export_requested = Signal(object, str)
    said = Signal(str)

    def __init__(self, store: UserStore, lookup: Lookup | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packs_panel")
        self._store = store
        self.model = PackItemsModel(store, lookup, self)
        self.pack_combo = QComboBox(self)
        self.pack_combo.setObjectName("pack_choice")
        self.pack_combo.setAccessibleName(self.tr("Briefing pack"))
        self.new_button = self._tool(self.tr("New…"), self.tr("Create a new briefing pack"),
                                     self.ask_new_pack)
        self.rename_button = self._tool(self.tr("Rename…"), self.tr("Rename this briefing pack"),
                                        self.ask_rename_pack)
        self.delete_button = self._tool(self.tr("Delete…"), self.tr("Delete this briefing pack"),
                                        self.ask_delete_pack)
        self.view = self._list_view()
        self.hint = QLabel(self.tr("Empty. Add the shown entry with Ctrl+Shift+K, entries from the tree or "
                                   "search results (context menu), or a range from the timeline."), self)
        self.hint.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export pack to PDF…"), self)
        self.export_button.setObjectName("export_pack")
        self.export_button.setAccessibleName(self.tr("Export the briefing pack to PDF"))
        self.export_button.clicked.connect(self.request_export)
        self._layout()
        self.pack_combo.currentIndexChanged.connect(self._pack_chosen)
        self.refresh_packs()

    # ---- building ------------------------------------------------------------------------

    def _tool(self, text: str, name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def _list_view(self) -> QListView:
        view = QListView(self)
        view.setObjectName("pack_items")
        view.setAccessibleName(self.tr("Items of the briefing pack"))
        view.setToolTip(self.tr("Enter opens the entry · Ctrl+Up / Ctrl+Down (or Alt+Up / Alt+Down) move the "
                                "item · Delete removes it · drag to reorder, or drag entries in from the "
                                "tree or the search results"))
        view.setModel(self.model)
        # DragDrop, not InternalMove: entries may also come from the tree or the results (copied in);
        # an internal drag still moves (QListView moves the rows itself and removes nothing).
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDropIndicatorShown(True)
        view.activated.connect(self._activated)
        view.installEventFilter(self)
        return view

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(2)
        label = QLabel(self.tr("&Pack:"), self)
        label.setBuddy(self.pack_combo)
        top.addWidget(label)
        top.addWidget(self.pack_combo, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.export_button)

    # ---- packs ---------------------------------------------------------------------------

    def current_pack_id(self) -> int | None:
        data = self.pack_combo.currentData()
        return None if data is None else int(data)

    def refresh_packs(self, choose: int | None = None) -> None:
        """Re-read the pack names; keep (or move to) ``choose`` or the current pack."""
        keep = choose if choose is not None else self.current_pack_id()
        self.pack_combo.blockSignals(True)
        self.pack_combo.clear()
        for pack in self._store.packs():
            self.pack_combo.addItem(pack.name, pack.id)
        self.pack_combo.setCurrentIndex(max(self.pack_combo.findData(keep), 0) if keep is not None else 0)
        self.pack_combo.blockSignals(False)
        self._pack_chosen()

    def _pack_chosen(self) -> None:
        self.model.set_pack(self.current_pack_id())
        has_pack = self.current_pack_id() is not None
        for widget in (self.rename_button, self.delete_button):
            widget.setEnabled(has_pack)
        self._update_state()

    def _update_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.hint.setVisible(empty)
        self.export_button.setEnabled(not empty)

    def create_pack(self, name: str) -> bool:
        try:
            pack = self._store.create_pack(name)
        except UserDataError as error:
            self._problem(str(error))
            return False
        self.refresh_packs(pack.id)
        return True

    def rename_pack(self, name: str) -> bool:
        pack_id = self.current_pack_id()
        if pack_id is None:
            return False
        try:
            self._store.rename_pack(pack_id, name)
        except UserDataError as error:
            self._problem(str(error))
            return False
        self.refresh_packs(pack_id)
        return True

    def delete_pack(self) -> None:
        pack_id = self.current_pack_id()
        if pack_id is not None:
            self._store.delete_pack(pack_id)
            self.refresh_packs()

    def ask_new_pack(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New briefing pack"), self.tr("Name of the new pack:"))
        if ok and name.strip():
            self.create_pack(name)

    def ask_rename_pack(self) -> None:
        if self.current_pack_id() is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename briefing pack"), self.tr("New name:"),
                                        text=self.pack_combo.currentText())
        if ok and name.strip():
            self.rename_pack(name)

    def ask_delete_pack(self) -> None:
        if self.current_pack_id() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete briefing pack"),
            self.tr("Delete the briefing pack “{0}” and its {1} items? Your notes, tags and bookmarks stay.")
            .format(self.pack_combo.currentText(), self.model.rowCount()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.delete_pack()

    def _problem(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Briefing packs"), message)

    def _ensure_pack(self) -> int | None:
        """The current pack, made first if there is none; None if it could not be made (and was said)."""
        if self.current_pack_id() is None:
            self.create_pack(self.tr("Briefing pack"))
        return self.current_pack_id()

    # ---- items ---------------------------------------------------------------------------

    def add_entity(self, entity_id: str, title: str) -> bool:
        """Append an entry to the current pack (made if there is none); an entry is listed once."""
        try:
            pack_id = self._ensure_pack()
            if pack_id is None:
                return False
            if any(item.entity_id == entity_id for item in self.model.items()):
                self.said.emit(self.tr("“{0}” is already in the briefing pack.").format(title))
                return False
            self._store.add_entity_item(pack_id, entity_id, title)
        except UserDataError as error:
            self.said.emit(str(error))
            return False
        self._added(self.tr("Added “{0}” to the briefing pack “{1}”.")
                    .format(title, self.pack_combo.currentText()))
        return True

    def add_range(self, start: PartialDate, end: PartialDate, title: str = "") -> bool:
        try:
            pack_id = self._ensure_pack()
            if pack_id is None:
                return False
            self._store.add_range_item(pack_id, start.iso(), end.iso(), title)
        except UserDataError as error:
            self.said.emit(str(error))
            return False
        self._added(self.tr("Added the range {0} to {1} to the briefing pack “{2}”.")
                    .format(start.display(), end.display(), self.pack_combo.currentText()))
        return True

    def _added(self, message: str) -> None:
        self.model.reload()
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1))
        self._update_state()
        self.said.emit(message)

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        if row >= 0 and self.model.move(row, row + step):
            self.view.setCurrentIndex(self.model.index(max(0, min(row + step, self.model.rowCount() - 1))))

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        self._store.remove_item(self.model.item(row).id)
        self.model.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._update_state()

    def sequence(self) -> Sequence:
        """The pack's items for export, in order; entries no longer in the knowledge base are left out."""
        out: Sequence = []
        for row, item in enumerate(self.model.items()):
            if item.kind == "range" and item.start:
                start = PartialDate.parse(item.start)
                out.append((start, PartialDate.parse(item.end) if item.end else start))
            elif item.entity_id and not self.model.is_orphan(row):
                out.append(item.entity_id)
        return out

    def left_out(self) -> list[str]:
        """Titles of the entries an export must leave out: no longer in the knowledge base."""
        return [item.title for row, item in enumerate(self.model.items()) if self.model.is_orphan(row)]

    def request_export(self) -> None:
        """Export the pack; first say which entries cannot be part of it, and let the reader stop."""
        if not self.model.rowCount():
            return
        missing = self.left_out()
        if missing:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export briefing pack"),
                              self.tr("Not in this knowledge base any more, so left out of the PDF: {0}.")
                              .format("; ".join(f"“{title}”" for title in missing)),
                              QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("pack_export_left_out")
            if box.exec() != QMessageBox.StandardButton.Ok:
                return
        self.export_requested.emit(self.sequence(), self.pack_combo.currentText())

    def _activated(self, index: QModelIndex) -> None:
        entity_id = self.model.item(index.row()).entity_id
        if entity_id:
            self.entity_activated.emit(entity_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & _MOVE_MODIFIERS and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)
