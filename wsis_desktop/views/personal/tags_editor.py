"""The tags of the shown entry: one button per tag (press it to remove), a field to add one.

Tags are the reader's own free words ("red line", "day 2"); the field completes
from tags already in use so the same word is not typed three ways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from wsis_desktop.userdata import UserDataError, UserStore


class TagEditor(QWidget):
    """Edits the tags of one entity in ``store``.

    Signals:
        tags_changed(): a tag was added or removed (filters listing tags refresh).
        failed(str): a change could not be saved; one line for the reader.
    """

    tags_changed = Signal()
    failed = Signal(str)

    def __init__(self, store: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_editor")
        self._store = store
        self._entity: tuple[str, str] | None = None
        self.buttons: list[QToolButton] = []
        self.label = QLabel(self.tr("Tags:"), self)
        self.field = QLineEdit(self)
        self.field.setObjectName("tag_field")
        self.field.setPlaceholderText(self.tr("Add a tag…"))
        self.field.setAccessibleName(self.tr("Add a tag to this entry"))
        self.field.setToolTip(self.tr("Type a tag and press Enter; existing tags are offered as you type"))
        self.field.setMinimumWidth(120)
        self.field.setMaximumWidth(280)
        self.label.setBuddy(self.field)
        self._words = QStringListModel(self)
        completer = QCompleter(self._words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(4, 0, 4, 0)
        self._row.setSpacing(4)
        self._row.addWidget(self.label)
        self._row.addWidget(self.field)
        self.field.returnPressed.connect(self.add_typed)
        self.field.installEventFilter(self)
        self.setEnabled(False)

    def set_entity(self, entity_id: str, title: str) -> None:
        self._entity = (entity_id, title)
        self.setEnabled(True)
        self.refresh()

    def tags(self) -> list[str]:
        return [button.property("tag") for button in self.buttons]

    def refresh(self) -> None:
        """Rebuild the buttons from the store, and the completion list from every tag in use."""
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self._words.setStringList([tag for tag, _count in self._store.all_tags()])
        if self._entity is None:
            return
        for tag in self._store.tags_for(self._entity[0]):
            self.buttons.append(self._button(tag))
            self._row.insertWidget(self._row.indexOf(self.field), self.buttons[-1])

    def _button(self, tag: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(f"{tag} ×")
        button.setProperty("tag", tag)
        button.setAccessibleName(self.tr("Remove tag “{0}”").format(tag))
        button.setToolTip(self.tr("Remove the tag “{0}” from this entry").format(tag))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(False)
        button.clicked.connect(lambda: self.remove(tag))
        return button

    def add_typed(self) -> None:
        text = self.field.text()
        if text.strip() and self.add(text):
            self.field.clear()

    def add(self, tag: str) -> bool:
        if self._entity is None:
            return False
        try:
            self._store.add_tag(self._entity[0], self._entity[1], tag)
        except UserDataError as error:
            self.failed.emit(str(error))
            return False
        self.refresh()
        self.tags_changed.emit()
        return True

    def remove(self, tag: str) -> None:
        if self._entity is None:
            return
        try:
            self._store.remove_tag(self._entity[0], tag)
        except UserDataError as error:
            self.failed.emit(str(error))
            return
        self.refresh()
        self.field.setFocus()
        self.tags_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Backspace in the empty field removes the last tag, as in other tag fields."""
        if (watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Backspace and not self.field.text() and self.buttons):
            self.remove(self.buttons[-1].property("tag"))
            return True
        return super().eventFilter(watched, event)
