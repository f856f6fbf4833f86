"""A combo box of the reader's tags: "All tags" or one tag, to narrow the tree or the search results."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from wsis_desktop.userdata import UserStore


class TagFilterBox(QComboBox):
    """Lists every tag in use with its count; the choice survives a refresh while the tag exists.

    Signals:
        tag_chosen(object): the chosen tag (str), or None for all entries.
    """

    tag_chosen = Signal(object)

    def __init__(self, store: UserStore, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh()
        self.currentIndexChanged.connect(lambda _i: self.tag_chosen.emit(self.current_tag()))

    def current_tag(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def entity_ids(self) -> set[str] | None:
        """Ids of the entries carrying the chosen tag; None when no tag is chosen."""
        tag = self.current_tag()
        return None if tag is None else {t.entity_id for t in self._store.entities_with_tag(tag)}

    def choose(self, tag: str | None) -> None:
        index = self.findData(tag)
        self.setCurrentIndex(max(index, 0))

    def refresh(self) -> None:
        """Re-read the tags; keeps the chosen one, or falls back to all entries (with a signal) if it went."""
        chosen = self.current_tag()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All tags"), None)
        for tag, count in self._store.all_tags():
            self.addItem(self.tr("{0} ({1})").format(tag, count), tag)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if chosen is not None and index < 0:
            self.tag_chosen.emit(None)
        self.setVisible(self.count() > 1)
