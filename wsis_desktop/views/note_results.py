"""Search's "In your notes" section: the reader's own notes that match, apart from the knowledge base."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wsis_desktop.userdata import UserDataError, UserStore

#: Matching notes listed at most, and characters of context around the first match.
NOTE_LIMIT = 20
CONTEXT = 70


def note_snippet(body: str, query: str) -> str:
    """One line of the note around the first word of ``query`` found in it."""
    flat = " ".join(body.split())
    folded = flat.casefold()
    spots = [folded.find(word.casefold()) for word in query.split()]
    at = min((spot for spot in spots if spot >= 0), default=0)
    start = max(0, at - CONTEXT // 2)
    text = flat[start:start + CONTEXT * 2]
    return ("…" if start else "") + text + ("…" if start + CONTEXT * 2 < len(flat) else "")


class NoteResults(QWidget):
    """A heading and a list of matching notes; hidden when nothing matches.

    Signals:
        entity_chosen(str): Enter or a click on a note: open its entry.
    """

    entity_chosen = Signal(str)

    def __init__(self, store: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_results")
        self._store = store
        self.heading = QLabel(self.tr("In your notes"), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("note_results_list")
        self.list.setAccessibleName(self.tr("Matches in your notes"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(160)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.hide()

    def show_for(self, query: str) -> int:
        """List the notes matching ``query``; returns how many."""
        self.list.clear()
        try:
            notes = self._store.search_notes(query, limit=NOTE_LIMIT) if query.strip() else []
        except UserDataError:
            notes = []
        for note in notes:
            item = QListWidgetItem(f"{note.title}\n{note_snippet(note.body, query)}")
            item.setData(Qt.ItemDataRole.UserRole, note.entity_id)
            item.setToolTip(self.tr("Your note on “{0}”").format(note.title))
            self.list.addItem(item)
        self.setVisible(bool(notes))
        return len(notes)

    def entity_ids(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.entity_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
