"""The note editor beside the detail pane: plain-text Markdown, saved as you type.

A save waits for a pause in typing (DEBOUNCE_MS) and happens at once when the
entity changes or the window closes. The state line says "Saving…" while a
change is waiting and "Saved" only once it is committed to the user file.
A note that cannot be written (file locked, disk full) is kept in memory as a
draft: it comes back when its entity is shown again, every later save retries
it, and the window asks before closing while any draft is still unsaved.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from wsis_desktop.userdata import UserDataError, UserStore

DEBOUNCE_MS = 500


class NotesEditor(QWidget):
    """Edits the note of one entity at a time.

    Signals:
        note_saved(str): the note of this entity id was written (or deleted, if emptied).
        save_failed(str): a save could not be written; the one-line reason.
    """

    note_saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, store: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_editor")
        self._store = store
        self._entity: tuple[str, str] | None = None  # (id, title) of the note being edited
        self._dirty = False
        self._drafts: dict[str, tuple[str, str]] = {}  # entity id -> (title, text) a save could not write
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("note_text")
        self.editor.setAccessibleName(self.tr("Your note on this entry (Markdown)"))
        self.editor.setPlaceholderText(self.tr("Your own note on this entry, in Markdown. Only you see it; "
                                               "it is saved as you type."))
        self.editor.setTabChangesFocus(True)
        self.state = QLabel(self)
        self.state.setObjectName("note_state")
        self.state.setAccessibleName(self.tr("Note save state"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.editor)
        layout.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._edited)
        self.setEnabled(False)

    @property
    def entity_id(self) -> str | None:
        return self._entity[0] if self._entity else None

    def show_entity(self, entity_id: str, title: str) -> None:
        """Save the note being edited, then load the note of ``entity_id``."""
        if self._entity and self._entity[0] == entity_id:
            self._entity = (entity_id, title)
            return
        if not self.save_now() and self._entity:
            self._drafts[self._entity[0]] = (self._entity[1], self.editor.toPlainText())
        self._entity = (entity_id, title)
        draft = self._drafts.pop(entity_id, None)
        note = None if draft else self._store.note(entity_id)
        self.editor.blockSignals(True)
        self.editor.setPlainText(draft[1] if draft else note.body if note else "")
        self.editor.blockSignals(False)
        self.editor.document().setModified(False)
        self._dirty = draft is not None
        if draft:
            self._set_state(self.tr("Not saved yet: trying again…"))
            self._timer.start()
        else:
            self._set_state(self.tr("Saved") if note else "")
        self.setEnabled(True)

    def reload(self, entity_id: str, title: str) -> None:
        """Load the note of ``entity_id`` again from the store (after an import changed it)."""
        self._entity = None
        self.show_entity(entity_id, title)

    def save_now(self) -> bool:
        """Write a pending change now; True if nothing is left unsaved."""
        self._timer.stop()
        if not (self._dirty and self._entity):
            return True
        entity_id, title = self._entity
        try:
            self._store.set_note(entity_id, title, self.editor.toPlainText())
        except UserDataError as error:
            self._set_state(self.tr("Not saved: {0}").format(error))
            self.save_failed.emit(str(error))
            return False
        self._dirty = False
        self._set_state(self.tr("Saved") if self.editor.toPlainText().strip() else self.tr("Note deleted"))
        self.note_saved.emit(entity_id)
        self._retry_drafts()
        return True

    def unsaved_titles(self) -> list[str]:
        """Titles of the entries whose note is not in the user file yet (after one more try)."""
        self.save_now()
        self._retry_drafts()
        titles = [title for title, _text in self._drafts.values()]
        if self._dirty and self._entity:
            titles.insert(0, self._entity[1])
        return titles

    def _retry_drafts(self) -> None:
        """Write the drafts earlier saves could not; the ones that fail again stay."""
        for entity_id, (title, text) in list(self._drafts.items()):
            try:
                self._store.set_note(entity_id, title, text)
            except UserDataError:
                return  # the file still refuses: keep every draft for a later try
            del self._drafts[entity_id]
            self.note_saved.emit(entity_id)

    def _edited(self) -> None:
        self._dirty = True
        self._set_state(self.tr("Saving…"))
        self._timer.start()

    def _set_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.setAccessibleDescription(text)
