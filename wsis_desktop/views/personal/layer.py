"""The personal layer's controller: it owns the notes and bookmarks docks and keeps them, the star
action and the detail page's own sections in step with the shown entity and the user file.

Made by the main window in ``_build`` and connected in its ``_wire``; with no
user file (refused at start) it only disables the personal actions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from wsis_desktop.store.records import EntityDetail
from wsis_desktop.userdata import UserDataError, UserStore
from wsis_desktop.views.personal import page_parts, transfer_dialogs
from wsis_desktop.views.personal.bookmarks_panel import BookmarksPanel
from wsis_desktop.views.personal.notes_editor import NotesEditor
from wsis_desktop.views.personal.recent_menu import RecentMenu

if TYPE_CHECKING:
    from wsis_desktop.views.main_window import MainWindow
    from wsis_desktop.views.quick_open import QuickOpenDialog

T = TypeVar("T")
#: An entry stepped onto with the arrow keys joins Recent once shown this long, so browsing does not
#: flood it; an entry chosen by click, link or search joins at once.
VISIT_DWELL_MS = 1500


class PersonalLayer(QObject):
    """Bookmarks, notes, recent history and orphans for one window.

    Signals:
        entity_chosen(str): open this entity (from the bookmarks panel, Recent menu or a move).
    """

    entity_chosen = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.store: UserStore | None = window.user
        self._mover: QuickOpenDialog | None = None
        self._moving: str | None = None
        self._visit: tuple[str, str] | None = None  # (id, title) shown, not yet in Recent
        self._visit_timer = QTimer(self, singleShot=True, interval=VISIT_DWELL_MS)
        self._visit_timer.timeout.connect(self._record_visit)
        self.recent_menu = RecentMenu(self.store, window)
        self.recent_menu.entity_chosen.connect(self.entity_chosen)
        acts = window.actions_
        for action in acts.personal_actions():
            action.setEnabled(self.store is not None)
        if self.store is None:
            return
        self.notes = NotesEditor(self.store, window)
        self.notes_dock = self._dock(self.tr("Your note"), "notes_dock", self.notes,
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.bookmarks = BookmarksPanel(window)
        self.bookmarks_dock = self._dock(self.tr("Bookmarks"), "bookmarks_dock", self.bookmarks,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        # One column beside the detail pane: bookmarks above the note, the tree left alone.
        window.splitDockWidget(self.bookmarks_dock, self.notes_dock, Qt.Orientation.Vertical)
        self.bookmarks_dock.hide()
        self.bookmarks_dock.visibilityChanged.connect(self._panel_shown)
        self.bookmarks.entity_chosen.connect(self.entity_chosen)
        self.bookmarks.bookmark_removed.connect(self.remove_bookmark)
        self.bookmarks.orphan_move_requested.connect(self.choose_move_target)
        self.bookmarks.orphan_removed.connect(self.remove_orphan)
        self.notes.note_saved.connect(self._note_saved)
        self.notes.save_failed.connect(self._failed)
        window.detail.extra_html = self.page_extra

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self._window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._window.addDockWidget(area, dock)
        return dock

    # ---- following the reader ------------------------------------------------------------

    def entity_shown(self, entity_id: str) -> None:
        """Record the visit, load its note, set the star."""
        store = self.store
        if store is None:
            return
        title = self._title(entity_id) or entity_id
        self._visit = (entity_id, title)
        if self._window.browsing:
            self._visit_timer.start()  # a step through the tree counts once the reader rests on it
        else:
            self._record_visit()
        self.notes.show_entity(entity_id, title)
        starred = self._read(lambda: store.is_bookmarked(entity_id))
        self._window.actions_.toggle_bookmark.setChecked(bool(starred))

    def _record_visit(self) -> None:
        store, visit = self.store, self._visit
        self._visit_timer.stop()
        self._visit = None
        if store is None or visit is None:
            return
        entity_id, title = visit
        latest = self._read(lambda: store.recent(1)) or []
        if not latest or latest[0].entity_id != entity_id:  # a restart on the same entry is no new visit
            self._done(lambda: store.add_history(entity_id, title))

    def page_extra(self, detail: EntityDetail, palette: QPalette) -> str:
        """The reader's note on the page, and the bookmarks on the start page."""
        store = self.store
        if store is None:
            return ""
        parts = []
        note = self._read(lambda: store.note(detail.entity.id))
        if note is not None:
            parts.append(page_parts.note_box(note, palette))
        if detail.entity.id == self._window.pack.overview_id():
            marks = self._read(store.bookmarks) or []
            refs = self._window.pack.refs(b.entity_id for b in marks)
            titles = {entity_id: ref.title for entity_id, ref in refs.items()}
            parts.append(page_parts.bookmarks_section(marks, titles, palette))
        return "".join(parts)

    # ---- bookmarks -----------------------------------------------------------------------

    def toggle_bookmark(self, checked: bool) -> None:
        """Star or unstar the shown entity (Ctrl+D)."""
        entity_id, store = self._window.detail.entity_id, self.store
        if store is None or entity_id is None:
            return
        title = self._title(entity_id) or entity_id
        if checked:
            done = self._done(lambda: store.add_bookmark(entity_id, title))
            message = self.tr("Bookmarked “{0}”").format(title)
        else:
            done = self._done(lambda: store.remove_bookmark(entity_id))
            message = self.tr("Bookmark on “{0}” removed").format(title)
        if not done:
            self._window.actions_.toggle_bookmark.setChecked(not checked)
            return
        self._window.statusBar().showMessage(message, 4000)
        self._changed()

    def remove_bookmark(self, entity_id: str) -> None:
        store = self.store
        if store is not None and self._done(lambda: store.remove_bookmark(entity_id)):
            if entity_id == self._window.detail.entity_id:
                self._window.actions_.toggle_bookmark.setChecked(False)
            self._changed()

    def show_bookmarks(self) -> None:
        """Show the Bookmarks panel and put the keyboard in its list."""
        if self.store is None:
            return
        self.bookmarks_dock.show()
        self.bookmarks_dock.raise_()
        self.refresh_panel()
        self.bookmarks.tree.setFocus()

    def show_notes(self) -> None:
        """Show the notes dock and put the keyboard in the editor."""
        if self.store is None:
            return
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes.editor.setFocus()

    def refresh_panel(self) -> None:
        store = self.store
        if store is None or not self.bookmarks_dock.isVisible():
            return
        marks = self._read(store.bookmarks) or []
        refs = self._window.pack.refs(b.entity_id for b in marks)
        listed = [(b, refs[b.entity_id].title) for b in marks if b.entity_id in refs]
        orphans = self._read(lambda: store.orphans(set(self._window.pack.all_ids()))) or []
        self.bookmarks.set_items(listed, orphans)

    def _panel_shown(self, visible: bool) -> None:
        if visible:
            self.refresh_panel()

    # ---- orphans -------------------------------------------------------------------------

    def choose_move_target(self, old_id: str) -> None:
        """Ask which entry should take over what the reader had on a vanished entity."""
        if self._mover is None:
            from wsis_desktop.views.quick_open import QuickOpenDialog

            self._mover = QuickOpenDialog(self._window.pack, self._window)
            self._mover.setObjectName("move_orphan_dialog")
            self._mover.entity_chosen.connect(self.move_orphan)
        self._moving = old_id
        self._mover.setWindowTitle(self.tr("Move your items to…"))
        self._mover.open_for()

    def move_orphan(self, new_id: str) -> None:
        old_id, self._moving, store = self._moving, None, self.store
        if store is None or old_id is None:
            return
        title = self._title(new_id) or new_id
        if not self._done(lambda: store.move_entity_items(old_id, new_id, title)):
            return
        self._window.statusBar().showMessage(self.tr("Your items moved to “{0}”").format(title), 5000)
        self._changed()
        self.entity_chosen.emit(new_id)

    def remove_orphan(self, entity_id: str) -> None:
        """Remove everything on a vanished entity, after the reader confirms."""
        store = self.store
        if store is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove"), self.tr(
            "Remove your bookmark, note, tags and briefing-pack entries on this entry? "
            "This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName("remove_orphan_dialog")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if self._done(lambda: store.remove_entity_items(entity_id)):
            self._changed()

    # ---- export and import ---------------------------------------------------------------

    def export_json(self, path: Path | None = None) -> None:
        if self.store is not None and self.notes.save_now():
            self._saved_to(transfer_dialogs.export_json(self._window, self.store, path))

    def export_markdown(self, path: Path | None = None) -> None:
        if self.store is not None and self.notes.save_now():
            self._saved_to(transfer_dialogs.export_markdown(self._window, self.store, path))

    def import_json(self, path: Path | None = None) -> None:
        if self.store is None or not self.notes.save_now():
            return
        if transfer_dialogs.import_json(self._window, self.store, path) is not None:
            entity_id, title = self.notes.entity_id, ""
            if entity_id:
                title = self._title(entity_id) or entity_id
                self.notes.reload(entity_id, title)
            self._changed()

    def _saved_to(self, path: Path | None) -> None:
        if path is not None:
            self._window.statusBar().showMessage(self.tr("Saved {0}").format(str(path)), 8000)

    # ---- helpers -------------------------------------------------------------------------

    def may_close(self) -> bool:
        """True unless a note could not be saved and the reader chose to stay and keep it."""
        if self.store is None:
            return True
        unsaved = self.notes.unsaved_titles()
        if not unsaved:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your own data"),
                          self.tr("Your note on “{0}” could not be saved. Close anyway and lose it?")
                          .format("”, “".join(unsaved)),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self._window)
        box.setObjectName("unsaved_notes_question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def close(self) -> None:
        """Record the last visit, save the note being edited, then close the user file."""
        if self.store is None:
            return
        self._record_visit()
        self.notes.save_now()
        self.store.close()
        self.store = None

    def _changed(self) -> None:
        self.refresh_panel()
        self._window.detail.refresh()

    def _note_saved(self, entity_id: str) -> None:
        if entity_id == self._window.detail.entity_id:
            self._window.detail.refresh()

    def _title(self, entity_id: str) -> str | None:
        ref = self._window.pack.ref(entity_id)
        return ref.title if ref is not None else None

    def _read(self, call: Callable[[], T]) -> T | None:
        """A store read; None (and one message) if the file cannot be read, never a traceback."""
        try:
            return call()
        except UserDataError as error:
            self._failed(str(error))
            return None

    def _done(self, call: Callable[[], object]) -> bool:
        """A store change; False (and one message) if it could not be written."""
        try:
            call()
        except UserDataError as error:
            self._failed(str(error))
            return False
        return True

    def _failed(self, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your own data"), reason,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("user_data_write_error")
        box.open()
