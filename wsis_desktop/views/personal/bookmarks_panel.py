"""The Bookmarks panel: the reader's starred entries, and what is no longer in the knowledge base.

A view only: it lists what it is given and says what the reader asked for
through signals; the personal layer changes the store.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from wsis_desktop.userdata import Bookmark, Orphan

ENTITY_ROLE = Qt.ItemDataRole.UserRole
ORPHAN_ROLE = Qt.ItemDataRole.UserRole + 1


class BookmarksPanel(QWidget):
    """Two groups: bookmarks (open, remove) and orphans (move to another entry, remove).

    Signals:
        entity_chosen(str): open this bookmarked entity.
        bookmark_removed(str): the reader removed the bookmark on this entity.
        orphan_move_requested(str): move everything on this vanished entity id to another entry.
        orphan_removed(str): the reader removed everything on this vanished entity id.
    """

    entity_chosen = Signal(str)
    bookmark_removed = Signal(str)
    orphan_move_requested = Signal(str)
    orphan_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarks_panel")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("bookmarks_list")
        self.tree.setAccessibleName(self.tr("Bookmarks"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.itemActivated.connect(self._activated)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._marks = self._group(self.tr("Bookmarks"), "bookmarks_group")
        self._orphans = self._group(self.tr("Not in this knowledge base"), "orphans_group")

    def _group(self, title: str, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, title)
        item.setExpanded(True)
        self.tree.setProperty(name, title)
        return item

    def set_items(self, bookmarks: Iterable[tuple[Bookmark, str]], orphans: list[Orphan]) -> None:
        """Show ``(bookmark, current title)`` pairs and the orphans (grouped by their vanished entity)."""
        current = self.current_entity()
        for group in (self._marks, self._orphans):
            group.takeChildren()
        for bookmark, title in bookmarks:
            item = QTreeWidgetItem(self._marks, [title])
            item.setData(0, ENTITY_ROLE, bookmark.entity_id)
            item.setToolTip(0, bookmark.entity_id)
        if not self._marks.childCount():
            hint = self.tr("No bookmarks yet: Ctrl+D stars the entry you read")
            empty = QTreeWidgetItem(self._marks, [hint])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for entity_id, (title, what) in _by_entity(orphans).items():
            item = QTreeWidgetItem(self._orphans, [self.tr("{0} ({1})").format(title, ", ".join(what))])
            item.setData(0, ORPHAN_ROLE, entity_id)
            item.setToolTip(0, self.tr("“{0}” ({1}) is no longer in this knowledge base. Enter: move to "
                                       "another entry; Delete: remove.").format(title, entity_id))
        self._orphans.setHidden(self._orphans.childCount() == 0)
        self._marks.setExpanded(True)
        self._orphans.setExpanded(True)
        self._select(current)

    def current_entity(self) -> str | None:
        item = self.tree.currentItem()
        return (item.data(0, ENTITY_ROLE) or item.data(0, ORPHAN_ROLE)) if item else None

    def _select(self, entity_id: str | None) -> None:
        for group in (self._marks, self._orphans):
            for row in range(group.childCount()):
                item = group.child(row)
                if entity_id and entity_id in (item.data(0, ENTITY_ROLE), item.data(0, ORPHAN_ROLE)):
                    self.tree.setCurrentItem(item)
                    return
        first = self._marks.child(0) if self._marks.childCount() else None
        if first is not None:
            self.tree.setCurrentItem(first)

    def entries(self, orphans: bool = False) -> list[tuple[str, str]]:
        """(entity id, shown text) of the bookmark rows, or of the orphan rows."""
        group, role = (self._orphans, ORPHAN_ROLE) if orphans else (self._marks, ENTITY_ROLE)
        rows = (group.child(i) for i in range(group.childCount()))
        return [(item.data(0, role), item.text(0)) for item in rows if item.data(0, role)]

    # ---- reader's requests ---------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ENTITY_ROLE):
            self.entity_chosen.emit(item.data(0, ENTITY_ROLE))
        elif item.data(0, ORPHAN_ROLE):
            self.orphan_move_requested.emit(item.data(0, ORPHAN_ROLE))

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        if item.data(0, ENTITY_ROLE):
            self.bookmark_removed.emit(item.data(0, ENTITY_ROLE))
        elif item.data(0, ORPHAN_ROLE):
            self.orphan_removed.emit(item.data(0, ORPHAN_ROLE))

    def _context_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        menu = self._menu_for(item)
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))

    def _menu_for(self, item: QTreeWidgetItem) -> QMenu | None:
        """The context menu of a row (also used by keyboard: the Menu key opens it)."""
        menu = QMenu(self)
        menu.setObjectName("bookmarks_context_menu")
        if item.data(0, ENTITY_ROLE):
            menu.addAction(self.tr("&Open"), lambda: self._activated(item))
            menu.addAction(self.tr("&Remove bookmark"), self.remove_current)
        elif item.data(0, ORPHAN_ROLE):
            menu.addAction(self.tr("&Move to another entry…"), lambda: self._activated(item))
            menu.addAction(self.tr("&Remove note, bookmark and tags"), self.remove_current)
        else:
            return None
        return menu

    def eventFilter(self, watched: object, event: object) -> bool:
        """Delete (or Backspace) in the list removes the current row."""
        if watched is self.tree and isinstance(event, QKeyEvent) and _is_delete(event):
            self.remove_current()
            return True
        return False


def _is_delete(event: QKeyEvent) -> bool:
    if event.type() != QKeyEvent.Type.KeyPress:
        return False
    return event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace


def _by_entity(orphans: list[Orphan]) -> dict[str, tuple[str, list[str]]]:
    """Orphans grouped by vanished entity id: its saved title and what the reader had on it."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("BookmarksPanel", text)

    names = {"bookmark": tr("bookmark"), "note": tr("note"), "tag": tr("tag “{0}”"),
             "pack_item": tr("in briefing pack “{0}”")}
    grouped: dict[str, tuple[str, list[str]]] = {}
    for orphan in orphans:
        _title, what = grouped.setdefault(orphan.entity_id, (orphan.title, []))
        label = names[orphan.kind].format(orphan.detail)
        if label not in what:
            what.append(label)
    return grouped
