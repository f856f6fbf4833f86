"""Go › Recent: the entities opened lately, across runs, read from the user file when the menu opens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from wsis_desktop.userdata import UserDataError, UserStore

RECENT_COUNT = 15


class RecentMenu(QMenu):
    """Lists the last RECENT_COUNT entities, then "Clear recent".

    Signals:
        entity_chosen(str): the reader picked a recent entity.
        cleared(): the recent list was emptied.
    """

    entity_chosen = Signal(str)
    cleared = Signal()

    def __init__(self, store: UserStore | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Recent"), parent)
        self.setObjectName("recent_menu")
        self._store = store
        self.setEnabled(store is not None)
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        try:
            entries = self._store.recent(RECENT_COUNT) if self._store is not None else []
        except UserDataError:
            entries = []
        for number, entry in enumerate(entries, start=1):
            title = entry.title.replace("&", "&&")  # a literal "&" in a menu is written "&&"
            action = self.addAction(f"&{number} {title}" if number < 10 else title)
            action.setData(entry.entity_id)
            action.triggered.connect(lambda _=False, e=entry.entity_id: self.entity_chosen.emit(e))
        if not entries:
            self.addAction(self.tr("No recent entries")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear recent"), self.clear_recent)
        clear.setObjectName("clear_recent")
        clear.setEnabled(bool(entries))

    def clear_recent(self) -> None:
        if self._store is None:
            return
        try:
            self._store.clear_history()
        except UserDataError:
            return
        self.cleared.emit()
